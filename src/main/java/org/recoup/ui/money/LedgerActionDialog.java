package org.recoup.ui.money;

import java.time.LocalDate;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Bucket;
import org.recoup.service.money.MoneyOverview;
import org.recoup.service.money.PostingReceipt;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;
import org.recoup.ui.money.LedgerActionViewModel.Action;

/** Adding a fee, adjusting a bucket, or writing off part or all of a debt, each with its reason. */
public final class LedgerActionDialog extends Dialog<PostingReceipt> {

    public static Optional<PostingReceipt> show(AppContext context, MoneyOverview overview, Action action) {
        return new LedgerActionDialog(context, overview, action).showAndWait();
    }

    private LedgerActionDialog(AppContext context, MoneyOverview overview, Action action) {
        MoneyTexts texts = new MoneyTexts(context.i18n());
        String currency = overview.balance().currency();
        LedgerActionViewModel model = new LedgerActionViewModel(action, overview.balance().debtId(), currency,
                LocalDate.now(context.clock()), context.i18n(), context.workspace().money(),
                Background.of(context.tasks()));
        String name = action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        initOwner(context.dialogs().owner());
        setTitle(context.t("money.action." + action.name() + ".title", overview.balance().reference()));
        setHeaderText(context.t("money.action.header", texts.money(overview.balance().owed())));
        setGraphic(new FontIcon(switch (action) {
            case FEE -> Feather.PLUS_CIRCLE;
            case ADJUSTMENT -> Feather.SLIDERS;
            case WRITE_OFF -> Feather.SCISSORS;
        }));
        getDialogPane().setId(name + "-dialog");
        MoneyForms.style(getDialogPane());
        ValidationSupport validation = Validation.support();

        var date = MoneyForms.datePicker(name + "-date", model.dateProperty(), context.i18n().locale());
        TextField amount = new TextField();
        amount.setId(name + "-amount");
        amount.setAlignment(Pos.CENTER_RIGHT);
        amount.textProperty().bindBidirectional(model.amountProperty());
        amount.setPromptText(context.t(action == Action.ADJUSTMENT ? "money.action.adjustPrompt" : "money.amount.prompt",
                currency));
        HBox.setHgrow(amount, Priority.ALWAYS);
        HBox amountBox = new HBox(8, amount, MoneyForms.currency(currency));
        amountBox.setAlignment(Pos.CENTER_LEFT);
        TextArea text = new TextArea();
        text.setId(name + "-text");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        MoneyForms.decorate(validation, amount, model.amountErrorProperty());
        MoneyForms.decorate(validation, date, model.dateErrorProperty());
        MoneyForms.decorate(validation, text, model.textErrorProperty());

        GridPane grid = MoneyForms.grid();
        int row = 0;
        grid.addRow(row++, new Label(context.t("money.action.date")), date);
        if (action == Action.ADJUSTMENT) {
            ComboBox<Bucket> bucket = new ComboBox<>();
            bucket.setId("adjustment-bucket");
            bucket.getItems().setAll(Bucket.values());
            bucket.setConverter(MoneyForms.enumConverter(context.i18n(), "money.bucket"));
            bucket.valueProperty().bindBidirectional(model.bucketProperty());
            bucket.setMaxWidth(Double.MAX_VALUE);
            grid.addRow(row++, new Label(context.t("money.action.bucket")), bucket);
        }
        grid.addRow(row++, new Label(context.t("money.action.amount")), amountBox);
        if (action == Action.WRITE_OFF) {
            CheckBox everything = new CheckBox(context.t("money.action.everything", texts.money(overview.balance().owed())));
            everything.setId("write-off-everything");
            everything.selectedProperty().bindBidirectional(model.everythingProperty());
            amount.disableProperty().bind(everything.selectedProperty());
            grid.add(everything, 1, row++);
        }
        Label problem = MoneyForms.errorLabel(name + "-problem");
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String typed = model.amountProperty().get();
            return typed == null || typed.isBlank() || model.amountErrorProperty().get() == null ? ""
                    : model.amountErrorProperty().get();
        }, model.amountProperty(), model.amountErrorProperty()));
        grid.add(problem, 1, row++);
        grid.addRow(row, new Label(context.t(action == Action.FEE ? "money.action.description" : "money.action.reason")),
                text);
        Label error = MoneyForms.errorLabel(name + "-error");
        error.textProperty().bind(model.errorProperty());
        VBox content = new VBox(12, grid, error);
        content.setPrefWidth(480);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(context.t("money.action." + action.name() + ".save"),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, MoneyForms.cancel(context.i18n()));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId(name + "-save");
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
