package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoup.domain.LedgerEntryType.INTEREST;
import static org.recoup.domain.LedgerEntryType.PAYMENT;
import static org.recoup.domain.LedgerEntryType.PLACEMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoup.domain.DayCount;
import org.recoup.domain.Money;
import org.recoup.domain.view.LedgerLine;

class InterestTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");

    private static AccrualTerms terms(String rate, DayCount dayCount, String cap, DateRange... pauses) {
        return new AccrualTerms(new BigDecimal(rate), dayCount, JAN_1, cap == null ? null : Money.of(cap, "USD"),
                List.of(pauses));
    }

    private static List<LedgerLine> placed(String principal) {
        return new ArrayList<>(List.of(Lines.line(PLACEMENT, "2025-12-15", "USD", principal, "0", "0", "0")));
    }

    private static String accrued(AccrualTerms terms, List<LedgerLine> rows, String to) {
        return Interest.accrued(terms, rows, LocalDate.parse(to), "USD").amount().toPlainString();
    }

    @Test
    void actual365FixedCountsActualDaysOver365() {
        // 10,000.00 × 10 % × 181 / 365 = 495.8904...
        assertThat(accrued(terms("10", DayCount.ACT_365F, null), placed("10000"), "2026-07-01")).isEqualTo("495.89");
    }

    @Test
    void actual365FixedDividesALeapYearBy365Too() {
        AccrualTerms terms = new AccrualTerms(BigDecimal.TEN, DayCount.ACT_365F, LocalDate.parse("2028-01-01"), null, List.of());
        // 1,000.00 × 10 % × 366 / 365 = 100.2739...
        assertThat(accrued(terms, placed("1000"), "2029-01-01")).isEqualTo("100.27");
    }

    @Test
    void actual360CountsActualDaysOver360() {
        // 10,000.00 × 10 % × 181 / 360 = 502.7777...
        assertThat(accrued(terms("10", DayCount.ACT_360, null), placed("10000"), "2026-07-01")).isEqualTo("502.78");
    }

    @Test
    void thirty360CountsThirtyDayMonths() {
        // 1 Jan to 1 Jul is 180 days: 10,000.00 × 10 % × 180 / 360 = 500.00
        assertThat(accrued(terms("10", DayCount.THIRTY_360, null), placed("10000"), "2026-07-01")).isEqualTo("500.00");
    }

    @Test
    void thirty360AtTheEndOfFebruaryAndOnThe31st() {
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-31"))).isEqualTo(33);
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2028-02-29"), LocalDate.parse("2028-03-31"))).isEqualTo(32);
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"))).isEqualTo(28);
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-01"))).isEqualTo(3);
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2026-03-30"), LocalDate.parse("2026-03-31"))).isZero();
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-30"))).isEqualTo(30);
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2026-01-15"), LocalDate.parse("2026-01-31"))).isEqualTo(16);
        assertThat(DayCounts.days(DayCount.THIRTY_360, LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-31"))).isEqualTo(30);
    }

    @Test
    void actualDayCountsAcrossFebruary() {
        assertThat(DayCounts.days(DayCount.ACT_360, LocalDate.parse("2028-02-28"), LocalDate.parse("2028-03-01"))).isEqualTo(2);
        assertThat(DayCounts.days(DayCount.ACT_365F, LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-01"))).isEqualTo(1);
        assertThat(DayCounts.days(DayCount.ACT_365F, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-28"))).isZero();
    }

    @Test
    void roundsHalfEvenOncePerPosting() {
        // 100.00 × 45.625 % / 365 = 0.125 exactly -> 0.12; 100.00 × 49.275 % / 365 = 0.135 -> 0.14
        assertThat(accrued(terms("45.625", DayCount.ACT_365F, null), placed("100"), "2026-01-02")).isEqualTo("0.12");
        assertThat(accrued(terms("49.275", DayCount.ACT_365F, null), placed("100"), "2026-01-02")).isEqualTo("0.14");
    }

    @Test
    void principalChangesSplitThePeriodOnTheirValueDate() {
        List<LedgerLine> rows = placed("1000");
        rows.add(Lines.line(PAYMENT, "2026-01-11", "USD", "-500", "0", "0", "0"));
        // 1,000 × 10 days + 500 × 20 days = 20,000 principal-days × 36 % / 360 = 20.00
        assertThat(accrued(terms("36", DayCount.ACT_360, null), rows, "2026-01-31")).isEqualTo("20.00");
    }

    @Test
    void accrualStartsWherePostingStoppedSoNoDayIsPostedTwice() {
        List<LedgerLine> rows = placed("1000");
        AccrualTerms terms = terms("36", DayCount.ACT_360, null);
        Accrued first = Interest.accrued(terms, rows, LocalDate.parse("2026-01-11"), "USD");
        assertThat(first.amount().toPlainString()).isEqualTo("10.00");
        rows.add(Lines.line(INTEREST, "2026-01-11", "USD", "0", "10.00", "0", "0"));

        assertThat(Interest.accrued(terms, rows, LocalDate.parse("2026-01-11"), "USD").isZero()).isTrue();
        Accrued next = Interest.accrued(terms, rows, LocalDate.parse("2026-01-21"), "USD");
        assertThat(next.from()).isEqualTo(LocalDate.parse("2026-01-11"));
        assertThat(next.amount().toPlainString()).isEqualTo("10.00");
    }

    @Test
    void interestIsOnPrincipalOnlyNotOnInterestOrFees() {
        List<LedgerLine> rows = new ArrayList<>(List.of(Lines.line(PLACEMENT, "2025-12-15", "USD", "1000", "300", "200", "0")));
        assertThat(accrued(terms("36", DayCount.ACT_360, null), rows, "2026-01-11")).isEqualTo("10.00");
    }

    @Test
    void capLimitsTheTotalInterestAccrued() {
        List<LedgerLine> rows = placed("1000");
        rows.add(Lines.line(INTEREST, "2026-01-11", "USD", "0", "10.00", "0", "0"));
        Accrued accrued = Interest.accrued(terms("36", DayCount.ACT_360, "15"), rows, LocalDate.parse("2026-01-31"), "USD");
        assertThat(accrued.uncapped().toPlainString()).isEqualTo("20.00");
        assertThat(accrued.amount().toPlainString()).isEqualTo("5.00");
        assertThat(accrued.capped()).isTrue();

        rows.add(Lines.line(INTEREST, "2026-01-31", "USD", "0", "5.00", "0", "0"));
        assertThat(accrued(terms("36", DayCount.ACT_360, "15"), rows, "2026-03-01")).isEqualTo("0.00");
    }

    @Test
    void noInterestAccruesOnPausedDays() {
        DateRange pause = new DateRange(LocalDate.parse("2026-01-11"), LocalDate.parse("2026-01-21"));
        Accrued accrued = Interest.accrued(terms("36", DayCount.ACT_360, null, pause), placed("1000"),
                LocalDate.parse("2026-01-31"), "USD");
        assertThat(accrued.days()).isEqualTo(20);
        assertThat(accrued.amount().toPlainString()).isEqualTo("20.00");
    }

    @Test
    void anOpenPauseStopsInterestFromItsStart() {
        DateRange pause = new DateRange(LocalDate.parse("2026-01-11"), null);
        assertThat(accrued(terms("36", DayCount.ACT_360, null, pause), placed("1000"), "2026-12-31")).isEqualTo("10.00");
    }

    @Test
    void nothingAccruesBeforeTheStartOrWithoutPrincipal() {
        assertThat(accrued(terms("36", DayCount.ACT_360, null), placed("1000"), "2026-01-01")).isEqualTo("0.00");
        assertThat(accrued(terms("36", DayCount.ACT_360, null), placed("1000"), "2025-06-01")).isEqualTo("0.00");
        List<LedgerLine> paid = placed("1000");
        paid.add(Lines.line(PAYMENT, "2025-12-20", "USD", "-1000", "0", "0", "0"));
        assertThat(accrued(terms("36", DayCount.ACT_360, null), paid, "2026-06-01")).isEqualTo("0.00");
    }

    @Test
    void yenInterestRoundsToWholeYen() {
        List<LedgerLine> rows = List.of(Lines.line(PLACEMENT, "2025-12-15", "JPY", "100000", "0", "0", "0"));
        AccrualTerms terms = new AccrualTerms(new BigDecimal("14.6"), DayCount.ACT_365F, JAN_1, null, List.of());
        // 100,000 × 14.6 % × 31 / 365 = 1,240
        assertThat(Interest.accrued(terms, rows, LocalDate.parse("2026-02-01"), "JPY").amount().toPlainString())
                .isEqualTo("1240");
    }
}
