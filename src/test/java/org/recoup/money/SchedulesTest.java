package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Frequency;
import org.recoup.domain.Money;
import org.recoup.domain.ValidationException;

class SchedulesTest {

    private static List<ScheduledInstalment> schedule(String total, String currency, String down, int count,
                                                      Frequency frequency, String start) {
        return Schedules.build(new PlanTerms(Money.of(total, currency), down == null ? null : Money.of(down, currency),
                count, frequency, LocalDate.parse(start)));
    }

    private static List<String> lines(List<ScheduledInstalment> schedule) {
        return schedule.stream().map(i -> i.number() + " " + i.due() + " " + i.amount().toPlainString()).toList();
    }

    @Test
    void monthlyPlanFromJan31EndsEveryMonthOnItsLastDay() {
        assertThat(lines(schedule("1000", "USD", null, 4, Frequency.MONTHLY, "2026-01-31"))).containsExactly(
                "1 2026-01-31 250.00", "2 2026-02-28 250.00", "3 2026-03-31 250.00", "4 2026-04-30 250.00");
    }

    @Test
    void monthlyPlanFromJan30KeepsThe30thAndClampsFebruary() {
        assertThat(lines(schedule("1000", "USD", null, 4, Frequency.MONTHLY, "2026-01-30"))).containsExactly(
                "1 2026-01-30 250.00", "2 2026-02-28 250.00", "3 2026-03-30 250.00", "4 2026-04-30 250.00");
    }

    @Test
    void monthlyPlanFromJan31InALeapYearFallsOnFebruary29() {
        assertThat(schedule("300", "USD", null, 3, Frequency.MONTHLY, "2028-01-31"))
                .extracting(ScheduledInstalment::due)
                .containsExactly(LocalDate.parse("2028-01-31"), LocalDate.parse("2028-02-29"), LocalDate.parse("2028-03-31"));
    }

    @Test
    void monthlyPlanFromFebruary29StaysOnTheLastDayOfEachMonth() {
        assertThat(schedule("300", "USD", null, 3, Frequency.MONTHLY, "2028-02-29"))
                .extracting(ScheduledInstalment::due)
                .containsExactly(LocalDate.parse("2028-02-29"), LocalDate.parse("2028-03-31"), LocalDate.parse("2028-04-30"));
    }

    @Test
    void monthlyPlanFromFebruary28InALeapYearIsNotAMonthEnd() {
        assertThat(schedule("300", "USD", null, 3, Frequency.MONTHLY, "2028-02-28"))
                .extracting(ScheduledInstalment::due)
                .containsExactly(LocalDate.parse("2028-02-28"), LocalDate.parse("2028-03-28"), LocalDate.parse("2028-04-28"));
    }

    @Test
    void monthlyPlanFromFebruary28InACommonYearIsAMonthEnd() {
        assertThat(schedule("300", "USD", null, 3, Frequency.MONTHLY, "2027-02-28"))
                .extracting(ScheduledInstalment::due)
                .containsExactly(LocalDate.parse("2027-02-28"), LocalDate.parse("2027-03-31"), LocalDate.parse("2027-04-30"));
    }

    @Test
    void weeklyInstalmentsFallSevenDaysApart() {
        assertThat(lines(schedule("100", "USD", null, 3, Frequency.WEEKLY, "2026-12-24"))).containsExactly(
                "1 2026-12-24 33.33", "2 2026-12-31 33.33", "3 2027-01-07 33.34");
    }

    @Test
    void fortnightlyInstalmentsFallFourteenDaysApart() {
        assertThat(lines(schedule("100", "USD", null, 3, Frequency.FORTNIGHTLY, "2026-02-10"))).containsExactly(
                "1 2026-02-10 33.33", "2 2026-02-24 33.33", "3 2026-03-10 33.34");
    }

    @Test
    void downPaymentIsInstalmentZeroOnTheStartDateAndInstalmentOneFollowsAPeriodLater() {
        assertThat(lines(schedule("1000", "USD", "100", 3, Frequency.MONTHLY, "2026-01-31"))).containsExactly(
                "0 2026-01-31 100.00", "1 2026-02-28 300.00", "2 2026-03-31 300.00", "3 2026-04-30 300.00");
    }

