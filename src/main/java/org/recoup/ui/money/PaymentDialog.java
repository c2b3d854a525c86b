package org.recoup.ui.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.MoneyOverview;
import org.recoup.service.money.MoneyWarning;
import org.recoup.service.money.PostingReceipt;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;

import atlantafx.base.theme.Styles;

/**
 * Recording a payment: the amount is checked against the currency's decimals as it is typed; a
 * payment that may revive a time-barred debt must be acknowledged first; once saved, the dialog
 * shows where the money went and what the user should know.
 */
public final class PaymentDialog extends Dialog<PostingReceipt> {

    private final MoneyTexts texts;
    private final MoneyOverview overview;
    private final PaymentViewModel model;
    private final VBox warnings = new VBox(8);
    private final VBox receiptBox = new VBox(6);

    public static Optional<PostingReceipt> show(AppContext context, MoneyOverview overview) {
        return new PaymentDialog(context, overview).showAndWait();
    }

    private PaymentDialog(AppContext context, MoneyOverview overview) {
        this.texts = new MoneyTexts(context.i18n());
        this.overview = overview;
        LocalDate today = LocalDate.now(context.clock());
        this.model = new PaymentViewModel(overview.balance().debtId(), overview.balance().currency(), today,
                context.i18n(), context.workspace().money(), Background.of(context.tasks()));
        initOwner(context.dialogs().owner());
        setTitle(context.t("money.payment.title", overview.balance().reference()));
        setHeaderText(context.t("money.payment.header", texts.money(overview.balance().owedWithAccrued())));
        setGraphic(new FontIcon(Feather.DOLLAR_SIGN));
        getDialogPane().setId("payment-dialog");
        MoneyForms.style(getDialogPane());
        ValidationSupport validation = Validation.support();

        var date = MoneyForms.datePicker("payment-date", model.dateProperty(), context.i18n().locale());
        TextField amount = new TextField();
        amount.setId("payment-amount");
        amount.setPromptText(context.t("money.amount.prompt", model.currency()));
        amount.textProperty().bindBidirectional(model.amountProperty());
        amount.setAlignment(Pos.CENTER_RIGHT);
        Label currency = MoneyForms.currency(model.currency());
        HBox.setHgrow(amount, Priority.ALWAYS);
        HBox amountBox = new HBox(8, amount, currency);
        amountBox.setAlignment(Pos.CENTER_LEFT);
        ComboBox<PaymentMethod> method = new ComboBox<>();
        method.setId("payment-method");
        method.getItems().setAll(PaymentMethod.values());
        method.setConverter(MoneyForms.enumConverter(context.i18n(), "money.method"));
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setMaxWidth(Double.MAX_VALUE);
        TextField reference = new TextField();
        reference.setId("payment-reference");
        reference.setPromptText(context.t("money.payment.referencePrompt"));
        reference.textProperty().bindBidirectional(model.referenceProperty());
        TextField memo = new TextField();
        memo.setId("payment-memo");
        memo.textProperty().bindBidirectional(model.memoProperty());

        MoneyForms.decorate(validation, amount, model.amountErrorProperty());
        MoneyForms.decorate(validation, date, model.dateErrorProperty());

        GridPane grid = MoneyForms.grid();
        int row = 0;
        grid.addRow(row++, new Label(context.t("money.payment.date")), date);
        grid.addRow(row++, new Label(context.t("money.payment.amount")), amountBox);
        Label problem = MoneyForms.errorLabel("payment-problem");
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            boolean typed = model.amountProperty().get() != null && !model.amountProperty().get().isBlank();
            String amountError = typed ? model.amountErrorProperty().get() : null;
            return amountError != null ? amountError
                    : model.dateErrorProperty().get() == null ? "" : model.dateErrorProperty().get();
        }, model.amountProperty(), model.amountErrorProperty(), model.dateErrorProperty()));
        grid.add(problem, 1, row++);
        grid.addRow(row++, new Label(context.t("money.payment.method")), method);
        grid.addRow(row++, new Label(context.t("money.payment.reference")), reference);
        grid.addRow(row, new Label(context.t("money.payment.memo")), memo);

        CheckBox acknowledge = new CheckBox(context.t("money.payment.acknowledgeRevival"));
        acknowledge.setId("payment-acknowledge");
        acknowledge.setWrapText(true);
        acknowledge.selectedProperty().bindBidirectional(model.acknowledgedProperty());
        acknowledge.visibleProperty().bind(model.acknowledgementNeededProperty());
        acknowledge.managedProperty().bind(acknowledge.visibleProperty());

        warnings.setId("payment-warnings");
        model.warnings().addListener((ListChangeListener<MoneyWarning>) c -> showWarnings(model.warnings(),
                model.dateProperty().get(), warnings));

        Label error = MoneyForms.errorLabel("payment-error");
        error.textProperty().bind(model.errorProperty());

        receiptBox.setId("payment-receipt");
        receiptBox.getStyleClass().add("money-receipt");
        receiptBox.setVisible(false);
        receiptBox.managedProperty().bind(receiptBox.visibleProperty());

        VBox content = new VBox(12, grid, warnings, acknowledge, error, receiptBox);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(context.t("money.payment.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType done = new ButtonType(context.t("money.done"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, MoneyForms.cancel(context.i18n()));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("payment-save");
        saveButton.setDefaultButton(true);
        saveButton.disableProperty().bind(model.canSaveBinding().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        model.receiptProperty().addListener((o, a, receipt) -> {
            if (receipt != null) {
                grid.setDisable(true);
                acknowledge.setDisable(true);
                warnings.getChildren().clear();
                showReceipt(receipt);
                getDialogPane().getButtonTypes().setAll(done);
                getDialogPane().lookupButton(done).setId("payment-done");
                ((Button) getDialogPane().lookupButton(done)).setDefaultButton(true);
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        setResultConverter(button -> model.receiptProperty().get());
    }

    private void showWarnings(List<MoneyWarning> list, LocalDate on, VBox box) {
        box.getChildren().clear();
        for (MoneyWarning warning : list) {
            box.getChildren().add(MoneyForms.warning(texts.warning(warning, overview.limitation().expiry(), on),
                    MoneyTexts.needsAcknowledgement(warning)));
        }
    }

    private void showReceipt(PostingReceipt receipt) {
        LedgerRow entry = receipt.entry();
        Label title = new Label(texts.t("money.receipt.recorded", texts.money(entry.paymentAmount()),
                texts.date(entry.valueDate()), texts.method(entry.paymentMethod())), new FontIcon(Feather.CHECK_CIRCLE));
        title.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_BOLD);
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        receiptBox.getChildren().setAll(title);
        List<String> parts = new ArrayList<>();
        addPart(parts, "money.bucket.FEES", entry.fees());
        addPart(parts, "money.bucket.INTEREST", entry.interest());
        addPart(parts, "money.bucket.PRINCIPAL", entry.principal());
        if (!parts.isEmpty()) {
            receiptBox.getChildren().add(line(texts.t("money.receipt.allocation", String.join(texts.t("money.listSeparator"), parts))));
        }
        if (entry.credit().isPositive()) {
            receiptBox.getChildren().add(line(texts.t("money.receipt.credit", texts.money(entry.credit()))));
        }
        if (receipt.interestPosted() != null) {
            receiptBox.getChildren().add(line(texts.t("money.receipt.interestPosted",
                    texts.money(receipt.interestPosted().interest()), texts.date(receipt.interestPosted().valueDate()))));
        }
        Label balance = line(texts.t("money.receipt.balance", texts.money(receipt.balance().owed())));
        balance.setId("payment-receipt-balance");
        balance.getStyleClass().add(Styles.TEXT_BOLD);
        receiptBox.getChildren().add(balance);
        if (receipt.statusChanged()) {
            receiptBox.getChildren().add(line(texts.t("money.receipt.status",
                    texts.i18n().t("status", receipt.statusBefore()), texts.i18n().t("status", receipt.statusAfter()))));
        }
        if (receipt.plan() != null) {
            receiptBox.getChildren().add(line(texts.t("money.receipt.plan", texts.money(receipt.plan().paid()),
                    texts.money(receipt.plan().total()), texts.planStatus(receipt.plan()))));
        }
        VBox after = new VBox(8);
        showWarnings(receipt.warnings(), entry.valueDate(), after);
        receiptBox.getChildren().add(after);
        receiptBox.setVisible(true);
    }

    private void addPart(List<String> parts, String key, Money change) {
        if (!change.isZero()) {
            parts.add(texts.t(key) + " " + texts.money(change.negate()));
        }
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
