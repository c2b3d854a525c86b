package org.recoup.service.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.AllocationOrder;
import org.recoup.domain.AuditEntry;
import org.recoup.domain.Bucket;
import org.recoup.domain.DayCount;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.ValidationException;
import org.recoup.domain.view.DebtorRow;

class MoneyServiceTest {

    @TempDir
    Path dir;

    private Fixture f;
    private MoneyService money;
    private long client;
    private long debtor;
    /** 1,000.00 principal, 50.00 interest, 25.00 fees; debtor in California (4 years), delinquent 2025-06-01. */
    private long debt;

    @BeforeEach
    void setUp() {
        f = new Fixture(dir, "2026-03-01");
        money = f.money;
        client = f.client("Acme Bank", 5);
        debtor = f.debtor("Ann Lee", "US", "CA");
        debt = f.debt(client, debtor, "L-1", "USD", "1000", "50", "25", "2026-01-05", "2025-06-01");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private PostingReceipt pay(long debtId, String amount, String date) {
        return money.recordPayment(new PaymentRequest(debtId, new BigDecimal(amount), LocalDate.parse(date),
                PaymentMethod.BANK_TRANSFER, "REF " + amount, null));
    }

    private static List<String> buckets(BalanceView b) {
        return List.of(b.principal().toPlainString(), b.interest().toPlainString(), b.fees().toPlainString(),
                b.credit().toPlainString());
    }

    private List<AuditEntry> audit(AuditEntry.Subject subject, long id) {
        return f.db.read(s -> s.audit().about(subject, id));
    }

    // ---------------------------------------------------------------- payments

    @Test
    void paymentGoesToFeesThenInterestThenPrincipal() {
        PostingReceipt receipt = money.recordPayment(new PaymentRequest(debt, new BigDecimal("100"),
                LocalDate.parse("2026-02-20"), PaymentMethod.CHEQUE, "CHQ 88", "first payment"));

        assertThat(receipt.entry().type()).isEqualTo(LedgerEntryType.PAYMENT);
        assertThat(List.of(receipt.entry().principal(), receipt.entry().interest(), receipt.entry().fees()))
                .extracting(m -> m.toPlainString()).containsExactly("-25.00", "-50.00", "-25.00");
        assertThat(receipt.entry().paymentMethod()).isEqualTo(PaymentMethod.CHEQUE);
        assertThat(receipt.entry().paymentReference()).isEqualTo("CHQ 88");
        assertThat(receipt.entry().paymentAmount().toPlainString()).isEqualTo("100.00");
        assertThat(buckets(receipt.balance())).containsExactly("975.00", "0.00", "0.00", "0.00");
        assertThat(receipt.balance().owed().toPlainString()).isEqualTo("975.00");
        assertThat(receipt.statusChanged()).isFalse();
        assertThat(receipt.warnings()).isEmpty();
        assertThat(money.ledger(debt)).extracting(r -> r.owedAfter().toPlainString()).containsExactly("1075.00", "975.00");
    }

    @Test
    void paymentFollowsTheClientsAllocationOrder() {
        money.setAllocationOrder(client, AllocationOrder.of(Bucket.PRINCIPAL, Bucket.INTEREST, Bucket.FEES));
        PostingReceipt receipt = pay(debt, "1010", "2026-02-20");
        assertThat(buckets(receipt.balance())).containsExactly("0.00", "40.00", "25.00", "0.00");
        assertThat(money.allocationOrder(client).text()).isEqualTo("PRINCIPAL,INTEREST,FEES");
    }

    @Test
    void overpaymentIsACreditOwedBackAndTheDebtBecomesPaid() {
        PostingReceipt receipt = pay(debt, "1100", "2026-02-20");
        assertThat(buckets(receipt.balance())).containsExactly("0.00", "0.00", "0.00", "25.00");
        assertThat(receipt.balance().owed().isZero()).isTrue();
        assertThat(receipt.statusBefore()).isEqualTo(DebtStatus.NEW);
        assertThat(receipt.statusAfter()).isEqualTo(DebtStatus.PAID);
        assertThat(audit(AuditEntry.Subject.DEBT, debt)).last()
                .satisfies(a -> assertThat(a.getFromValue() + ">" + a.getToValue()).isEqualTo("NEW>PAID"));
    }

    @Test
    void reversalRestoresEveryBucketExactlyAndReopensThePaidDebt() {
        BalanceView before = money.balance(debt);
        PostingReceipt payment = pay(debt, "1100", "2026-02-20");
        PostingReceipt reversal = money.reversePayment(payment.entry().id(), LocalDate.parse("2026-02-25"),
                "cheque returned unpaid");

        assertThat(buckets(reversal.balance())).isEqualTo(buckets(before));
        assertThat(reversal.entry().type()).isEqualTo(LedgerEntryType.REVERSAL);
        assertThat(reversal.entry().reversesId()).isEqualTo(payment.entry().id());
        assertThat(reversal.entry().credit().toPlainString()).isEqualTo("-25.00");
        assertThat(reversal.entry().paymentReference()).isEqualTo("REF 1100");
        assertThat(reversal.statusAfter()).isEqualTo(DebtStatus.ACTIVE);
        assertThat(audit(AuditEntry.Subject.DEBT, debt)).last()
                .satisfies(a -> assertThat(a.getReason()).contains("reversed: cheque returned unpaid"));
        LedgerRow paymentRow = money.ledger(debt).stream().filter(r -> r.id() == payment.entry().id()).findFirst().orElseThrow();
        assertThat(paymentRow.reversedBy()).isEqualTo(reversal.entry().id());
        assertThat(paymentRow.reversible()).isFalse();
    }

    @Test
    void onlyAPaymentCanBeReversedAndOnlyOnceAndNotBeforeItsDate() {
        long payment = pay(debt, "100", "2026-02-20").entry().id();
        long placement = money.ledger(debt).get(0).id();
        LocalDate day = LocalDate.parse("2026-02-25");

        assertThatThrownBy(() -> money.reversePayment(placement, day, "wrong"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is a PLACEMENT");
        assertThatThrownBy(() -> money.reversePayment(payment, LocalDate.parse("2026-02-19"), "chargeback"))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field())
                .isEqualTo("reversal.date");
        assertThatThrownBy(() -> money.reversePayment(987654, day, "chargeback"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no ledger entry 987654");
        money.reversePayment(payment, day, "chargeback");
        assertThatThrownBy(() -> money.reversePayment(payment, day, "chargeback"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already reversed");
        assertThatThrownBy(() -> money.reversePayment(payment, day, " "))
                .isInstanceOf(ValidationException.class).hasMessage("reversal.reason: is required");
    }

    @Test
    void badPaymentsAreRefusedNamingTheFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> pay(debt, "100", "2026-03-02"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("payment.date: is in the future");
        assertThatThrownBy(() -> pay(debt, "0", "2026-03-01"))
                .isInstanceOf(ValidationException.class).hasMessage("payment.amount: must be above zero");
        assertThatThrownBy(() -> pay(debt, "10.001", "2026-03-01"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("payment.amount: 10.001 has more decimals than USD allows (2)");
        assertThatThrownBy(() -> pay(424242, "10", "2026-03-01"))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field()).isEqualTo("debt");
        assertThatThrownBy(() -> money.recordPayment(new PaymentRequest(debt, BigDecimal.TEN, LocalDate.parse("2026-03-01"),
                null, null, null))).isInstanceOf(ValidationException.class).hasMessage("payment.method: is required");
        assertThat(money.ledger(debt)).hasSize(1);
    }

    @Test
    void paymentKeepsTheDebtorListCurrent() {
        pay(debt, "100", "2026-02-20");
        DebtorRow row = f.db.read(s -> s.queries().row(debtor));
        assertThat(row.balance()).isEqualByComparingTo("975");
    }

    // ---------------------------------------------------------------- interest

    @Test
    void interestAccruesOnDemandWithoutWritingAndIsPostedOnlyOnce() {
        money.setInterestTerms(debt, new BigDecimal("10"), DayCount.ACT_365F, LocalDate.parse("2026-01-05"), null);

        // 5 Jan to 1 Mar: 55 days; 1,000.00 × 10 % × 55/365 = 15.07
        assertThat(money.balance(debt).accruedInterest().toPlainString()).isEqualTo("15.07");
        assertThat(money.accruedInterest(debt, LocalDate.parse("2027-01-05")).accrued().toPlainString()).isEqualTo("100.00");
        assertThat(money.ledger(debt)).hasSize(1);

        // 27 days: 7.397 -> 7.40
        PostingReceipt posted = money.postInterest(debt, LocalDate.parse("2026-02-01")).orElseThrow();
        assertThat(posted.entry().interest().toPlainString()).isEqualTo("7.40");
        assertThat(posted.entry().valueDate()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(money.postInterest(debt, LocalDate.parse("2026-02-01"))).isEmpty();
        assertThat(money.postInterest(debt, LocalDate.parse("2026-01-20"))).isEmpty();

        // a payment posts the interest up to its date first: 14 days on 1,000.00 = 3.84
        PostingReceipt payment = pay(debt, "100", "2026-02-15");
        assertThat(payment.interestPosted().interest().toPlainString()).isEqualTo("3.84");
        assertThat(buckets(payment.balance())).containsExactly("986.24", "0.00", "0.00", "0.00");

        InterestView interest = money.interest(debt).orElseThrow();
        assertThat(interest.posted().toPlainString()).isEqualTo("11.24");
        assertThat(interest.postedThrough()).isEqualTo(LocalDate.parse("2026-02-15"));
        // 14 days on 986.24 = 3.7828 -> 3.78
        assertThat(interest.accrued().toPlainString()).isEqualTo("3.78");
        assertThat(money.ledger(debt)).extracting(LedgerRow::type).containsExactly(LedgerEntryType.PLACEMENT,
                LedgerEntryType.INTEREST, LedgerEntryType.INTEREST, LedgerEntryType.PAYMENT);
    }

    @Test
    void interestStopsAtItsCap() {
        money.setInterestTerms(debt, new BigDecimal("10"), DayCount.ACT_360, LocalDate.parse("2026-01-05"),
                new BigDecimal("5"));
        PostingReceipt posted = money.postInterest(debt, LocalDate.parse("2026-02-01")).orElseThrow();
        assertThat(posted.entry().interest().toPlainString()).isEqualTo("5.00");
        assertThat(posted.entry().memo()).contains("capped");
        assertThat(money.postInterest(debt, LocalDate.parse("2026-03-01"))).isEmpty();
        assertThat(money.balance(debt).interestCapped()).isTrue();
    }

    @Test
    void changingTheTermsPostsWhatTheOldTermsAccruedFirst() {
        money.setInterestTerms(debt, new BigDecimal("10"), DayCount.ACT_365F, LocalDate.parse("2026-01-05"), null);
        InterestView changed = money.setInterestTerms(debt, new BigDecimal("20"), DayCount.ACT_365F,
                LocalDate.parse("2026-01-05"), null);
        assertThat(changed.posted().toPlainString()).isEqualTo("15.07");
        assertThat(changed.postedThrough()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(changed.annualRatePercent()).isEqualByComparingTo("20");
        assertThatThrownBy(() -> money.setInterestTerms(debt, new BigDecimal("-1"), DayCount.ACT_365F,
                LocalDate.parse("2026-01-05"), null)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("interest.rate");
    }

    // ---------------------------------------------------------------- fees, adjustments, write-offs

    @Test
    void feesAdjustmentsAndWriteOffs() {
        assertThat(money.addFee(debt, new BigDecimal("15"), LocalDate.parse("2026-02-10"), "late fee").balance().fees()
                .toPlainString()).isEqualTo("40.00");
        assertThatThrownBy(() -> money.adjust(debt, Bucket.INTEREST, new BigDecimal("-60"), LocalDate.parse("2026-02-11"), "waive"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("adjustment.amount: would take interest below zero (it holds 50.00 USD)");
        PostingReceipt waived = money.adjust(debt, Bucket.INTEREST, new BigDecimal("-50"), LocalDate.parse("2026-02-11"),
                "goodwill");
        assertThat(waived.balance().interest().isZero()).isTrue();
        assertThat(waived.entry().memo()).isEqualTo("goodwill");

        PostingReceipt writeOff = money.writeOff(debt, null, LocalDate.parse("2026-02-12"), "debtor bankrupt");
        assertThat(writeOff.balance().owed().isZero()).isTrue();
        assertThat(writeOff.entry().owedChange().toPlainString()).isEqualTo("-1040.00");
        assertThat(writeOff.statusAfter()).isEqualTo(DebtStatus.CLOSED);
        assertThatThrownBy(() -> money.writeOff(debt, null, LocalDate.parse("2026-02-12"), "again"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nothing is owed");
        assertThatThrownBy(() -> money.addFee(debt, BigDecimal.ONE, LocalDate.parse("2026-02-13"), "letter"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("CLOSED debt takes no fees");
    }

    @Test
    void writingEverythingOffIsRefusedWhileAPlanIsActive() {
        money.agreePlan(debt, PlanRequest.instalments(null, 2, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-10"), true));
        assertThatThrownBy(() -> money.writeOff(debt, null, LocalDate.parse("2026-03-01"), "uncollectable"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cancel it before writing everything off");
        assertThatThrownBy(() -> money.writeOff(debt, new BigDecimal("1075"), LocalDate.parse("2026-03-01"), "all"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cancel it before writing everything off");
        assertThat(money.writeOff(debt, new BigDecimal("75"), LocalDate.parse("2026-03-01"), "waive charges")
                .statusAfter()).isEqualTo(DebtStatus.PLAN);
    }

    @Test
    void partialWriteOffFollowsTheAllocationOrderAndLeavesTheStatus() {
        PostingReceipt receipt = money.writeOff(debt, new BigDecimal("60"), LocalDate.parse("2026-02-12"), "waive charges");
        assertThat(buckets(receipt.balance())).containsExactly("1000.00", "15.00", "0.00", "0.00");
        assertThat(receipt.statusChanged()).isFalse();
    }

    // ---------------------------------------------------------------- itemization and limitation

    @Test
    void itemizationAddsUpToTheBalance() {
        pay(debt, "100", "2026-02-20");
        money.addFee(debt, new BigDecimal("15"), LocalDate.parse("2026-02-21"), "late fee");
        ItemizationView itemization = money.itemization(debt);
        assertThat(itemization.itemizationDate()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(List.of(itemization.amountOnItemizationDate(), itemization.interest(), itemization.fees(),
                itemization.paymentsAndCredits(), itemization.current())).extracting(m -> m.toPlainString())
                .containsExactly("1075.00", "0.00", "15.00", "100.00", "990.00");
        assertThat(itemization.current()).isEqualTo(money.balance(debt).owed());
    }

    @Test
    void limitationDefaultsByJurisdictionAndCountsFromTheLastPayment() {
        LimitationView limitation = money.limitation(debt);
        assertThat(limitation.years()).isEqualTo(4);
        assertThat(limitation.jurisdiction()).isEqualTo("US-CA");
        assertThat(limitation.startBasis()).isEqualTo(LimitationView.StartBasis.DELINQUENCY);
        assertThat(limitation.expiry()).isEqualTo(LocalDate.parse("2029-06-01"));
        assertThat(limitation.revivalWarning()).isFalse();

        pay(debt, "10", "2026-02-20");
        limitation = money.limitation(debt);
        assertThat(limitation.startBasis()).isEqualTo(LimitationView.StartBasis.LAST_PAYMENT);
        assertThat(limitation.expiry()).isEqualTo(LocalDate.parse("2030-02-20"));
    }

    @Test
    void limitationYearsSetOnTheDebtFromFebruary29() {
        long leap = f.debt(client, debtor, "L-29", "USD", "100", "0", "0", "2026-01-05", "2024-02-29");
        LimitationView limitation = money.setLimitationYears(leap, 3);
        assertThat(limitation.yearsSetOnDebt()).isTrue();
        assertThat(limitation.expiry()).isEqualTo(LocalDate.parse("2027-02-28"));
    }

    @Test
    void paymentWarnsWhenTheLimitationRunsOutWithin90Days() {
        long uk = f.debtor("Bob Hall", "GB", null);
        long soon = f.debt(client, uk, "G-1", "GBP", "500", "0", "0", "2026-01-05", "2020-03-15");
        PostingReceipt receipt = pay(soon, "10", "2026-03-01");
        assertThat(receipt.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(MoneyWarning.LIMITATION_EXPIRING);
            assertThat(w.message()).contains("runs out on 2026-03-15 (in 14 days)").contains("may revive it");
        });
        assertThat(receipt.entry().type()).isEqualTo(LedgerEntryType.PAYMENT);
    }

    @Test
    void paymentWarnsWhenTheLimitationHasRunOut() {
        long uk = f.debtor("Bob Hall", "GB", null);
        long barred = f.debt(client, uk, "G-2", "GBP", "500", "0", "0", "2026-01-05", "2019-01-01");
        assertThat(money.limitation(barred).expired()).isTrue();
        assertThat(pay(barred, "10", "2026-03-01").warnings()).singleElement()
                .satisfies(w -> assertThat(w.code()).isEqualTo(MoneyWarning.LIMITATION_EXPIRED));
        assertThat(pay(debt, "10", "2026-03-01").warnings()).isEmpty();
    }

    @Test
    void paymentWarningsTellBeforehandWhatRecordingThePaymentWouldWarnAndWriteNothing() {
        long uk = f.debtor("Bob Hall", "GB", null);
        long barred = f.debt(client, uk, "G-2", "GBP", "500", "0", "0", "2026-01-05", "2019-01-01");
        long soon = f.debt(client, uk, "G-1", "GBP", "500", "0", "0", "2026-01-05", "2020-03-15");

        List<MoneyWarning> beforehand = money.paymentWarnings(barred, LocalDate.parse("2026-03-01"));
        assertThat(beforehand).extracting(MoneyWarning::code).containsExactly(MoneyWarning.LIMITATION_EXPIRED);
        assertThat(money.paymentWarnings(soon, LocalDate.parse("2026-03-01"))).extracting(MoneyWarning::code)
                .containsExactly(MoneyWarning.LIMITATION_EXPIRING);
        assertThat(money.paymentWarnings(soon, LocalDate.parse("2025-12-01"))).isEmpty();
        assertThat(money.paymentWarnings(debt, LocalDate.parse("2026-03-01"))).isEmpty();
        assertThat(money.ledger(barred)).hasSize(1);
        assertThat(pay(barred, "10", "2026-03-01").warnings()).isEqualTo(beforehand);
        assertThatThrownBy(() -> money.paymentWarnings(debt, LocalDate.parse("2026-03-02")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("payment.date");
    }

    // ---------------------------------------------------------------- plans

    @Test
    void previewShowsTheScheduleAndTheBalanceAfterEachInstalmentWithoutSavingAnything() {
        PlanPreview preview = money.previewPlan(debt, PlanRequest.instalments(null, 3, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-31"), false));
        assertThat(preview.total().toPlainString()).isEqualTo("1075.00");
        assertThat(preview.lines()).extracting(l -> l.number() + " " + l.due() + " " + l.amount().toPlainString() + " "
                + l.balanceAfter().toPlainString())
                .containsExactly("1 2026-03-31 358.33 716.67", "2 2026-04-30 358.33 358.34", "3 2026-05-31 358.34 0.00");
        assertThat(preview.limitationExpiry()).isEqualTo(LocalDate.parse("2029-06-01"));
        assertThat(preview.runsPastLimitation()).isFalse();
        assertThat(money.plans(debt)).isEmpty();
        assertThat(money.balance(debt).status()).isEqualTo(DebtStatus.NEW);
    }

    @Test
    void previewFlagsAPlanThatRunsPastTheLimitationDate() {
        long uk = f.debtor("Bob Hall", "GB", null);
        long soon = f.debt(client, uk, "G-1", "GBP", "500", "0", "0", "2026-01-05", "2020-06-15");
        PlanPreview preview = money.previewPlan(soon, PlanRequest.instalments(null, 5, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-15"), true));
        assertThat(preview.limitationExpiry()).isEqualTo(LocalDate.parse("2026-06-15"));
        assertThat(preview.runsPastLimitation()).isTrue();
        assertThat(preview.warnings()).extracting(MoneyWarning::code).containsExactly(MoneyWarning.PLAN_PAST_LIMITATION);
    }

    @Test
    void planPaidInFullCompletesAndTheDebtIsPaid() {
        PlanAgreement agreement = money.agreePlan(debt, PlanRequest.instalments(new BigDecimal("75"), 2,
                org.recoup.domain.Frequency.MONTHLY, LocalDate.parse("2026-03-01"), true));
        PlanView plan = agreement.plan();
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.instalments()).extracting(i -> i.number() + " " + i.due() + " " + i.amount().toPlainString())
                .containsExactly("0 2026-03-01 75.00", "1 2026-04-01 500.00", "2 2026-05-01 500.00");
        assertThat(money.balance(debt).status()).isEqualTo(DebtStatus.PLAN);
        assertThat(audit(AuditEntry.Subject.PLAN, plan.planId())).extracting(AuditEntry::getAction).containsExactly("PLAN_AGREED");
        assertThatThrownBy(() -> money.agreePlan(debt, PlanRequest.instalments(null, 2, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-01"), true))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already has an active plan");

        pay(debt, "75", "2026-03-01");
        f.clock.setDate("2026-04-03");
        PostingReceipt second = pay(debt, "500", "2026-04-03");
        assertThat(second.plan().instalments()).extracting(PlanView.InstalmentView::state)
                .containsExactly(PlanView.InstalmentState.PAID, PlanView.InstalmentState.PAID, PlanView.InstalmentState.UPCOMING);
        f.clock.setDate("2026-05-01");
        PostingReceipt last = pay(debt, "500", "2026-05-01");

        assertThat(last.plan().status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(last.statusBefore()).isEqualTo(DebtStatus.PLAN);
        assertThat(last.statusAfter()).isEqualTo(DebtStatus.PAID);
        assertThat(last.balance().owed().isZero()).isTrue();
    }

    @Test
    void partialPaymentsCarryToTheNextInstalment() {
        money.agreePlan(debt, PlanRequest.instalments(null, 3, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-10"), true));
        f.clock.setDate("2026-03-10");
        PlanView plan = pay(debt, "500", "2026-03-10").plan();
        assertThat(plan.instalments()).extracting(i -> i.paid().toPlainString()).containsExactly("358.33", "141.67", "0.00");
        assertThat(plan.next().number()).isEqualTo(2);
        assertThat(plan.remaining().toPlainString()).isEqualTo("575.00");
    }

    @Test
    void unpaidInstalmentBreaksThePlanTheDayAfterTheGraceDaysAndTheDebtIsActiveAgain() {
        PlanView agreed = money.agreePlan(debt, PlanRequest.instalments(null, 3, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-10"), true)).plan();
        f.clock.setDate("2026-03-16");
        assertThat(money.evaluatePlans(LocalDate.parse("2026-03-15"))).isEmpty();
        assertThat(money.plan(debt).orElseThrow().broken()).isTrue();

        List<PlanChange> changes = money.evaluatePlans(LocalDate.parse("2026-03-16"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.planId()).isEqualTo(agreed.planId());
            assertThat(c.status()).isEqualTo(PlanStatus.BROKEN);
            assertThat(c.on()).isEqualTo(LocalDate.parse("2026-03-16"));
            assertThat(c.reason()).isEqualTo("instalment 1 of 358.33 USD due 2026-03-10 was not paid within 5 grace days");
        });
        assertThat(money.balance(debt).status()).isEqualTo(DebtStatus.ACTIVE);
        assertThat(money.plan(debt).orElseThrow().status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(money.debtorsWithBrokenPlans(Set.of(debtor))).containsExactly(debtor);
        assertThat(money.evaluatePlans(LocalDate.parse("2026-03-16"))).isEmpty();
    }

    @Test
    void graceDaysComeFromTheClient() {
        long strict = f.client("Strict Ltd", 2);
        long other = f.debt(strict, debtor, "S-1", "USD", "300", "0", "0", "2026-01-05", "2025-06-01");
        money.agreePlan(other, PlanRequest.instalments(null, 3, org.recoup.domain.Frequency.WEEKLY,
                LocalDate.parse("2026-03-10"), true));
        f.clock.setDate("2026-03-13");
        assertThat(money.evaluatePlans(LocalDate.parse("2026-03-12"))).isEmpty();
        assertThat(money.evaluatePlans(LocalDate.parse("2026-03-13"))).extracting(PlanChange::status)
                .containsExactly(PlanStatus.BROKEN);
    }

    @Test
    void cancellingAPlanReturnsTheDebtToActive() {
        PlanView plan = money.agreePlan(debt, PlanRequest.instalments(null, 3, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-10"), true)).plan();
        PlanView cancelled = money.cancelPlan(plan.planId(), "debtor asked for a new plan");
        assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(cancelled.endReason()).isEqualTo("debtor asked for a new plan");
        assertThat(money.balance(debt).status()).isEqualTo(DebtStatus.ACTIVE);
        assertThatThrownBy(() -> money.cancelPlan(plan.planId(), "again")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already CANCELLED");
    }

    @Test
    void completedSettlementWritesOffTheRestAndSettlesTheDebt() {
        PlanPreview preview = money.previewPlan(debt, PlanRequest.settlement(new BigDecimal("600"), 2,
                org.recoup.domain.Frequency.MONTHLY, LocalDate.parse("2026-03-15")));
        assertThat(preview.discount().toPlainString()).isEqualTo("475.00");
        assertThat(preview.lines()).extracting(l -> l.balanceAfter().toPlainString() + "/" + l.writtenOff().toPlainString())
                .containsExactly("775.00/0.00", "0.00/475.00");
        assertThatThrownBy(() -> money.previewPlan(debt, PlanRequest.settlement(new BigDecimal("1075"), 1,
                org.recoup.domain.Frequency.MONTHLY, LocalDate.parse("2026-03-15")))).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("plan.total: a settlement must be below the balance");

        money.agreePlan(debt, PlanRequest.settlement(new BigDecimal("600"), 2, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-15")));
        f.clock.setDate("2026-03-15");
        pay(debt, "300", "2026-03-15");
        f.clock.setDate("2026-04-15");
        PostingReceipt last = pay(debt, "300", "2026-04-15");

        assertThat(last.plan().status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(last.statusAfter()).isEqualTo(DebtStatus.SETTLED);
        assertThat(last.balance().owed().isZero()).isTrue();
        LedgerRow writeOff = money.ledger(debt).get(money.ledger(debt).size() - 1);
        assertThat(writeOff.type()).isEqualTo(LedgerEntryType.WRITE_OFF);
        assertThat(writeOff.owedChange().toPlainString()).isEqualTo("-475.00");
    }

    @Test
    void plansPauseInterestWhenTheySaySo() {
        money.setInterestTerms(debt, new BigDecimal("10"), DayCount.ACT_365F, LocalDate.parse("2026-01-05"), null);
        PlanAgreement agreement = money.agreePlan(debt, PlanRequest.instalments(null, 2, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-31"), true));
        assertThat(agreement.plan().total().toPlainString()).isEqualTo("1090.07");
        f.clock.setDate("2026-03-20");
        assertThat(money.balance(debt).accruedInterest().isZero()).isTrue();

        money.cancelPlan(agreement.plan().planId(), "renegotiating");
        f.clock.setDate("2026-04-20");
        // paused 1 to 20 March; 31 days since on 1,000.00 = 8.49
        assertThat(money.balance(debt).accruedInterest().toPlainString()).isEqualTo("8.49");
    }

    @Test
    void planRulesAreCheckedBeforeAnythingIsSaved() {
        assertThatThrownBy(() -> money.agreePlan(debt, PlanRequest.instalments(null, 3, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-02-28"), true))).isInstanceOf(ValidationException.class)
                .hasMessage("plan.start: is before today (2026-03-01)");
        assertThatThrownBy(() -> money.agreePlan(debt, PlanRequest.instalments(new BigDecimal("1075"), 3,
                org.recoup.domain.Frequency.MONTHLY, LocalDate.parse("2026-03-02"), true)))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field())
                .isEqualTo("plan.downPayment");
        assertThatThrownBy(() -> money.agreePlan(debt, new PlanRequest(org.recoup.domain.PlanKind.INSTALMENT,
                new BigDecimal("2000"), null, 3, org.recoup.domain.Frequency.MONTHLY, LocalDate.parse("2026-03-02"), true)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("plan.total: is more than the balance");
        assertThat(money.plans(debt)).isEmpty();
        assertThat(money.balance(debt).status()).isEqualTo(DebtStatus.NEW);
        pay(debt, "1075", "2026-03-01");
        assertThatThrownBy(() -> money.previewPlan(debt, PlanRequest.instalments(null, 3, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-02"), true))).isInstanceOf(ValidationException.class)
                .hasMessage("debt.status: a PAID debt cannot take a plan");
    }

    @Test
    void overviewGathersWhatTheTabShows() {
        money.agreePlan(debt, PlanRequest.instalments(null, 2, org.recoup.domain.Frequency.MONTHLY,
                LocalDate.parse("2026-03-10"), true));
        MoneyOverview overview = money.overview(debt);
        assertThat(overview.balance().owed().toPlainString()).isEqualTo("1075.00");
        assertThat(overview.ledger()).hasSize(1);
        assertThat(overview.plan().status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(overview.limitation().years()).isEqualTo(4);
        assertThat(overview.interest()).isNull();
    }

    // ---------------------------------------------------------------- finding debts

    @Test
    void aReferenceSharedByTwoClientsNeedsTheClientsName() {
        long beta = f.client("Beta Ltd", 5);
        f.debt(beta, debtor, "L-1", "USD", "10", "0", "0", "2026-01-05", null);
        assertThatThrownBy(() -> money.resolveDebt("L-1", null)).isInstanceOf(AmbiguousReferenceException.class)
                .hasMessageContaining("Acme Bank, Beta Ltd");
        assertThat(money.resolveDebt("L-1", "beta ltd").clientName()).isEqualTo("Beta Ltd");
        assertThat(money.resolveDebt("L-1", "Acme Bank").debtId()).isEqualTo(debt);
        assertThatThrownBy(() -> money.resolveDebt("X-9", null)).isInstanceOf(ValidationException.class)
                .hasMessage("debt: there is no debt with reference 'X-9'");
        assertThatThrownBy(() -> money.resolveDebt("L-1", "Nobody")).isInstanceOf(ValidationException.class)
                .hasMessage("client: there is no client named 'Nobody'");
    }
}
