package org.recoup.ui.money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PostingReceipt;
import org.recoup.ui.I18n;

/**
 * The reversal dialog's state: only payments not reversed yet are offered (newest first), the
 * date may be neither in the future nor before the payment, and the reason is required.
 */
public final class ReversalViewModel {

    private final LocalDate today;
    private final I18n i18n;
    private final MoneyService money;
    private final Background background;
    private final ObservableList<LedgerRow> payments;
    private final ObjectProperty<LedgerRow> payment = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper paymentError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PostingReceipt> receipt = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSave;

    /**
     * @param ledger  the debt's ledger rows
     * @param chosen  the row the user had selected, offered first if it can be reversed; may be null
     */
    public ReversalViewModel(List<LedgerRow> ledger, LedgerRow chosen, LocalDate today, I18n i18n, MoneyService money,
                             Background background) {
        this.today = today;
        this.i18n = i18n;
        this.money = money;
        this.background = background;
        this.payments = FXCollections.observableArrayList(reversible(ledger));
        this.date = new SimpleObjectProperty<>(today);
        payment.addListener((o, a, b) -> check());
        date.addListener((o, a, b) -> check());
        reason.addListener((o, a, b) -> check());
        if (chosen != null && chosen.reversible()) {
            payments.stream().filter(r -> r.id() == chosen.id()).findFirst().ifPresent(payment::set);
        }
        if (payment.get() == null && !payments.isEmpty()) {
            payment.set(payments.get(0));
        }
        check();
        canSave = Bindings.createBooleanBinding(() -> paymentError.get() == null && dateError.get() == null
                && reasonError.get() == null && !saving.get() && receipt.get() == null,
                paymentError, dateError, reasonError, saving, receipt);
    }

    /** The rows a reversal may undo: payments not reversed yet, newest first. */
    public static List<LedgerRow> reversible(List<LedgerRow> ledger) {
        return ledger.stream().filter(LedgerRow::reversible)
                .sorted(Comparator.comparing(LedgerRow::valueDate).thenComparingLong(LedgerRow::id).reversed())
                .toList();
    }

    private void check() {
        LedgerRow row = payment.get();
        paymentError.set(row == null ? i18n.t("money.reversal.pickPayment") : null);
        LocalDate on = date.get();
        if (on == null) {
            dateError.set(i18n.t("validation.required"));
        } else if (on.isAfter(today)) {
            dateError.set(i18n.t("money.date.future"));
        } else if (row != null && on.isBefore(row.valueDate())) {
            dateError.set(i18n.t("money.reversal.beforePayment"));
        } else {
            dateError.set(null);
        }
        reasonError.set(reason.get() == null || reason.get().isBlank() ? i18n.t("validation.required") : null);
    }

    /** Reverses the chosen payment in the background. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        long id = payment.get().id();
        LocalDate on = date.get();
        String why = reason.get().strip();
        saving.set(true);
        error.set(null);
        background.run(() -> money.reversePayment(id, on, why), done -> {
            saving.set(false);
            receipt.set(done);
        }, failure -> {
            saving.set(false);
            error.set(failure.getMessage());
        });
    }

    public ObservableList<LedgerRow> payments() {
        return payments;
    }

    public ObjectProperty<LedgerRow> paymentProperty() {
        return payment;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty paymentErrorProperty() {
        return paymentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
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
