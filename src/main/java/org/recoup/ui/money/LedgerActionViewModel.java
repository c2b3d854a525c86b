package org.recoup.ui.money;

import java.math.BigDecimal;
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

import org.recoup.domain.Bucket;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PostingReceipt;
import org.recoup.ui.I18n;

/**
 * The state of the smaller ledger dialogs: add a fee (positive, with what it is for), adjust a
 * bucket (up or down, with a reason), write off part or all of the balance (with a reason).
 */
public final class LedgerActionViewModel {

    /** Which ledger row the dialog makes. */
    public enum Action { FEE, ADJUSTMENT, WRITE_OFF }

    private final Action action;
    private final long debtId;
    private final String currency;
    private final LocalDate today;
    private final I18n i18n;
    private final MoneyService money;
    private final Background background;
    private final ObjectProperty<LocalDate> date;
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<Bucket> bucket = new SimpleObjectProperty<>(Bucket.FEES);
    private final BooleanProperty everything = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PostingReceipt> receipt = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSave;

    public LedgerActionViewModel(Action action, long debtId, String currency, LocalDate today, I18n i18n,
                                 MoneyService money, Background background) {
        this.action = action;
        this.debtId = debtId;
        this.currency = currency;
        this.today = today;
        this.i18n = i18n;
        this.money = money;
        this.background = background;
        this.date = new SimpleObjectProperty<>(today);
        amount.addListener((o, a, b) -> check());
        date.addListener((o, a, b) -> check());
        text.addListener((o, a, b) -> check());
        everything.addListener((o, a, b) -> check());
        bucket.addListener((o, a, b) -> check());
        check();
        canSave = Bindings.createBooleanBinding(() -> amountError.get() == null && dateError.get() == null
                        && textError.get() == null && !saving.get() && receipt.get() == null,
                amountError, dateError, textError, saving, receipt);
    }

    private AmountInput.Sign sign() {
        return action == Action.ADJUSTMENT ? AmountInput.Sign.NOT_ZERO : AmountInput.Sign.POSITIVE;
    }

    private void check() {
        if (action == Action.WRITE_OFF && everything.get()) {
            amountError.set(null);
        } else {
            AmountInput.Result value = AmountInput.parse(amount.get(), currency, i18n.locale(), sign());
            amountError.set(AmountInput.message(value.problem(), currency, i18n));
        }
        LocalDate on = date.get();
        dateError.set(on == null ? i18n.t("validation.required")
                : on.isAfter(today) ? i18n.t("money.date.future") : null);
        textError.set(text.get() == null || text.get().isBlank() ? i18n.t("validation.required") : null);
        if (action == Action.ADJUSTMENT && bucket.get() == null) {
            amountError.set(i18n.t("validation.required"));
        }
    }

    /** Posts the row in the background; the receipt, or the refusal in {@link #errorProperty()}. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        BigDecimal value = action == Action.WRITE_OFF && everything.get() ? null
                : AmountInput.parse(amount.get(), currency, i18n.locale(), sign()).value();
        LocalDate on = date.get();
        String what = text.get().strip();
        Bucket which = bucket.get();
        saving.set(true);
        error.set(null);
        background.run(() -> switch (action) {
            case FEE -> money.addFee(debtId, value, on, what);
            case ADJUSTMENT -> money.adjust(debtId, which, value, on, what);
            case WRITE_OFF -> money.writeOff(debtId, value, on, what);
        }, done -> {
            saving.set(false);
            receipt.set(done);
        }, failure -> {
            saving.set(false);
            error.set(failure.getMessage());
        });
    }

    public Action action() {
        return action;
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

    public ObjectProperty<Bucket> bucketProperty() {
        return bucket;
    }

    /** For a write-off: everything owed (the amount is not asked). */
    public BooleanProperty everythingProperty() {
        return everything;
    }

    /** The fee's description, or the adjustment's or write-off's reason. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PostingReceipt> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
