package org.recoup.service.money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.InterestTerms;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.RepaymentPlan;
import org.recoup.domain.ValidationException;
import org.recoup.domain.view.LedgerLine;
import org.recoup.money.AccrualTerms;
import org.recoup.money.Accrued;
import org.recoup.money.Buckets;
import org.recoup.money.DateRange;
import org.recoup.money.Interest;
import org.recoup.money.Limitation;
import org.recoup.money.LimitationDefaults;
import org.recoup.store.LedgerLines;
import org.recoup.store.StoreSession;

/**
 * One debt's money within one transaction: the debt, its ledger lines (kept in step with rows
 * appended here), its interest terms and plans, read once and on demand.
 */
final class DebtBook {

    final StoreSession store;
    final Debt debt;
    final Instant now;
    private List<LedgerLine> lines;
    private LedgerLines.Summary summary;
    private Optional<InterestTerms> terms;
    private List<RepaymentPlan> plans;

    private DebtBook(StoreSession store, Debt debt, Instant now) {
        this.store = store;
        this.debt = debt;
        this.now = now;
    }

    static DebtBook load(StoreSession store, long debtId, Instant now) {
        Debt debt = store.debts().find(debtId)
                .orElseThrow(() -> new ValidationException("debt", "there is no debt with id " + debtId));
        return new DebtBook(store, debt, now);
    }

    long id() {
        return debt.getId();
    }

    String currency() {
        return debt.getCurrency();
    }

    Money zero() {
        return Money.zero(currency());
    }

    List<LedgerLine> lines() {
        if (lines == null) {
            lines = new ArrayList<>(store.ledgerLines().forDebt(id()));
        }
        return lines;
    }

    /** The balance by bucket: SQL sums until the lines are read, then their sum (rows appended here included). */
    Buckets balance() {
        if (lines == null) {
            LedgerLines.Summary sums = summary();
            String c = currency();
            return new Buckets(Money.of(sums.principal(), c), Money.of(sums.interest(), c), Money.of(sums.fees(), c),
                    Money.of(sums.credit(), c));
        }
        return lines.stream().map(Buckets::of).reduce(Buckets.zero(currency()), Buckets::plus);
    }

    /** Appends a row to the ledger and to the lines read here. */
    LedgerLine append(LedgerEntry entry) {
        lines();
        store.ledger().append(debt, entry);
        LedgerLine line = new LedgerLine(entry.getId(), entry.getType(), entry.getValueDate(), entry.getRecordedAt(),
                entry.getPrincipal(), entry.getInterest(), entry.getFees(), entry.getCredit(), entry.getPaymentMethod(),
                entry.getPaymentReference(), entry.getReversesId(), entry.getMemo());
        lines.add(line);
        return line;
    }

    Optional<InterestTerms> terms() {
        if (terms == null) {
            terms = store.moneyTerms().interest(id());
        }
        return terms;
    }

    List<RepaymentPlan> plans() {
        if (plans == null) {
            plans = store.plans().forDebt(id());
        }
        return plans;
    }

    Optional<RepaymentPlan> activePlan() {
        return plans().stream().filter(p -> !p.getStatus().isFinal()).findFirst();
    }

    /** Reads the plans again on next use (after one was added). */
    void forgetPlans() {
        plans = null;
    }

    /** The accrual terms with the pauses of the debt's plans, or null when it earns no interest. */
    AccrualTerms accrualTerms() {
        return terms().map(t -> {
            List<DateRange> pauses = new ArrayList<>();
            for (RepaymentPlan plan : plans()) {
                if (plan.isPauseInterest()) {
                    pauses.add(new DateRange(plan.getAgreedOn(), plan.getEndedOn()));
                }
            }
            return new AccrualTerms(t.getAnnualRatePercent(), t.getDayCount(), t.getStartDate(), t.getCap(), pauses);
        }).orElse(null);
    }

    /** Interest accrued and not posted, up to {@code to}; zero when the debt earns none. */
    Accrued accrued(LocalDate to) {
        AccrualTerms accrual = accrualTerms();
        if (accrual == null) {
            Money zero = zero();
            return new Accrued(to, to, 0, zero, zero, false);
        }
        if (lines != null) {
            return Interest.accrued(accrual, lines, to, currency());
        }
        // without reading the whole ledger: what was posted, and the principal's changes since
        LedgerLines.Summary sums = summary();
        LocalDate from = Interest.start(accrual, sums.interestPostedThrough());
        List<LedgerLine> later = store.ledgerLines().principalChangesAfter(id(), from);
        Money principalAtFrom = balance().principal();
        for (LedgerLine line : later) {
            principalAtFrom = principalAtFrom.minus(line.principal());
        }
        return Interest.accrued(accrual, from, Money.of(sums.interestPosted(), currency()), principalAtFrom, later, to,
                currency());
    }

