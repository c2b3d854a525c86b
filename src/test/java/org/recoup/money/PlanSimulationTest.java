package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoup.domain.AllocationOrder;
import org.recoup.domain.DayCount;
import org.recoup.domain.Frequency;
import org.recoup.domain.Money;

class PlanSimulationTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static final LocalDate TODAY = LocalDate.parse("2026-01-01");

    @Test
    void withoutInterestTheBalanceFallsByEachInstalment() {
        Buckets balance = new Buckets(usd("900"), usd("60"), usd("40"), usd("0"));
        List<ScheduledInstalment> schedule = Schedules.build(
                new PlanTerms(usd("1000"), null, 3, Frequency.MONTHLY, LocalDate.parse("2026-01-31")));
        List<SimulatedInstalment> lines = PlanSimulation.run(balance, TODAY, schedule, AllocationOrder.DEFAULT,
                null, usd("0"), false);
        assertThat(lines).extracting(l -> l.balanceAfter().toPlainString()).containsExactly("666.67", "333.34", "0.00");
    }

    @Test
    void settlementWritesOffWhatIsLeftAfterItsLastInstalment() {
        Buckets balance = new Buckets(usd("1000"), usd("0"), usd("0"), usd("0"));
        List<ScheduledInstalment> schedule = Schedules.build(
                new PlanTerms(usd("600"), null, 2, Frequency.MONTHLY, LocalDate.parse("2026-01-15")));
        List<SimulatedInstalment> lines = PlanSimulation.run(balance, TODAY, schedule, AllocationOrder.DEFAULT,
                null, usd("0"), true);
        assertThat(lines).extracting(l -> l.balanceAfter().toPlainString()).containsExactly("700.00", "0.00");
        assertThat(lines.get(1).writtenOff().toPlainString()).isEqualTo("400.00");
    }

    @Test
    void interestAccruesOnPrincipalBetweenDueDatesAndIsPaidFirst() {
        Buckets balance = new Buckets(usd("1000"), usd("0"), usd("0"), usd("0"));
        List<ScheduledInstalment> schedule = List.of(
                new ScheduledInstalment(1, LocalDate.parse("2026-02-01"), usd("500")),
                new ScheduledInstalment(2, LocalDate.parse("2026-03-01"), usd("500")));
        AccrualTerms accrual = new AccrualTerms(new BigDecimal("12"), DayCount.ACT_360, LocalDate.parse("2025-01-01"),
                null, List.of());
        List<SimulatedInstalment> lines = PlanSimulation.run(balance, TODAY, schedule, AllocationOrder.DEFAULT,
                accrual, usd("0"), false);
        // 1,000 × 12 % × 31/360 = 10.33; 510.33 × 12 % × 28/360 = 4.76
        assertThat(lines).extracting(l -> l.interest().toPlainString()).containsExactly("10.33", "4.76");
        assertThat(lines).extracting(l -> l.balanceAfter().toPlainString()).containsExactly("510.33", "15.09");
    }
}
