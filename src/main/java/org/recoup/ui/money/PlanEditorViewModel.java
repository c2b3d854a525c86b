package org.recoup.ui.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import org.recoup.domain.Frequency;
import org.recoup.domain.Money;
import org.recoup.domain.PlanKind;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PlanAgreement;
import org.recoup.service.money.PlanPreview;
import org.recoup.service.money.PlanRequest;

/**
 * The plan editor's state. Every edit asks the service for a what-if preview (debounced, in the
 * background, nothing written; an answer to an older edit is dropped); Save agrees the plan.
 */
public final class PlanEditorViewModel {

    /** What kind of plan the user is making. */
    public enum Choice { INSTALMENTS, SETTLEMENT_LUMP_SUM, SETTLEMENT_INSTALMENTS }

    /** One line of the preview table as shown; {@code totals} marks the totals row. */
    public record PreviewRow(String number, String due, String amount, String interest, String balanceAfter,
                             String writtenOff, boolean totals) {
    }

    public static final int MAX_INSTALMENTS = 1200;

    private final long debtId;
    private final Money balance;
    private final LocalDate today;
    private final MoneyTexts texts;
    private final MoneyService money;
    private final Background background;
    private final Debouncer debouncer;

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.INSTALMENTS);
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty downPayment = new SimpleStringProperty("");
    private final ObjectProperty<Integer> count = new SimpleObjectProperty<>(6);
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.MONTHLY);
    private final ObjectProperty<LocalDate> start;
    private final BooleanProperty pauseInterest = new SimpleBooleanProperty(true);

    private final ReadOnlyStringWrapper totalError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper downPaymentError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper countError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PlanPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper runsPastLimitation = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showInterest = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showWrittenOff = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PlanAgreement> agreement = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSave;
    private long asked;

    /**
     * @param balance what is owed today, accrued interest included (the default total)
     */
    public PlanEditorViewModel(long debtId, Money balance, LocalDate today, MoneyTexts texts, MoneyService money,
                               Background background, Debouncer debouncer) {
        this.debtId = debtId;
        this.balance = balance;
        this.today = today;
        this.texts = texts;
        this.money = money;
        this.background = background;
        this.debouncer = debouncer;
        this.start = new SimpleObjectProperty<>(today);
        total.set(AmountInput.text(balance));
        choice.addListener((o, a, b) -> choiceChanged(a, b));
        for (javafx.beans.value.ObservableValue<?> field : List.of(total, downPayment, count, frequency, start,
                pauseInterest)) {
            field.addListener((o, a, b) -> edited());
        }
        check();
        canSave = Bindings.createBooleanBinding(() -> fieldsValid() && preview.get() != null && !previewing.get()
                        && !saving.get() && agreement.get() == null,
                totalError, downPaymentError, countError, startError, preview, previewing, saving, agreement);
        debouncer.request(this::refreshPreview);
    }

    private void choiceChanged(Choice before, Choice now) {
        AmountInput.Result typed = AmountInput.parse(total.get(), balance.currency(), texts.i18n().locale(),
                AmountInput.Sign.POSITIVE);
        if (isSettlement(now) && !isSettlement(before) && typed.ok() && typed.value().compareTo(balance.amount()) >= 0) {
            total.set("");
        } else if (now == Choice.INSTALMENTS && (total.get() == null || total.get().isBlank())) {
            total.set(AmountInput.text(balance));
        }
        edited();
    }

    private static boolean isSettlement(Choice c) {
        return c != Choice.INSTALMENTS;
    }

    private void edited() {
        check();
        debouncer.request(this::refreshPreview);
    }

    private boolean fieldsValid() {
        return totalError.get() == null && downPaymentError.get() == null && countError.get() == null
                && startError.get() == null;
    }

    private void check() {
        String currency = balance.currency();
        var locale = texts.i18n().locale();
        AmountInput.Result sum = AmountInput.parse(total.get(), currency, locale, AmountInput.Sign.POSITIVE);
        String totalProblem = AmountInput.message(sum.problem(), currency, texts.i18n());
        if (totalProblem == null && choice.get() == Choice.INSTALMENTS && sum.value().compareTo(balance.amount()) > 0) {
            totalProblem = texts.t("money.plan.totalAboveBalance", texts.money(balance));
        }
        if (totalProblem == null && choice.get() != Choice.INSTALMENTS && sum.value().compareTo(balance.amount()) >= 0) {
            totalProblem = texts.t("money.plan.settlementBelowBalance", texts.money(balance));
        }
        if (sum.problem() == AmountInput.Problem.REQUIRED && choice.get() != Choice.INSTALMENTS) {
            totalProblem = texts.t("money.plan.settlementTotalRequired", texts.money(balance));
        }
        totalError.set(totalProblem);

        String downProblem = null;
        if (choice.get() != Choice.SETTLEMENT_LUMP_SUM && downPayment.get() != null && !downPayment.get().isBlank()) {
            AmountInput.Result down = AmountInput.parse(downPayment.get(), currency, locale, AmountInput.Sign.NOT_NEGATIVE);
            downProblem = AmountInput.message(down.problem(), currency, texts.i18n());
            if (downProblem == null && sum.ok() && down.value().compareTo(sum.value()) >= 0) {
                downProblem = texts.t("money.plan.downPaymentTooBig");
            }
        }
        downPaymentError.set(downProblem);

        Integer n = count.get();
        if (choice.get() == Choice.SETTLEMENT_LUMP_SUM) {
            countError.set(null);
        } else if (n == null) {
            countError.set(texts.t("validation.required"));
        } else if (n < 1 || n > MAX_INSTALMENTS) {
            countError.set(texts.t("money.plan.countRange", MAX_INSTALMENTS));
        } else {
            countError.set(null);
        }

        LocalDate first = start.get();
        startError.set(first == null ? texts.t("validation.required")
                : first.isBefore(today) ? texts.t("money.plan.startPast") : null);
    }

    /** The plan the fields describe; only when they are valid. */
    public PlanRequest request() {
        String currency = balance.currency();
        var locale = texts.i18n().locale();
        BigDecimal sum = AmountInput.parse(total.get(), currency, locale, AmountInput.Sign.POSITIVE).value();
        BigDecimal down = null;
        if (downPayment.get() != null && !downPayment.get().isBlank()) {
            down = AmountInput.parse(downPayment.get(), currency, locale, AmountInput.Sign.NOT_NEGATIVE).value();
            if (down != null && down.signum() == 0) {
                down = null;
            }
        }
        return switch (choice.get()) {
            case INSTALMENTS -> new PlanRequest(PlanKind.INSTALMENT,
                    sum != null && sum.compareTo(balance.amount()) == 0 ? null : sum, down, count.get(),
                    frequency.get(), start.get(), pauseInterest.get());
            case SETTLEMENT_LUMP_SUM -> new PlanRequest(PlanKind.SETTLEMENT, sum, null, 1, frequency.get(),
                    start.get(), true);
            case SETTLEMENT_INSTALMENTS -> new PlanRequest(PlanKind.SETTLEMENT, sum, down, count.get(),
                    frequency.get(), start.get(), true);
        };
    }

    /** Asks the service for the preview of the fields as they are now (what the debouncer calls). */
    void refreshPreview() {
        long ticket = ++asked;
        if (!fieldsValid()) {
            clearPreview(texts.t("money.plan.previewWaiting"));
            previewing.set(false);
            return;
        }
        PlanRequest request = request();
        previewing.set(true);
        background.run(() -> money.previewPlan(debtId, request), result -> {
            if (ticket == asked) {
                previewing.set(false);
                show(result);
            }
        }, failure -> {
            if (ticket == asked) {
                previewing.set(false);
                clearPreview(failure.getMessage());
            }
        });
    }

    private void clearPreview(String message) {
        preview.set(null);
        rows.clear();
        warnings.clear();
        runsPastLimitation.set(false);
        summary.set("");
        previewMessage.set(message);
    }

    private void show(PlanPreview result) {
        Money zero = Money.zero(result.currency());
        Money amounts = zero;
        Money interest = zero;
        Money writtenOff = zero;
        List<PreviewRow> lines = new ArrayList<>();
        for (PlanPreview.Line line : result.lines()) {
            amounts = amounts.plus(line.amount());
            interest = interest.plus(line.interest());
            writtenOff = writtenOff.plus(line.writtenOff());
            lines.add(new PreviewRow(line.number() == 0 ? texts.t("money.plan.down") : String.valueOf(line.number()),
                    texts.date(line.due()), texts.money(line.amount()), texts.money(line.interest()),
                    texts.money(line.balanceAfter()), line.writtenOff().isZero() ? "" : texts.money(line.writtenOff()),
                    false));
        }
        Money after = result.lines().isEmpty() ? result.balance() : result.lines().get(result.lines().size() - 1).balanceAfter();
        lines.add(new PreviewRow(texts.t("money.plan.totalsRow"), "", texts.money(amounts), texts.money(interest),
                texts.money(after), writtenOff.isZero() ? "" : texts.money(writtenOff), true));
        rows.setAll(lines);
        showInterest.set(!interest.isZero());
        showWrittenOff.set(!writtenOff.isZero());
        runsPastLimitation.set(result.runsPastLimitation());
        warnings.setAll(result.warnings().stream()
                .map(w -> texts.warning(w, result.limitationExpiry(), today)).toList());
        summary.set(result.kind() == PlanKind.SETTLEMENT
                ? texts.t("money.plan.summarySettlement", texts.money(result.balance()), texts.money(result.total()),
                        texts.money(result.discount()))
                : texts.t("money.plan.summary", texts.money(result.balance()), texts.money(result.total())));
        previewMessage.set(null);
        preview.set(result);
    }

    /** Agrees the plan in the background; the agreement, or the refusal in {@link #errorProperty()}. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        PlanRequest request = request();
        saving.set(true);
        error.set(null);
        background.run(() -> money.agreePlan(debtId, request), done -> {
            saving.set(false);
            agreement.set(done);
        }, failure -> {
            saving.set(false);
            error.set(failure.getMessage());
        });
    }

    public Money balance() {
        return balance;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public StringProperty totalProperty() {
        return total;
    }

    public StringProperty downPaymentProperty() {
        return downPayment;
    }

    public ObjectProperty<Integer> countProperty() {
        return count;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public BooleanProperty pauseInterestProperty() {
        return pauseInterest;
    }

    public ReadOnlyStringProperty totalErrorProperty() {
        return totalError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty downPaymentErrorProperty() {
        return downPaymentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countErrorProperty() {
        return countError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    /** The service's latest preview, or null while the fields are not valid or it refused them. */
    public ReadOnlyObjectProperty<PlanPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The preview's lines as shown, with a totals row last. */
    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    /** The preview's warnings in the user's words (limitation). */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** Why there is no preview (fields to fix, or the service's refusal), or null. */
    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    /** "Balance today … · plan total …" for the preview's heading. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runsPastLimitationProperty() {
        return runsPastLimitation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showInterestProperty() {
        return showInterest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showWrittenOffProperty() {
        return showWrittenOff.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanAgreement> agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
