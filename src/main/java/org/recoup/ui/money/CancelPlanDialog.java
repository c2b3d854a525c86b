package org.recoup.ui.money;

import java.util.Optional;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.service.money.PlanView;
import org.recoup.ui.AppContext;

import atlantafx.base.theme.Styles;

/** Cancelling an active plan, with the reason the audit trail keeps; the debt returns to Active. */
public final class CancelPlanDialog extends Dialog<PlanView> {

    public static Optional<PlanView> show(AppContext context, PlanView plan) {
        return new CancelPlanDialog(context, plan).showAndWait();
    }

    private CancelPlanDialog(AppContext context, PlanView plan) {
        MoneyTexts texts = new MoneyTexts(context.i18n());
        initOwner(context.dialogs().owner());
        setTitle(context.t("money.cancelPlan.title"));
        setHeaderText(context.t("money.cancelPlan.header", texts.money(plan.paid()), texts.money(plan.total())));
        setGraphic(new FontIcon(Feather.X_CIRCLE));
        getDialogPane().setId("cancel-plan-dialog");
        MoneyForms.style(getDialogPane());
        TextArea reason = new TextArea();
        reason.setId("cancel-plan-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(context.t("money.cancelPlan.reasonPrompt"));
        Label error = MoneyForms.errorLabel("cancel-plan-error");
        SimpleStringProperty failure = new SimpleStringProperty("");
        error.textProperty().bind(failure);
        VBox content = new VBox(8, new Label(context.t("money.cancelPlan.reason")), reason, error);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(context.t("money.cancelPlan.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(context.t("money.cancelPlan.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(confirm, keep);
        Button button = (Button) getDialogPane().lookupButton(confirm);
        button.setId("cancel-plan-confirm");
        button.getStyleClass().add(Styles.DANGER);
        SimpleBooleanProperty saving = new SimpleBooleanProperty();
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank(), reason.textProperty()).or(saving));
        var money = context.workspace().money();
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saving.set(true);
            String why = reason.getText().strip();
            context.tasks().run(p -> money.cancelPlan(plan.planId(), why), cancelled -> {
                setResult(cancelled);
                close();
            }, problem -> {
                saving.set(false);
                failure.set(problem.getMessage());
            });
        });
        setResultConverter(b -> null);
    }
}
