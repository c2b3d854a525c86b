package org.recoup.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.AuditEntry;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.ValidationException;

/**
 * Every figure of the dashboard and the client statement against the small portfolio of
 * {@link ReportFixture}, each expectation worked out by hand from its table.
 */
class ReportServiceTest {

    @TempDir
    static Path dir;

    static ReportFixture fixture;
    static Dashboard dashboard;

    @BeforeAll
    static void build() throws Exception {
        fixture = new ReportFixture(dir);
        dashboard = fixture.reports.dashboard(ReportFixture.TODAY, ReportFixture.PERIOD);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void outstandingIsOwedByOpenDebtsOnlyPerCurrencyNeverAddedTogether() {
        // USD: 900 + 510 + 200 + 425 + 250 (paid and settled debts owe nothing to the portfolio)
        assertThat(dashboard.all().currency("USD").orElseThrow().outstanding()).isEqualTo(usd("2285.00"));
        assertThat(dashboard.all().currency("USD").orElseThrow().openDebts()).isEqualTo(5);
        // CNY: 7000 + 2000 + 800 + 600; the recalled debt's 900 is not outstanding
        assertThat(dashboard.all().currency("CNY").orElseThrow().outstanding()).isEqualTo(cny("10400.00"));
        assertThat(dashboard.all().currency("CNY").orElseThrow().openDebts()).isEqualTo(4);
        assertThat(dashboard.all().currencies()).extracting(CurrencyFigures::currency).containsExactly("CNY", "USD");
    }

    @Test
    void eachClientHasItsOwnFiguresAndTheByClientTableOneLinePerClientAndCurrency() {
        Figures acme = dashboard.figures(ReportFixture.ACME);
        Figures huaxia = dashboard.figures(ReportFixture.HUAXIA);
        assertThat(acme.currencies()).extracting(CurrencyFigures::currency).containsExactly("USD");
        assertThat(huaxia.currencies()).extracting(CurrencyFigures::currency).containsExactly("CNY");
        assertThat(acme.currency("USD").orElseThrow().outstanding()).isEqualTo(usd("2285.00"));
        assertThat(huaxia.currency("CNY").orElseThrow().outstanding()).isEqualTo(cny("10400.00"));
        assertThat(dashboard.byClientLines()).extracting(l -> l.client().name() + " " + l.figures().currency())
                .containsExactly("Acme Bank USD", "华夏消费金融 CNY");
        assertThat(dashboard.figures(null)).isSameAs(dashboard.all());
    }

    @Test
    void collectedIsPaymentsLessReversalsWithoutOverpaymentCredit() {
        // USD ever: 200 (debt 1) + 50 − 50 (paid in May, reversed in June) + 100 (debt 3)
        //           + 150 (debt 10; its 20 overpaid is owed back, not collected) + 600.10 (debt 12)
        CurrencyFigures usd = dashboard.all().currency("USD").orElseThrow();
        assertThat(usd.collected()).isEqualTo(usd("1050.10"));
        assertThat(usd.placed()).isEqualTo(usd("3700.00"));
        // June: 200 − 50 (the reversal counts on its own value date) + 600.10
        assertThat(usd.collectedThisMonth()).isEqualTo(usd("750.10"));
        CurrencyFigures cnyFigures = dashboard.all().currency("CNY").orElseThrow();
        // CNY: 3000 + 100 collected on the recalled debt before it was recalled
        assertThat(cnyFigures.collected()).isEqualTo(cny("3100.00"));
        assertThat(cnyFigures.placed()).isEqualTo(cny("14400.00"));
        assertThat(cnyFigures.collectedThisMonth()).isEqualTo(cny("3000.00"));
    }

    @Test
    void recoveryRateIsCollectedOverPlacedForTheSameDebts() {
        // 1050.10 / 3700 = 28.38 %, 3100 / 14400 = 21.53 %
        assertThat(dashboard.all().currency("USD").orElseThrow().recoveryPercent()).isEqualByComparingTo("28.4");
        assertThat(dashboard.all().currency("CNY").orElseThrow().recoveryPercent()).isEqualByComparingTo("21.5");
    }

    @Test
    void collectedByMonthCoversTwelveMonthsWithTheReversalNettedInItsOwnMonth() {
        List<MonthAmount> usd = dashboard.all().collectedByMonth().stream()
                .filter(m -> m.collected().currency().equals("USD")).toList();
        assertThat(usd).hasSize(12);
        assertThat(usd.get(0).month()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(usd.get(11).month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(amountIn(usd, "2025-11")).isEqualTo(usd("150.00"));
        assertThat(amountIn(usd, "2026-04")).isEqualTo(usd("100.00"));
        assertThat(amountIn(usd, "2026-05")).isEqualTo(usd("50.00"));
        assertThat(amountIn(usd, "2026-06")).isEqualTo(usd("750.10"));
        assertThat(amountIn(usd, "2026-01")).isEqualTo(usd("0.00"));
        List<MonthAmount> cnyMonths = dashboard.all().collectedByMonth().stream()
                .filter(m -> m.collected().currency().equals("CNY")).toList();
        assertThat(amountIn(cnyMonths, "2026-02")).isEqualTo(cny("100.00"));
        assertThat(amountIn(cnyMonths, "2026-06")).isEqualTo(cny("3000.00"));
    }

    private static Money amountIn(List<MonthAmount> months, String month) {
        return months.stream().filter(m -> m.month().equals(YearMonth.parse(month))).findFirst().orElseThrow().collected();
    }

    @Test
    void agingBucketsSplitAtDays30And31_60And61_90And91_180And181() {
        // USD: 0–30 debts 1 (day 30) and 9 (no delinquency date: 14 days since placed); 31–60 debts 2 (day 31)
        // and 3 (day 60); 61–90 debt 4 (day 61)
        assertThat(aging("USD")).containsExactly(
                "DAYS_0_30 2 1150.00", "DAYS_31_60 2 710.00", "DAYS_61_90 1 425.00", "DAYS_91_180 0 0.00", "OVER_180 0 0.00");
        // CNY: 61–90 debt 5 (day 90); 91–180 debts 6 (day 91) and 7 (day 180); over 180 debt 8 (day 181)
        assertThat(aging("CNY")).containsExactly(
                "DAYS_0_30 0 0.00", "DAYS_31_60 0 0.00", "DAYS_61_90 1 7000.00", "DAYS_91_180 2 2800.00", "OVER_180 1 600.00");
    }

    private static List<String> aging(String currency) {
        return dashboard.all().aging().stream().filter(r -> r.currency().equals(currency))
                .map(r -> r.bucket().name() + " " + r.debts() + " " + r.owed().amount().toPlainString()).toList();
    }

    @Test
    void agingBucketOfDaysPastDue() {
        assertThat(AgingBucket.of(-5)).isEqualTo(AgingBucket.DAYS_0_30);
        assertThat(AgingBucket.of(30)).isEqualTo(AgingBucket.DAYS_0_30);
        assertThat(AgingBucket.of(31)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(60)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(61)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(90)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(91)).isEqualTo(AgingBucket.DAYS_91_180);
        assertThat(AgingBucket.of(180)).isEqualTo(AgingBucket.DAYS_91_180);
        assertThat(AgingBucket.of(181)).isEqualTo(AgingBucket.OVER_180);
    }

    @Test
    void promisesKeptIsKeptOverKeptAndBrokenDecidedInThePeriod() {
        // in the period: 1 kept, 2 broken, 3 kept at 23:30 on its last day; 4 before it, 6 the day after, 5 open
        assertThat(dashboard.all().promisesKept()).isEqualTo(2);
        assertThat(dashboard.all().promisesBroken()).isEqualTo(1);
        assertThat(dashboard.all().promisesKeptPercent()).isEqualByComparingTo("66.7");
        assertThat(dashboard.figures(ReportFixture.ACME).promisesKeptPercent()).isEqualByComparingTo("50.0");
        assertThat(dashboard.figures(ReportFixture.HUAXIA).promisesKeptPercent()).isEqualByComparingTo("100.0");
    }

    @Test
    void noPromiseDecidedGivesNoRateRatherThanZero() {
        Dashboard before = fixture.reports.dashboard(ReportFixture.TODAY,
                new ReportPeriod(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 1, 31)));
        assertThat(before.all().promisesKept() + before.all().promisesBroken()).isZero();
        assertThat(before.all().promisesKeptPercent()).isNull();
        assertThat(before.all().compliance()).isEmpty();
    }

    @Test
    void plansActiveNowAndBrokenInThePeriod() {
        assertThat(dashboard.all().plansActive()).isEqualTo(2);
        assertThat(dashboard.all().plansBroken()).isEqualTo(1);
        assertThat(dashboard.figures(ReportFixture.ACME).plansActive()).isEqualTo(1);
        assertThat(dashboard.figures(ReportFixture.ACME).plansBroken()).isEqualTo(1);
        assertThat(dashboard.figures(ReportFixture.HUAXIA).plansActive()).isEqualTo(1);
        assertThat(dashboard.figures(ReportFixture.HUAXIA).plansBroken()).isZero();
    }

    @Test
    void complianceBlocksAndOverridesByRuleInThePeriod() {
        // lines 1 (US-TIME-1), 2 (US-TIME-1 and US-FREQ-1, overridden), 3 (CN-TIME-1, overridden); 4 is before
        assertThat(rules(dashboard.all())).containsExactly("US-TIME-1 2/1", "CN-TIME-1 1/1", "US-FREQ-1 1/1");
        assertThat(dashboard.all().blockedActions()).isEqualTo(3);
        assertThat(dashboard.all().overriddenActions()).isEqualTo(2);
        // Acme: line 1 and 2 name its debt 1; line 3 names none and Bob Stone owes it debts 4 and 9
        assertThat(rules(dashboard.figures(ReportFixture.ACME)))
                .containsExactly("US-TIME-1 2/1", "CN-TIME-1 1/1", "US-FREQ-1 1/1");
        // 华夏: line 2 also names its debt 5; line 3 through Bob Stone's debts 7 and 8; not line 1
        assertThat(rules(dashboard.figures(ReportFixture.HUAXIA)))
                .containsExactly("CN-TIME-1 1/1", "US-FREQ-1 1/1", "US-TIME-1 1/1");
        assertThat(dashboard.figures(ReportFixture.HUAXIA).blockedActions()).isEqualTo(2);
        assertThat(dashboard.figures(ReportFixture.HUAXIA).overriddenActions()).isEqualTo(2);
    }

    private static List<String> rules(Figures figures) {
        return figures.compliance().stream().map(r -> r.rule() + " " + r.blocks() + "/" + r.overrides()).toList();
    }

    @Test
    void debtsByStatus() {
        assertThat(dashboard.all().byStatus()).contains(new StatusCount(DebtStatus.ACTIVE, "USD", 3),
                new StatusCount(DebtStatus.ACTIVE, "CNY", 4), new StatusCount(DebtStatus.RECALLED, "CNY", 1),
                new StatusCount(DebtStatus.SETTLED, "USD", 1));
        assertThat(dashboard.all().byStatus().stream().mapToLong(StatusCount::debts).sum()).isEqualTo(12);
    }

    @Test
    void clientStatementChargesTheRateOnWhatWasCollectedInThePeriodRoundedHalfEven() {
        ClientStatement statement = fixture.reports.statement(ReportFixture.ACME, ReportFixture.PERIOD);
        StatementTotal usd = statement.total("USD").orElseThrow();
        // payments 200 (06-02) + 600.10 (06-05); reversal −50 (06-03); 25 % of 750.10 = 187.525 → 187.52
        assertThat(usd.payments()).isEqualTo(2);
        assertThat(usd.paid()).isEqualTo(usd("800.10"));
        assertThat(usd.reversals()).isEqualTo(1);
        assertThat(usd.reversed()).isEqualTo(usd("-50.00"));
        assertThat(usd.collected()).isEqualTo(usd("750.10"));
        assertThat(usd.commission()).isEqualTo(usd("187.52"));
        assertThat(usd.dueToClient()).isEqualTo(usd("562.58"));
        assertThat(statement.payments()).extracting(PaymentItem::type)
                .containsExactly(LedgerEntryType.PAYMENT, LedgerEntryType.REVERSAL, LedgerEntryType.PAYMENT);
        assertThat(statement.payments().get(0).debtor()).isEqualTo("Zhang Wei 张伟");
    }

    @Test
    void clientWithoutARateIsChargedNoCommission() {
        ClientStatement statement = fixture.reports.statement(ReportFixture.HUAXIA, ReportFixture.PERIOD);
        assertThat(statement.client().commissionRate()).isNull();
        StatementTotal cnyTotal = statement.total("CNY").orElseThrow();
        assertThat(cnyTotal.collected()).isEqualTo(cny("3000.00"));
        assertThat(cnyTotal.commission()).isEqualTo(cny("0.00"));
        assertThat(cnyTotal.dueToClient()).isEqualTo(cny("3000.00"));
    }

    @Test
    void commissionRateIsValidatedStoredAndAudited() throws Exception {
        try (ReportFixture own = new ReportFixture(dir)) {
            assertThatThrownBy(() -> own.reports.setCommissionRate(ReportFixture.HUAXIA, new BigDecimal("100.5")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> own.reports.setCommissionRate(ReportFixture.HUAXIA, new BigDecimal("-1")))
                    .isInstanceOf(ValidationException.class);
            own.reports.setCommissionRate(ReportFixture.HUAXIA, new BigDecimal("12.5"));
            assertThat(own.reports.client("华夏消费金融").orElseThrow().commissionRate()).isEqualByComparingTo("12.5");
            // 12.5 % of 3000 = 375
            assertThat(own.reports.statement(ReportFixture.HUAXIA, ReportFixture.PERIOD).total("CNY").orElseThrow()
                    .commission()).isEqualTo(cny("375.00"));
            List<AuditEntry> audit = own.db.read(s -> s.audit().about(AuditEntry.Subject.SETTINGS, ReportFixture.HUAXIA));
            assertThat(audit).extracting(AuditEntry::getAction, AuditEntry::getToValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ReportService.COMMISSION_RATE, "12.5"));
            own.reports.setCommissionRate(ReportFixture.HUAXIA, null);
            assertThat(own.reports.client("华夏消费金融").orElseThrow().commissionRate()).isNull();
        }
    }

    @Test
    void commissionRateIsReadAsPeopleTypeItAndCheckedAsItIsStored() {
        assertThat(ReportService.parseCommissionRate("12.5")).isEqualByComparingTo("12.5");
        assertThat(ReportService.parseCommissionRate(" 12,5 % ")).isEqualByComparingTo("12.5");
        assertThat(ReportService.parseCommissionRate("0")).isEqualByComparingTo("0");
        assertThat(ReportService.parseCommissionRate("100%")).isEqualByComparingTo("100");
        assertThat(ReportService.parseCommissionRate("  ")).isNull();
        assertThatThrownBy(() -> ReportService.parseCommissionRate("twelve"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'twelve' is not a number");
        assertThatThrownBy(() -> ReportService.parseCommissionRate("100.01"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> ReportService.parseCommissionRate("-2"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> ReportService.parseCommissionRate("12.34567"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("four decimals");
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ReportPeriod(java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 1, 31)))
                .isInstanceOf(ValidationException.class);
        assertThat(ReportPeriod.month(YearMonth.of(2026, 2))).isEqualTo(
                new ReportPeriod(java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 2, 28)));
    }
}
