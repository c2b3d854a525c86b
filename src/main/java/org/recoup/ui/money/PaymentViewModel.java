package org.recoup.ui.money;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.recoup.domain.PaymentMethod;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.MoneyWarning;
import org.recoup.service.money.PaymentRequest;
import org.recoup.service.money.PostingReceipt;
import org.recoup.ui.I18n;

/**
 * The record payment dialog's state: the fields as typed, what is wrong with them, the warnings a
 * payment on the chosen date would bring (asked of the service as the date changes), whether a
 * revival must be acknowledged, and once saved the receipt.
 */
public final class PaymentViewModel {

    private final long debtId;
    private final String currency;
    private final LocalDate today;
    private final I18n i18n;
    private final MoneyService money;
    private final Background background;

    private final ObjectProperty<LocalDate> date;
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.BANK_TRANSFER);
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty memo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ObservableList<MoneyWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper acknowledgementNeeded = new ReadOnlyBooleanWrapper();
    private final BooleanProperty acknowledged = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PostingReceipt> receipt = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSave;
    private long checks;

    public PaymentViewModel(long debtId, String currency, LocalDate today, I18n i18n, MoneyService money,
                            Background background) {
        this.debtId = debtId;
        this.currency = currency;
        this.today = today;
        this.i18n = i18n;
        this.money = money;
        this.background = background;
        this.date = new SimpleObjectProperty<>(today);
        amount.addListener((o, a, b) -> amountError.set(checkAmount()));
        date.addListener((o, a, b) -> dateChanged());
        amountError.set(checkAmount());
        warnings.addListener((javafx.collections.ListChangeListener<MoneyWarning>) c -> {
            acknowledgementNeeded.set(warnings.stream().anyMatch(MoneyTexts::needsAcknowledgement));
            acknowledged.set(false);
        });
        canSave = Bindings.createBooleanBinding(() -> amountError.get() == null && dateError.get() == null
                        && method.get() != null && !checking.get() && !saving.get() && receipt.get() == null
                        && (!acknowledgementNeeded.get() || acknowledged.get()),
                amountError, dateError, method, checking, saving, receipt, acknowledgementNeeded, acknowledged);
        dateChanged();
    }

    private String checkAmount() {
        AmountInput.Result result = AmountInput.parse(amount.get(), currency, i18n.locale(), AmountInput.Sign.POSITIVE);
        return AmountInput.message(result.problem(), currency, i18n);
    }

    private void dateChanged() {
        LocalDate on = date.get();
        long asked = ++checks;
        if (on == null) {
            dateError.set(i18n.t("validation.required"));
        } else if (on.isAfter(today)) {
            dateError.set(i18n.t("money.date.future"));
        } else {
            dateError.set(null);
        }
        if (dateError.get() != null) {
            warnings.clear();
            checking.set(false);
            return;
        }
        checking.set(true);
        background.run(() -> money.paymentWarnings(debtId, on), found -> {
            if (asked == checks) {
                checking.set(false);
                warnings.setAll(found);
            }
        }, failure -> {
            if (asked == checks) {
                checking.set(false);
                error.set(failure.getMessage());
            }
        });
    }

    /** The payment to record; only when {@link #canSaveBinding()} holds. */
    public PaymentRequest request() {
        AmountInput.Result value = AmountInput.parse(amount.get(), currency, i18n.locale(), AmountInput.Sign.POSITIVE);
        return new PaymentRequest(debtId, value.value(), date.get(), method.get(), blankToNull(reference.get()),
                blankToNull(memo.get()));
    }

    /** Records the payment in the background; the receipt, or the refusal in {@link #errorProperty()}. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        PaymentRequest request = request();
        saving.set(true);
        error.set(null);
        background.run(() -> money.recordPayment(request), done -> {
            saving.set(false);
            receipt.set(done);
        }, failure -> {
            saving.set(false);
            error.set(failure.getMessage());
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String currency() {
        return currency;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty memoProperty() {
        return memo;
    }

    /** What is wrong with the amount, in the user's words; null when it is fine. */
    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    /** What a payment on the chosen date would warn about (before it is recorded). */
    public ObservableList<MoneyWarning> warnings() {
        return warnings;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** True when a warning says the debt is time-barred: Save waits for {@link #acknowledgedProperty()}. */
    public ReadOnlyBooleanProperty acknowledgementNeededProperty() {
        return acknowledgementNeeded.getReadOnlyProperty();
    }

    public BooleanProperty acknowledgedProperty() {
        return acknowledged;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The service's refusal, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What was recorded, once saved. */
    public ReadOnlyObjectProperty<PostingReceipt> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
