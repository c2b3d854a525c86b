package org.recoup.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debts.DebtView;
import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.PlanView;

/** The demo portfolio, read through the services as the window reads it, on its as-of day. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPortfolioTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);

    @TempDir
    static Path dir;

    private Workspace workspace;
    private List<DebtView> debts;

    @BeforeAll
    void portfolio() {
        Clock noon = Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("demo"), noon);
        workspace.demo().generate(400, 11, AS_OF, Progress.NONE, (debtors, written) -> { });
        debts = workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 400).stream()
                .flatMap(debtor -> workspace.debts().forDebtor(debtor.id()).stream())
                .toList();
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    /**
     * Every debt in PLAN has the plan that put it there, still running on the as-of day: each
     * instalment due before that day paid on its day, and what the plan leaves to pay is what the
     * debt owes.
     */
    @Test
    void everyDebtInPlanHasARunningPlanPaidUpToTheAsOfDay() {
        List<DebtView> inPlan = debts.stream().filter(d -> d.status() == DebtStatus.PLAN).toList();
        assertThat(inPlan).hasSizeGreaterThan(20);
        int withPayments = 0;
        for (DebtView debt : inPlan) {
            PlanView plan = workspace.money().plan(debt.id()).orElseThrow(
                    () -> new AssertionError("debt " + debt.reference() + " is in PLAN without a plan"));
            assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
            assertThat(plan.broken()).as("plan of %s broken", debt.reference()).isFalse();
            assertThat(plan.remaining()).isEqualTo(workspace.money().balance(debt.id()).owed());
            assertThat(plan.instalments()).filteredOn(i -> i.due().isBefore(AS_OF))
                    .allSatisfy(i -> assertThat(i.paidOn()).isEqualTo(i.due()));
            if (plan.paid().isPositive()) {
                withPayments++;
            }
        }
        assertThat(withPayments).isGreaterThan(inPlan.size() / 2);
    }

    @Test
    void debtorsPayTheWaysPeoplePayInTheirCountry() {
        int payments = 0;
        for (DebtView debt : debts) {
            List<PaymentMethod> methods = workspace.money().ledger(debt.id()).stream()
                    .map(LedgerRow::paymentMethod).filter(java.util.Objects::nonNull).toList();
            payments += methods.size();
            assertThat(methods).as("how %s debtors pay", debt.currency())
                    .doesNotContainAnyElementsOf(debt.currency().equals("CNY")
                            ? List.of(PaymentMethod.CHEQUE, PaymentMethod.CASH)
                            : List.of(PaymentMethod.ALIPAY, PaymentMethod.WECHAT_PAY));
        }
        assertThat(payments).isGreaterThan(100);
    }
}