    private LedgerLines.Summary summary() {
        if (summary == null) {
            summary = store.ledgerLines().summary(id());
        }
        return summary;
    }

    /** Posts the interest accrued up to {@code upTo}; null when there is none to post. */
    LedgerLine postInterest(LocalDate upTo) {
        Accrued accrued = accrued(upTo);
        if (accrued.isZero()) {
            return null;
        }
        InterestTerms t = terms().orElseThrow();
        String memo = "interest " + accrued.from() + " to " + accrued.to() + ": " + accrued.days() + " days at "
                + t.getAnnualRatePercent().toPlainString() + "% " + t.getDayCount()
                + (accrued.capped() ? " (capped)" : "");
        Money zero = zero();
        return append(new LedgerEntry(id(), LedgerEntryType.INTEREST, upTo, now, zero, accrued.amount(), zero, zero)
                .withMemo(memo));
    }

    /** Moves the debt to {@code next} and keeps the audit entry. */
    void moveTo(DebtStatus next, String reason) {
        AuditEntry entry = debt.moveTo(next, reason, now);
        store.audit().append(entry);
        store.debts().save(debt);
    }

    /** The latest payment day: the client's, or the latest payment in the ledger not reversed. */
    LocalDate lastPaymentDate() {
        LocalDate last = debt.getLastPaymentDate();
        java.util.Set<Long> reversed = reversedPaymentIds();
        for (LedgerLine line : lines()) {
            if (line.type() == LedgerEntryType.PAYMENT && !reversed.contains(line.id())
                    && (last == null || line.valueDate().isAfter(last))) {
                last = line.valueDate();
            }
        }
        return last;
    }

    java.util.Set<Long> reversedPaymentIds() {
        java.util.Set<Long> reversed = new java.util.HashSet<>();
        for (LedgerLine line : lines()) {
            if (line.reversesId() != null) {
                reversed.add(line.reversesId());
            }
        }
        return reversed;
    }

    LimitationView limitation(LocalDate asOf) {
        String country = null;
        String region = null;
        if (debt.getLimitationYears() == null) {
            Debtor debtor = store.debtors().find(debt.getDebtorId()).orElseThrow();
            for (Location location : debtor.getLocations()) {
                if (location.getCountry() != null) {
                    country = location.getCountry();
                    region = location.getRegion();
                    break;
                }
            }
        }
        boolean onDebt = debt.getLimitationYears() != null;
        int years = onDebt ? debt.getLimitationYears() : LimitationDefaults.yearsFor(country, region);
        String jurisdiction = onDebt ? "debt" : LimitationDefaults.jurisdiction(country, region);
        LocalDate lastPayment = lastPaymentDate();
        LocalDate start = Limitation.startDate(lastPayment, debt.getDelinquencyDate());
        LimitationView.StartBasis basis = lastPayment != null ? LimitationView.StartBasis.LAST_PAYMENT
                : start != null ? LimitationView.StartBasis.DELINQUENCY : LimitationView.StartBasis.UNKNOWN;
        Limitation limitation = Limitation.of(years, start);
        return new LimitationView(id(), asOf, years, onDebt, jurisdiction, start, basis, limitation.expiry(),
                limitation.expiredOn(asOf), limitation.daysLeft(asOf), limitation.revivalWarningOn(asOf));
    }

    /** The revival warning for a payment or plan on {@code date}, if one is due. */
    List<MoneyWarning> revivalWarnings(LocalDate date, String what) {
        LimitationView limitation = limitation(date);
        if (!limitation.revivalWarning()) {
            return List.of();
        }
        if (limitation.expired()) {
            return List.of(new MoneyWarning(MoneyWarning.LIMITATION_EXPIRED, "The limitation period of debt "
                    + debt.getReference() + " ran out on " + limitation.expiry() + "; " + what
                    + " may revive it."));
        }
        return List.of(new MoneyWarning(MoneyWarning.LIMITATION_EXPIRING, "The limitation period of debt "
                + debt.getReference() + " runs out on " + limitation.expiry() + " (in " + limitation.daysLeft()
                + " days); " + what + " may revive it."));
    }
}
