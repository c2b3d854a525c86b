package org.recoup.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.view.LedgerLine;

/**
 * Simple interest on a debt's principal, derived from its ledger. INTEREST rows are the postings
 * of this accrual and nothing else: the latest one's value date is the day accrual has been posted
 * to, so accruing again never counts the same days twice.
 */
public final class Interest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Interest() {
    }

    /**
     * The interest accrued and not yet posted, from where posting stopped (or the terms' start) to
     * {@code to} (excluded). The principal on a day is the sum of the principal changes of the rows
     * valued on or before it. The exact sum over all segments is rounded once, half-even, to the
     * currency's scale, then limited by what the cap leaves.
     */
    public static Accrued accrued(AccrualTerms terms, List<LedgerLine> rows, LocalDate to, String currency) {
        Money posted = Money.zero(currency);
        LocalDate postedThrough = null;
        for (LedgerLine row : rows) {
            if (row.type() == LedgerEntryType.INTEREST) {
                posted = posted.plus(row.interest());
                if (postedThrough == null || row.valueDate().isAfter(postedThrough)) {
                    postedThrough = row.valueDate();
                }
            }
        }
        LocalDate from = start(terms, postedThrough);
        Money principalAtFrom = Money.zero(currency);
        List<LedgerLine> later = new ArrayList<>();
        for (LedgerLine row : rows) {
            if (row.valueDate().isAfter(from)) {
                later.add(row);
            } else {
                principalAtFrom = principalAtFrom.plus(row.principal());
            }
        }
        return accrued(terms, from, posted, principalAtFrom, later, to, currency);
    }

    /** The day accrual starts from: where posting stopped (null: never), but not before the terms' start. */
    public static LocalDate start(AccrualTerms terms, LocalDate postedThrough) {
        return postedThrough == null || postedThrough.isBefore(terms.start()) ? terms.start() : postedThrough;
    }

    /**
     * The same, from what a database can sum: accrual runs from {@code from} (see {@link #start});
     * {@code posted} is all interest posted so far (for the cap), {@code principalAtFrom} the
     * principal on {@code from}, and {@code later} the rows valued after {@code from} (only their
     * principal and value date count).
     */
    public static Accrued accrued(AccrualTerms terms, LocalDate from, Money posted, Money principalAtFrom,
                                  List<LedgerLine> later, LocalDate to, String currency) {
        int scale = Money.scaleOf(currency);
        Money zero = Money.zero(currency);
        if (!to.isAfter(from)) {
            return new Accrued(from, from, 0, zero, zero, false);
        }
        List<LedgerLine> byDate = new ArrayList<>(later);
        byDate.sort(Comparator.comparing(LedgerLine::valueDate));
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (LedgerLine row : byDate) {
            if (!row.principal().isZero() && row.valueDate().isAfter(from) && row.valueDate().isBefore(to)) {
                cuts.add(row.valueDate());
            }
        }
        for (DateRange pause : terms.pauses()) {
            for (LocalDate edge : new LocalDate[] {pause.start(), pause.end()}) {
                if (edge != null && edge.isAfter(from) && edge.isBefore(to)) {
                    cuts.add(edge);
                }
            }
        }
        cuts.add(to);

        BigDecimal principalDays = BigDecimal.ZERO;
        long earningDays = 0;
        BigDecimal principal = principalAtFrom.amount();
        int next = 0;
        LocalDate segmentStart = from;
        for (LocalDate segmentEnd : cuts) {
            while (next < byDate.size() && !byDate.get(next).valueDate().isAfter(segmentStart)) {
                principal = principal.add(byDate.get(next).principal().amount());
                next++;
            }
            if (principal.signum() > 0 && !terms.pausedOn(segmentStart)) {
                long days = DayCounts.days(terms.dayCount(), segmentStart, segmentEnd);
                principalDays = principalDays.add(principal.multiply(BigDecimal.valueOf(days)));
                earningDays += days;
            }
            segmentStart = segmentEnd;
        }

        BigDecimal exact = principalDays.multiply(terms.annualRatePercent());
        BigDecimal divisor = HUNDRED.multiply(BigDecimal.valueOf(DayCounts.yearDays(terms.dayCount())));
        Money uncapped = Money.of(exact.divide(divisor, scale, RoundingMode.HALF_EVEN), currency);
        Money amount = uncapped;
        boolean capped = false;
        if (terms.cap() != null) {
            Money left = terms.cap().minus(posted).max(zero);
            if (left.compareTo(uncapped) < 0) {
                amount = left;
                capped = true;
            }
        }
        return new Accrued(from, to, earningDays, uncapped, amount, capped);
    }
}
