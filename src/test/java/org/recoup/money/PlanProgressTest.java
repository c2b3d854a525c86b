package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Frequency;
import org.recoup.domain.Money;
import org.recoup.domain.PlanStatus;
import org.recoup.money.InstalmentProgress.State;

class PlanProgressTest {

    /** 300.00 in three monthly instalments of 100.00 from 10 January 2026. */
    private static final List<ScheduledInstalment> SCHEDULE = Schedules.build(
            new PlanTerms(Money.of("300", "USD"), null, 3, Frequency.MONTHLY, LocalDate.parse("2026-01-10")));
    private static final int GRACE = 5;

    private static PlanPayment paid(String date, String amount) {
        return new PlanPayment(LocalDate.parse(date), Money.of(amount, "USD"));
    }

    private static PlanProgress on(String date, PlanPayment... payments) {
        return PlanProgress.evaluate(SCHEDULE, List.of(payments), LocalDate.parse(date), GRACE);
    }

    @Test
    void unpaidInstalmentIsDueUntilTheLastGraceDay() {
        PlanProgress progress = on("2026-01-15");
        assertThat(progress.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(progress.instalments().get(0).state()).isEqualTo(State.DUE);
    }

    @Test
    void unpaidInstalmentBreaksThePlanTheDayAfterTheGraceDays() {
        PlanProgress progress = on("2026-01-16");
        assertThat(progress.status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(progress.statusDate()).isEqualTo(LocalDate.parse("2026-01-16"));
        assertThat(progress.brokenBy()).isEqualTo(1);
        assertThat(progress.instalments().get(0).state()).isEqualTo(State.MISSED);
    }

    @Test
    void paymentOnTheLastGraceDayKeepsThePlan() {
        PlanProgress progress = on("2026-01-20", paid("2026-01-15", "100"));
        assertThat(progress.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(progress.instalments().get(0).state()).isEqualTo(State.PAID);
        assertThat(progress.instalments().get(0).paidLate()).isFalse();
    }

    @Test
    void paymentAfterTheGraceDaysDoesNotMendABrokenPlan() {
        PlanProgress progress = on("2026-01-20", paid("2026-01-16", "100"));
        assertThat(progress.status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(progress.instalments().get(0).paidLate()).isTrue();
    }

    @Test
    void zeroGraceDaysBreaksTheDayAfterTheDueDate() {
        assertThat(PlanProgress.evaluate(SCHEDULE, List.of(), LocalDate.parse("2026-01-10"), 0).status())
                .isEqualTo(PlanStatus.ACTIVE);
        assertThat(PlanProgress.evaluate(SCHEDULE, List.of(), LocalDate.parse("2026-01-11"), 0).status())
                .isEqualTo(PlanStatus.BROKEN);
    }

    @Test
    void paymentGoesToTheOldestOpenInstalmentAndPartialsCarry() {
        PlanProgress progress = on("2026-01-20", paid("2026-01-08", "60"), paid("2026-01-12", "90"));
        assertThat(progress.instalments()).extracting(i -> i.paid().toPlainString())
                .containsExactly("100.00", "50.00", "0.00");
        assertThat(progress.instalments().get(0).paidOn()).isEqualTo(LocalDate.parse("2026-01-12"));
        assertThat(progress.instalments()).extracting(InstalmentProgress::state)
                .containsExactly(State.PAID, State.UPCOMING, State.UPCOMING);
        assertThat(progress.paid().toPlainString()).isEqualTo("150.00");
        assertThat(progress.remaining().toPlainString()).isEqualTo("150.00");
        assertThat(progress.nextOpen().number()).isEqualTo(2);
    }

    @Test
    void carriedPartialCompletedWithinGraceKeepsThePlan() {
        PlanProgress progress = on("2026-02-20", paid("2026-01-10", "150"), paid("2026-02-14", "50"));
        assertThat(progress.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(progress.instalments().get(1).paidOn()).isEqualTo(LocalDate.parse("2026-02-14"));
    }

    @Test
    void partialPaymentLeavesTheInstalmentMissedAfterGrace() {
        PlanProgress progress = on("2026-02-16", paid("2026-01-10", "150"), paid("2026-02-14", "49.99"));
        assertThat(progress.status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(progress.brokenBy()).isEqualTo(2);
        assertThat(progress.instalments().get(1).paid().toPlainString()).isEqualTo("99.99");
    }

    @Test
    void paymentsReachingTheTotalCompleteThePlan() {
        PlanProgress progress = on("2026-01-10", paid("2026-01-10", "300"));
        assertThat(progress.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(progress.statusDate()).isEqualTo(LocalDate.parse("2026-01-10"));
        assertThat(progress.instalments()).allSatisfy(i -> assertThat(i.state()).isEqualTo(State.PAID));
    }

    @Test
    void planCompletedOnTheDayItWouldBreakCountsAsCompleted() {
        PlanProgress progress = on("2026-03-01", paid("2026-01-16", "300"));
        assertThat(progress.status()).isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    void paymentsAfterTheDateAreNotCounted() {
        PlanProgress progress = on("2026-01-12", paid("2026-01-13", "300"));
        assertThat(progress.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(progress.paid().isZero()).isTrue();
    }
}
