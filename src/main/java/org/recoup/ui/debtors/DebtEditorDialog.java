package org.recoup.ui.debtors;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.recoup.domain.Money;
import org.recoup.domain.Product;
import org.recoup.domain.ValidationException;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.debts.DebtForm;
import org.recoup.service.debts.DebtView;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;

import atlantafx.base.theme.Styles;

/**
 * Placing a debt with a debtor, and editing its details. Amounts are checked against the
 * currency's decimals as the user types; the placement amounts cannot change once the debt exists
 * (changes of money are ledger rows).
 */
public final class DebtEditorDialog extends Dialog<Long> {

    private final AppContext context;
    private final DebtView original;
    private final long debtorId;
    private final ValidationSupport validation = Validation.support();
    private final ComboBox<ClientView> client = new ComboBox<>();
    private final TextField newClient = new TextField();
    private final TextField reference = new TextField();
    private final TextField originalCreditor = new TextField();
    private final ComboBox<Product> product = new ComboBox<>();
    private final ComboBox<String> currency = new ComboBox<>();
    private final TextField principal = new TextField();
    private final TextField interest = new TextField();
    private final TextField fees = new TextField();
    private final DatePicker origination = new DatePicker();
    private final DatePicker delinquency = new DatePicker();
    private final DatePicker chargeOff = new DatePicker();
    private final DatePicker lastPayment = new DatePicker();
    private final DatePicker itemization = new DatePicker();
    private final Spinner<Integer> limitation = new Spinner<>(0, 30, 0);
    private final Label error = new Label();
    private final BooleanProperty saving = new SimpleBooleanProperty();

    public static Optional<Long> create(AppContext context, long debtorId) {
        return new DebtEditorDialog(context, debtorId, null).showAndWait();
    }

    public static Optional<Long> edit(AppContext context, DebtView debt) {
        return new DebtEditorDialog(context, debt.debtorId(), debt).showAndWait();
    }

    private DebtEditorDialog(AppContext context, long debtorId, DebtView original) {
        this.context = context;
        this.debtorId = debtorId;
        this.original = original;
        initOwner(context.dialogs().owner());
        setTitle(context.t(original == null ? "editor.debt.new" : "editor.debt.edit"));
        setHeaderText(getTitle());
        getDialogPane().setId("debt-editor");

        client.setId("debt-client");
        client.setPromptText(context.t("editor.debt.pickClient"));
        newClient.setId("debt-new-client");
        newClient.setPromptText(context.t("editor.debt.orNewClient"));
        reference.setId("debt-reference");
        product.getItems().setAll(Product.values());
        product.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Product p) {
                return p == null ? "" : context.i18n().t("product", p);
            }

