package org.recoup.ui.work;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.recoup.domain.ContactRelation;
import org.recoup.domain.RecoupException;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/** Adds someone around a debtor: his attorney, family, employer, an emergency contact. */
final class ThirdPartyDialog {

    private ThirdPartyDialog() {
    }

    static void open(AppContext context, long debtorId, Runnable onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(context.t("thirdParty.title"));
        dialog.setHeaderText(context.t("thirdParty.title"));
        dialog.initOwner(context.dialogs().owner());
        ButtonType saveType = new ButtonType(context.t("event.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        TextField name = new TextField();
        name.setId("third-party-name");
        ComboBox<ContactRelation> relation = new ComboBox<>();
        relation.getItems().setAll(ContactRelation.values());
        relation.setConverter(DisplayConverter.of(r -> context.t("relation." + r.name())));
        relation.setValue(ContactRelation.FAMILY);
        TextField phone = new TextField();
        TextField email = new TextField();
        TextField zone = new TextField();
        zone.setPromptText(context.t("thirdParty.zonePrompt"));
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(context.t("thirdParty.name")), name);
        grid.addRow(1, new Label(context.t("thirdParty.relation")), relation);
        grid.addRow(2, new Label(context.t("thirdParty.phone")), phone);
        grid.addRow(3, new Label(context.t("thirdParty.email")), email);
        grid.addRow(4, new Label(context.t("thirdParty.zone")), zone);
        VBox content = new VBox(12, grid, error);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            var events = context.workspace().daily().events();
            context.tasks().run(p -> events.addThirdParty(debtorId, name.getText(), relation.getValue(), phone.getText(),
                    email.getText(), zone.getText(), null), saved -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onSaved.run();
            }, failure -> {
                if (failure instanceof RecoupException expected) {
                    error.setText(expected.getMessage());
                } else {
                    context.dialogs().showError(failure);
                }
            });
        });
        dialog.show();
    }
}
