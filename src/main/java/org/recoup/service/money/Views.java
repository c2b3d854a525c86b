package org.recoup.service.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.recoup.domain.InterestTerms;
import org.recoup.domain.Instalment;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.RepaymentPlan;
import org.recoup.domain.view.LedgerLine;
import org.recoup.money.Accrued;
import org.recoup.money.Buckets;
import org.recoup.money.InstalmentProgress;
import org.recoup.money.PlanPayment;
import org.recoup.money.PlanProgress;
import org.recoup.money.ScheduledInstalment;

/** Turns a debt's book into the view records of this package. */
final class Views {

    private Views() {
    }

    static BalanceView balance(DebtBook book, LocalDate asOf) {
        Buckets balance = book.balance();
        Accrued accrued = book.accrued(asOf);
        return new BalanceView(book.id(), book.debt.getReference(), book.currency(), book.debt.getStatus(), asOf,
                balance.principal(), balance.interest(), balance.fees(), balance.owed(), balance.credit(),
                accrued.amount(), accrued.capped(), balance.owed().plus(accrued.amount()));
    }

    static List<LedgerRow> ledger(DebtBook book) {
        List<LedgerLine> lines = new ArrayList<>(book.lines());
        lines.sort(java.util.Comparator.comparing(LedgerLine::valueDate).thenComparingLong(LedgerLine::id));
        Map<Long, Long> reversedBy = new HashMap<>();
        for (LedgerLine line : lines) {
            if (line.reversesId() != null) {
                reversedBy.put(line.reversesId(), line.id());
            }
        }
        List<LedgerRow> rows = new ArrayList<>(lines.size());
        Money owed = book.zero();
        for (LedgerLine line : lines) {
            owed = owed.plus(line.owedChange());
            rows.add(row(line, owed, reversedBy.get(line.id())));
        }
        return rows;
    }

    static LedgerRow row(LedgerLine line, Money owedAfter, Long reversedBy) {
        return new LedgerRow(line.id(), line.type(), line.valueDate(), line.recordedAt(), line.principal(),
                line.interest(), line.fees(), line.credit(), line.owedChange(), owedAfter, line.paymentMethod(),
                line.paymentReference(), line.memo(), line.reversesId(), reversedBy);
    }

    static List<ScheduledInstalment> schedule(RepaymentPlan plan) {
        List<ScheduledInstalment> schedule = new ArrayList<>();
        for (Instalment instalment : plan.getInstalments()) {
            schedule.add(new ScheduledInstalment(instalment.getNumber(), instalment.getDueDate(), instalment.getAmount()));
        }
        return schedule;
    }

    /** Payments towards a plan: those recorded once it was agreed, and not reversed. */
    static List<PlanPayment> planPayments(DebtBook book, RepaymentPlan plan) {
        java.util.Set<Long> reversed = book.reversedPaymentIds();
        List<PlanPayment> payments = new ArrayList<>();
        for (LedgerLine line : book.lines()) {
            if (line.type() == LedgerEntryType.PAYMENT && !reversed.contains(line.id())
                    && !line.recordedAt().isBefore(plan.getAgreedAt())) {
                payments.add(new PlanPayment(line.valueDate(), line.credit().minus(line.owedChange())));
            }
        }
        return payments;
    }

    static PlanProgress progress(DebtBook book, RepaymentPlan plan, LocalDate asOf, int graceDays) {
        LocalDate on = plan.getEndedOn() != null && plan.getEndedOn().isBefore(asOf) ? plan.getEndedOn() : asOf;
        return PlanProgress.evaluate(schedule(plan), planPayments(book, plan), on, graceDays);
    }

    static PlanView plan(DebtBook book, RepaymentPlan plan, LocalDate asOf, int graceDays) {
        PlanProgress progress = progress(book, plan, asOf, graceDays);
        List<PlanView.InstalmentView> instalments = new ArrayList<>();
        for (InstalmentProgress line : progress.instalments()) {
            instalments.add(new PlanView.InstalmentView(line.number(), line.due(), line.amount(), line.paid(),
                    line.remaining(), line.paidOn(), PlanView.InstalmentState.valueOf(line.state().name()),
                    line.paidLate()));
        }
        PlanView.InstalmentView next = instalments.stream()
                .filter(i -> i.state() != PlanView.InstalmentState.PAID).findFirst().orElse(null);
        boolean broken = plan.getStatus() == PlanStatus.BROKEN
                || (plan.getStatus() == PlanStatus.ACTIVE && progress.status() == PlanStatus.BROKEN);
        return new PlanView(plan.getId(), plan.getDebtId(), plan.getKind(), plan.getStatus(), progress.status(), broken,
                asOf, plan.getCurrency(), plan.getTotal(), plan.getDownPayment(), plan.getInstalmentCount(),
                plan.getFrequency(), plan.getStartDate(), plan.isPauseInterest(), plan.getAgreedOn(), plan.getEndedOn(),
                plan.getEndReason(), progress.paid(), progress.remaining(), List.copyOf(instalments), next);
    }

    static InterestView interest(DebtBook book, LocalDate asOf) {
        InterestTerms terms = book.terms().orElse(null);
        if (terms == null) {
            return null;
        }
        Money posted = book.zero();
        LocalDate through = null;
        for (LedgerLine line : book.lines()) {
            if (line.type() == LedgerEntryType.INTEREST) {
                posted = posted.plus(line.interest());
                through = through == null || line.valueDate().isAfter(through) ? line.valueDate() : through;
            }
        }
        Accrued accrued = book.accrued(asOf);
        return new InterestView(book.id(), terms.getAnnualRatePercent(), terms.getDayCount(), terms.getStartDate(),
                terms.getCap(), posted, through, asOf, accrued.amount(), accrued.days(), accrued.capped());
    }
}