            @Override
            public Product fromString(String s) {
                return null;
            }
        });
        product.setValue(Product.CREDIT_CARD);
        currency.setEditable(true);
        currency.getItems().setAll("USD", "CNY", "GBP", "EUR", "JPY", "HKD", "CAD", "AUD");
        currency.setValue("USD");
        currency.setId("debt-currency");
        principal.setId("debt-principal");
        interest.setId("debt-interest");
        fees.setId("debt-fees");
        limitation.setEditable(true);

        context.tasks().run(p -> context.workspace().clients().all(), clients -> {
            client.getItems().setAll(clients);
            if (original != null) {
                clients.stream().filter(c -> c.id() == original.clientId()).findFirst().ifPresent(client::setValue);
            } else if (clients.size() == 1) {
                client.setValue(clients.get(0));
            }
        });

        if (original != null) {
            reference.setText(original.reference());
            originalCreditor.setText(original.originalCreditor() == null ? "" : original.originalCreditor());
            product.setValue(original.product());
            currency.setValue(original.currency());
            origination.setValue(original.originationDate());
            delinquency.setValue(original.delinquencyDate());
            chargeOff.setValue(original.chargeOffDate());
            lastPayment.setValue(original.lastPaymentDate());
            itemization.setValue(original.itemizationDate());
            limitation.getValueFactory().setValue(original.limitationYears() == null ? 0 : original.limitationYears());
            client.setDisable(true);
            newClient.setDisable(true);
            currency.setDisable(true);
            for (TextField amount : new TextField[] {principal, interest, fees}) {
                amount.setDisable(true);
                amount.setPromptText(context.t("editor.debt.amountsInLedger"));
            }
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(context.t("debt.client")), client, newClient);
        grid.addRow(row++, new Label(context.t("debt.reference")), reference);
        grid.addRow(row++, new Label(context.t("debt.originalCreditor")), originalCreditor);
        grid.addRow(row++, new Label(context.t("debt.product")), product);
        grid.addRow(row++, new Label(context.t("debt.currency")), currency);
        grid.addRow(row++, new Label(context.t("debt.principal")), principal);
        grid.addRow(row++, new Label(context.t("debt.interest")), interest);
        grid.addRow(row++, new Label(context.t("debt.fees")), fees);
        grid.addRow(row++, new Label(context.t("debt.originationDate")), origination);
        grid.addRow(row++, new Label(context.t("debt.delinquencyDate")), delinquency);
        grid.addRow(row++, new Label(context.t("debt.chargeOffDate")), chargeOff);
        grid.addRow(row++, new Label(context.t("debt.lastPaymentDate")), lastPayment);
        grid.addRow(row++, new Label(context.t("debt.itemizationDate")), itemization);
        grid.addRow(row, new Label(context.t("debt.limitationYears")), limitation);

        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setId("editor-error");
        error.setMaxWidth(560);
        getDialogPane().setContent(new VBox(12, grid, error));

        ButtonType save = new ButtonType(context.t("editor.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("editor-save");
        saveButton.disableProperty().bind(validation.invalidProperty().or(saving));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });

        validation.registerValidator(reference, Validator.createEmptyValidator(context.t("validation.required")));
        if (original == null) {
            for (TextField amount : new TextField[] {principal, interest, fees}) {
                validation.registerValidator(amount, false, (Control c, String text) -> {
                    String problem = amountError(text);
                    return ValidationResult.fromMessageIf(c, problem == null ? "" : problem, Severity.ERROR, problem != null);
                });
            }
            currency.valueProperty().addListener((o, a, b) -> validation.revalidate());
        }
        setResultConverter(button -> null);
    }

    private String amountError(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            java.math.BigDecimal value = Money.parseAmount(text, "amount");
            if (value.signum() < 0) {
                return context.t("validation.negative");
            }
            Money.of(value, currency.getValue());
            return null;
        } catch (ValidationException e) {
            return e.reason();
        }
    }

    private void save() {
        saving.set(true);
        error.setText("");
        Integer years = limitation.getValue() == null || limitation.getValue() == 0 ? null : limitation.getValue();
        ClientView chosen = client.getValue();
        String clientName = newClient.getText();
        var workspace = context.workspace();
        context.tasks().run(progress -> {
            long clientId;
            if (original != null) {
                clientId = original.clientId();
            } else if (clientName != null && !clientName.isBlank()) {
                clientId = workspace.clients().all().stream().filter(c -> c.name().equalsIgnoreCase(clientName.trim()))
                        .findFirst().map(ClientView::id)
                        .orElseGet(() -> workspace.clients().create(clientName, null).id());
            } else if (chosen != null) {
                clientId = chosen.id();
            } else {
                throw new ValidationException("debt.client", context.t("editor.debt.clientRequired"));
            }
            DebtForm form = new DebtForm(clientId, debtorId, reference.getText(), originalCreditor.getText(),
                    product.getValue(), currency.getValue(), principal.getText(), interest.getText(), fees.getText(),
                    origination.getValue(), delinquency.getValue(), chargeOff.getValue(), lastPayment.getValue(),
                    itemization.getValue(), years);
            return original == null ? workspace.debts().create(form)
                    : workspace.debts().update(original.id(), original.version(), form);
        }, saved -> {
            saving.set(false);
            setResult(saved.id());
            close();
        }, failure -> {
            saving.set(false);
            error.setText(failure instanceof org.recoup.domain.RecoupException ? failure.getMessage()
                    : context.t("error.unexpected", failure.getMessage()));
        });
    }
}