    @Test
    void downPaymentWithWeeklyInstalments() {
        assertThat(lines(schedule("1000", "USD", "250", 7, Frequency.WEEKLY, "2026-03-02"))).containsExactly(
                "0 2026-03-02 250.00", "1 2026-03-09 107.14", "2 2026-03-16 107.14", "3 2026-03-23 107.14",
                "4 2026-03-30 107.14", "5 2026-04-06 107.14", "6 2026-04-13 107.14", "7 2026-04-20 107.16");
    }

    @Test
    void lastInstalmentTakesTheRemainder() {
        List<ScheduledInstalment> schedule = schedule("1000", "USD", null, 3, Frequency.MONTHLY, "2026-01-31");
        assertThat(lines(schedule)).containsExactly("1 2026-01-31 333.33", "2 2026-02-28 333.33", "3 2026-03-31 333.34");
    }

    @Test
    void remainderCanBeSeveralCentsInTheLastInstalment() {
        assertThat(schedule("100", "USD", null, 7, Frequency.MONTHLY, "2026-05-01"))
                .extracting(i -> i.amount().toPlainString())
                .containsExactly("14.28", "14.28", "14.28", "14.28", "14.28", "14.28", "14.32");
    }

    @Test
    void yenHasNoDecimals() {
        assertThat(schedule("10000", "JPY", null, 3, Frequency.MONTHLY, "2026-01-15"))
                .extracting(i -> i.amount().toPlainString())
                .containsExactly("3333", "3333", "3334");
    }

    @Test
    void kuwaitiDinarHasThreeDecimals() {
        assertThat(schedule("100", "KWD", null, 3, Frequency.MONTHLY, "2026-01-15"))
                .extracting(i -> i.amount().toPlainString())
                .containsExactly("33.333", "33.333", "33.334");
    }

    @Test
    void bahrainiDinarDownPaymentAndRemainderAtThreeDecimals() {
        assertThat(schedule("10.001", "BHD", "0.5", 4, Frequency.WEEKLY, "2026-01-15"))
                .extracting(i -> i.amount().toPlainString())
                .containsExactly("0.500", "2.375", "2.375", "2.375", "2.376");
    }

    @Test
    void singleInstalmentIsALumpSumOnTheStartDate() {
        assertThat(lines(schedule("640.50", "USD", null, 1, Frequency.MONTHLY, "2026-06-30")))
                .containsExactly("1 2026-06-30 640.50");
    }

    @Test
    void zeroDownPaymentMeansNone() {
        assertThat(lines(schedule("100", "USD", "0", 2, Frequency.WEEKLY, "2026-01-01")))
                .containsExactly("1 2026-01-01 50.00", "2 2026-01-08 50.00");
    }

    @Test
    void refusesACountUnderOne() {
        assertThatThrownBy(() -> schedule("100", "USD", null, 0, Frequency.MONTHLY, "2026-01-01"))
                .isInstanceOf(ValidationException.class).hasMessage("plan.count: must be at least 1");
    }

    @Test
    void refusesATotalNotAboveZero() {
        assertThatThrownBy(() -> schedule("0", "USD", null, 3, Frequency.MONTHLY, "2026-01-01"))
                .isInstanceOf(ValidationException.class).hasMessage("plan.total: must be above zero");
        assertThatThrownBy(() -> schedule("-5", "USD", null, 3, Frequency.MONTHLY, "2026-01-01"))
                .isInstanceOf(ValidationException.class).hasMessage("plan.total: must be above zero");
    }

    @Test
    void refusesADownPaymentNotBelowTheTotal() {
        assertThatThrownBy(() -> schedule("100", "USD", "100", 3, Frequency.MONTHLY, "2026-01-01"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("plan.downPayment: must be below the total");
        assertThatThrownBy(() -> schedule("100", "USD", "-1", 3, Frequency.MONTHLY, "2026-01-01"))
                .isInstanceOf(ValidationException.class).hasMessage("plan.downPayment: cannot be negative");
    }

    @Test
    void refusesMoreInstalmentsThanTheTotalHasMinorUnits() {
        assertThatThrownBy(() -> schedule("0.05", "USD", null, 6, Frequency.WEEKLY, "2026-01-01"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("plan.count: is too many")
                .hasMessageContaining("at most 5 instalments");
        assertThat(schedule("0.05", "USD", null, 5, Frequency.WEEKLY, "2026-01-01")).hasSize(5);
    }
}
