package org.recoup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.AllocationOrder;
import org.recoup.domain.Bucket;
import org.recoup.domain.Client;
import org.recoup.domain.DayCount;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Frequency;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PlanKind;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.RepaymentPlan;
import org.recoup.domain.InterestTerms;
import org.recoup.domain.view.LedgerLine;

class MoneyStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private long clientId;
    private long debtorId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("x"));
        clientId = db.write(s -> s.clients().save(new Client("Acme Bank", "US", NOW)).getId());
        debtorId = db.write(s -> s.debtors().save(new Debtor(DebtorKind.PERSON, "Ann Lee", null, Language.EN, NOW)).getId());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Debt debt(String reference, String currency, String principal) {
        return db.write(s -> {
            Debt debt = s.debts().save(new Debt(clientId, debtorId, reference, org.recoup.domain.Product.LOAN, currency, NOW));
            s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.parse("2026-01-01"), NOW,
                    Money.of(principal, currency), Money.zero(currency), Money.zero(currency)));
            return debt;
        });
    }

    private RepaymentPlan plan(Debt debt) {
        RepaymentPlan plan = new RepaymentPlan(debt.getId(), PlanKind.INSTALMENT, Money.of("300", "USD"),
                Money.of("100", "USD"), 2, Frequency.MONTHLY, LocalDate.parse("2026-03-31"), true, NOW,
                LocalDate.parse("2026-03-01"));
        plan.addInstalment(0, LocalDate.parse("2026-03-31"), Money.of("100", "USD"));
        plan.addInstalment(1, LocalDate.parse("2026-04-30"), Money.of("100", "USD"));
        plan.addInstalment(2, LocalDate.parse("2026-05-31"), Money.of("100", "USD"));
        return plan;
    }

    @Test
    void planIsSavedWithItsInstalmentsInOrder() {
        Debt debt = debt("L-1", "USD", "300");
        long planId = db.write(s -> s.plans().save(s.debts().find(debt.getId()).orElseThrow(), plan(debt)).getId());

        RepaymentPlan read = db.read(s -> s.plans().find(planId).orElseThrow());
        assertThat(read.getStatus()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(read.getDownPayment()).isEqualTo(Money.of("100", "USD"));
        assertThat(read.getInstalments()).extracting(i -> i.getNumber() + " " + i.getDueDate() + " " + i.getAmount())
                .containsExactly("0 2026-03-31 100.00 USD", "1 2026-04-30 100.00 USD", "2 2026-05-31 100.00 USD");
        java.util.Optional<RepaymentPlan> active = db.read(s -> s.plans().active(debt.getId()));
        assertThat(active).isPresent();
    }

    @Test
    void aDebtHasAtMostOneActivePlan() {
        Debt debt = debt("L-1", "USD", "300");
        db.write(s -> s.plans().save(s.debts().find(debt.getId()).orElseThrow(), plan(debt)));
        assertThatThrownBy(() -> db.write(s -> s.plans().save(s.debts().find(debt.getId()).orElseThrow(), plan(debt))))
                .hasStackTraceContaining("PLAN_ONE_ACTIVE_PER_DEBT");
    }

    @Test
    void anEndedPlanMakesRoomForANewOneAndABrokenLatestPlanMarksItsDebtor() {
        Debt debt = debt("L-1", "USD", "300");
        long first = db.write(s -> s.plans().save(s.debts().find(debt.getId()).orElseThrow(), plan(debt)).getId());
        db.write(s -> {
            RepaymentPlan plan = s.plans().find(first).orElseThrow();
            s.audit().append(plan.end(PlanStatus.BROKEN, LocalDate.parse("2026-04-06"), "instalment 0 missed", NOW));
            return null;
        });
        Set<Long> marked = db.read(s -> s.plans().debtorsWithBrokenPlans(List.of(debtorId, 999L)));
        assertThat(marked).containsExactly(debtorId);

        db.write(s -> s.plans().save(s.debts().find(debt.getId()).orElseThrow(), plan(debt)));
        List<RepaymentPlan> plans = db.read(s -> s.plans().forDebt(debt.getId()));
        assertThat(plans).extracting(RepaymentPlan::getStatus)
                .containsExactlyInAnyOrder(PlanStatus.ACTIVE, PlanStatus.BROKEN);
        Set<Long> markedAfter = db.read(s -> s.plans().debtorsWithBrokenPlans(Set.of(debtorId)));
        assertThat(markedAfter).isEmpty();
    }

    @Test
    void ledgerLinesKeepEveryCurrencyScaleExactly() {
        Debt yen = debt("Y-1", "JPY", "123457");
        Debt dinar = debt("K-1", "KWD", "1234.567");
        db.write(s -> {
            Debt d = s.debts().find(dinar.getId()).orElseThrow();
            s.ledger().append(d, new LedgerEntry(d.getId(), LedgerEntryType.PAYMENT, LocalDate.parse("2026-02-01"), NOW,
                    Money.of("-1234.567", "KWD"), Money.zero("KWD"), Money.zero("KWD"), Money.of("0.001", "KWD"))
                    .withPayment(PaymentMethod.CHEQUE, "CHQ 1"));
            return null;
        });
        List<LedgerLine> yenLines = db.read(s -> s.ledgerLines().forDebt(yen.getId()));
        assertThat(yenLines).singleElement().satisfies(l -> assertThat(l.principal().toPlainString()).isEqualTo("123457"));
        List<LedgerLine> dinarLines = db.read(s -> s.ledgerLines().forDebt(dinar.getId()));
        assertThat(dinarLines).extracting(LedgerLine::type).containsExactly(LedgerEntryType.PLACEMENT, LedgerEntryType.PAYMENT);
        LedgerLine payment = dinarLines.get(1);
        assertThat(payment.principal().toPlainString()).isEqualTo("-1234.567");
        assertThat(payment.credit().toPlainString()).isEqualTo("0.001");
        assertThat(payment.paymentMethod()).isEqualTo(PaymentMethod.CHEQUE);
        assertThat(payment.paymentReference()).isEqualTo("CHQ 1");
        java.util.Optional<Long> reversal = db.read(s -> s.ledgerLines().reversalOf(payment.id()));
        assertThat(reversal).isEmpty();
    }

    @Test
    void interestTermsAndAllocationOrderAreKeptPerDebtAndPerClient() {
        Debt debt = debt("L-1", "USD", "300");
        db.write(s -> s.moneyTerms().saveInterest(new InterestTerms(debt.getId(), "USD", new BigDecimal("18.5"),
                DayCount.THIRTY_360, LocalDate.parse("2026-01-01"), Money.of("50", "USD"), NOW)));
        db.write(s -> {
            InterestTerms terms = s.moneyTerms().interest(debt.getId()).orElseThrow();
            terms.change(new BigDecimal("12.25"), DayCount.ACT_360, LocalDate.parse("2026-02-01"), null, NOW);
            return s.moneyTerms().saveInterest(terms);
        });
        InterestTerms read = db.read(s -> s.moneyTerms().interest(debt.getId()).orElseThrow());
        assertThat(read.getAnnualRatePercent()).isEqualByComparingTo("12.25");
        assertThat(read.getDayCount()).isEqualTo(DayCount.ACT_360);
        assertThat(read.getCap()).isNull();

        AllocationOrder before = db.read(s -> s.moneyTerms().allocationOrder(clientId));
        assertThat(before).isEqualTo(AllocationOrder.DEFAULT);
        AllocationOrder principalFirst = AllocationOrder.of(Bucket.PRINCIPAL, Bucket.INTEREST, Bucket.FEES);
        db.write(s -> {
            s.moneyTerms().setAllocationOrder(clientId, principalFirst);
            return null;
        });
        AllocationOrder after = db.read(s -> s.moneyTerms().allocationOrder(clientId));
        assertThat(after).isEqualTo(principalFirst);
        db.write(s -> {
            s.moneyTerms().removeInterest(debt.getId());
            return null;
        });
        java.util.Optional<InterestTerms> removed = db.read(s -> s.moneyTerms().interest(debt.getId()));
        assertThat(removed).isEmpty();
    }
}
