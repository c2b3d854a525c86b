package org.recoup.ui.debtors;

import java.util.Arrays;
import java.util.Optional;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.recoup.domain.DebtStatus;
import org.recoup.service.debts.DebtView;
import org.recoup.ui.AppContext;

import atlantafx.base.theme.Styles;

/** Moving a debt to another status, with the reason the audit trail keeps. */
public final class StatusDialog extends Dialog<Long> {

    public static Optional<Long> show(AppContext context, DebtView debt) {
        return new StatusDialog(context, debt).showAndWait();
    }

    private StatusDialog(AppContext context, DebtView debt) {
        initOwner(context.dialogs().owner());
        setTitle(context.t("status.dialog.title", debt.reference()));
        setHeaderText(context.t("status.dialog.current", context.i18n().t("status", debt.status())));
        ComboBox<DebtStatus> next = new ComboBox<>();
        next.setId("status-next");
        next.getItems().setAll(Arrays.stream(DebtStatus.values()).filter(debt.status()::canMoveTo).toList());
        next.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DebtStatus s) {
                return s == null ? "" : context.i18n().t("status", s);
            }

            @Override
            public DebtStatus fromString(String s) {
                return null;
            }
        });
        TextArea reason = new TextArea();
        reason.setId("status-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(context.t("status.dialog.reasonPrompt"));
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(context.t("status.dialog.next")), next);
        grid.addRow(1, new Label(context.t("status.dialog.reason")), reason);
        getDialogPane().setContent(new VBox(10, grid, error));
        ButtonType apply = new ButtonType(context.t("status.dialog.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        SimpleBooleanProperty saving = new SimpleBooleanProperty();
        applyButton.disableProperty().bind(next.valueProperty().isNull().or(reason.textProperty().isEmpty()).or(saving));
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saving.set(true);
            DebtStatus target = next.getValue();
            String why = reason.getText();
            var debts = context.workspace().debts();
            context.tasks().run(p -> debts.changeStatus(debt.id(), target, why), changed -> {
                setResult(changed.id());
                close();
            }, failure -> {
                saving.set(false);
                error.setText(failure.getMessage());
            });
        });
        setResultConverter(button -> null);
    }
}
