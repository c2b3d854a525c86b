package org.recoup.ui.money;

import java.time.LocalDate;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.MoneyOverview;
import org.recoup.service.money.PostingReceipt;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;

/**
 * Reversing a payment (a returned cheque, a chargeback): only payments not reversed yet are
 * offered; the reason is kept with the reversal.
 */
public final class ReversalDialog extends Dialog<PostingReceipt> {

    public static Optional<PostingReceipt> show(AppContext context, MoneyOverview overview, LedgerRow selected) {
        return new ReversalDialog(context, overview, selected).showAndWait();
    }

    private ReversalDialog(AppContext context, MoneyOverview overview, LedgerRow selected) {
        MoneyTexts texts = new MoneyTexts(context.i18n());
        ReversalViewModel model = new ReversalViewModel(overview.ledger(), selected, LocalDate.now(context.clock()),
                context.i18n(), context.workspace().money(), Background.of(context.tasks()));
        initOwner(context.dialogs().owner());
        setTitle(context.t("money.reversal.title", overview.balance().reference()));
        setHeaderText(context.t("money.reversal.header"));
        setGraphic(new FontIcon(Feather.CORNER_UP_LEFT));
        getDialogPane().setId("reversal-dialog");
        MoneyForms.style(getDialogPane());
        ValidationSupport validation = Validation.support();

        ComboBox<LedgerRow> payment = new ComboBox<>(model.payments());
        payment.setId("reversal-payment");
        payment.setMaxWidth(Double.MAX_VALUE);
        StringConverter<LedgerRow> describe = new StringConverter<>() {
            @Override
            public String toString(LedgerRow row) {
                if (row == null) {
                    return "";
                }
                String text = texts.date(row.valueDate()) + " · " + texts.money(row.paymentAmount());
                if (row.paymentMethod() != null) {
                    text += " · " + texts.method(row.paymentMethod());
                }
                if (row.paymentReference() != null) {
                    text += " · " + row.paymentReference();
                }
                return text;
            }

            @Override
            public LedgerRow fromString(String s) {
                return null;
            }
        };
        payment.setConverter(describe);
        payment.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LedgerRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : describe.toString(item));
            }
        });
        payment.valueProperty().bindBidirectional(model.paymentProperty());
        var date = MoneyForms.datePicker("reversal-date", model.dateProperty(), context.i18n().locale());
        TextArea reason = new TextArea();
        reason.setId("reversal-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(context.t("money.reversal.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        MoneyForms.decorate(validation, payment, model.paymentErrorProperty());
        MoneyForms.decorate(validation, date, model.dateErrorProperty());
        MoneyForms.decorate(validation, reason, model.reasonErrorProperty());

        GridPane grid = MoneyForms.grid();
        grid.addRow(0, new Label(context.t("money.reversal.payment")), payment);
        grid.addRow(1, new Label(context.t("money.reversal.date")), date);
        Label dateProblem = MoneyForms.errorLabel("reversal-date-problem");
        dateProblem.textProperty().bind(model.dateErrorProperty());
        grid.add(dateProblem, 1, 2);
        grid.addRow(3, new Label(context.t("money.reversal.reason")), reason);
        Label error = MoneyForms.errorLabel("reversal-error");
        error.textProperty().bind(model.errorProperty());
        VBox content = new VBox(12, grid, error);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(context.t("money.reversal.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, MoneyForms.cancel(context.i18n()));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("reversal-save");
        saveButton.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        saveButton.disableProperty().bind(model.canSaveBinding().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        model.receiptProperty().addListener((o, a, receipt) -> {
            if (receipt != null) {
                setResult(receipt);
                close();
            }
        });
        setResultConverter(button -> model.receiptProperty().get());
    }
}
