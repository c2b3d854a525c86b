package org.recoup.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debts.DebtView;
import org.recoup.service.money.PlanView;

/**
 * Every demo debt in PLAN has the plan that put it there, still running on the as-of day: each
 * instalment due before that day paid, none late, and what the plan leaves to pay is what the
 * debt owes.
 */
class DemoPlansTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);

    @TempDir
    Path dir;

    @Test
    void everyDebtInPlanHasARunningPlanPaidUpToTheAsOfDay() {
        Clock noon = Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Workspace workspace = Workspace.open(dir.resolve("demo"), noon)) {
            workspace.demo().generate(400, 11, AS_OF, Progress.NONE, (debtors, debts) -> { });
            List<DebtorRow> debtors = workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 400);
            int plans = 0;
            int withPayments = 0;
            for (DebtorRow debtor : debtors) {
                for (DebtView debt : workspace.debts().forDebtor(debtor.id())) {
                    if (debt.status() != DebtStatus.PLAN) {
                        continue;
                    }
                    PlanView plan = workspace.money().plan(debt.id()).orElseThrow(
                            () -> new AssertionError("debt " + debt.reference() + " is in PLAN without a plan"));
                    plans++;
                    assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
                    assertThat(plan.broken()).as("plan of %s broken", debt.reference()).isFalse();
                    assertThat(plan.remaining()).isEqualTo(workspace.money().balance(debt.id()).owed());
                    assertThat(plan.instalments()).filteredOn(i -> i.due().isBefore(AS_OF))
                            .allSatisfy(i -> assertThat(i.paidOn()).isEqualTo(i.due()));
                    if (plan.paid().isPositive()) {
                        withPayments++;
                    }
                }
            }
            assertThat(plans).isGreaterThan(20);
            assertThat(withPayments).isGreaterThan(plans / 2);
        }
    }
}
