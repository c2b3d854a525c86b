package org.recoup.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.recoup.domain.Money;
import org.recoup.domain.PlanStatus;

/**
 * Where a plan stands on a date, from its schedule and the payments towards it. Payments go to the
 * oldest open instalment first and part-payments carry over, so an instalment is covered on the
 * day the payments add up to everything due up to and including it. An instalment not covered
 * more than the client's grace days after its due date breaks the plan (on due + grace + 1); the
 * plan is completed on the day the payments reach its total. Whichever happened first decides; a
 * plan completed on the very day it would break counts as completed.
 *
 * @param status     ACTIVE, COMPLETED or BROKEN (cancelling is a person's decision, not computed)
 * @param statusDate the day it was completed or broke; null while active
 * @param brokenBy   the number of the instalment that broke it; null unless broken
 * @param paid       everything paid towards the plan up to the date (may exceed the total)
 */
public record PlanProgress(PlanStatus status, LocalDate statusDate, Integer brokenBy, Money total, Money paid,
                           List<InstalmentProgress> instalments) {

    public Money remaining() {
        Money left = total.minus(paid);
        return left.isNegative() ? Money.zero(total.currency()) : left;
    }

    /** The oldest instalment not yet covered, or null when all are. */
    public InstalmentProgress nextOpen() {
        return instalments.stream().filter(i -> i.state() != InstalmentProgress.State.PAID).findFirst().orElse(null);
    }

    public static PlanProgress evaluate(List<ScheduledInstalment> schedule, List<PlanPayment> payments,
                                        LocalDate asOf, int graceDays) {
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one instalment");
        }
        String currency = schedule.get(0).amount().currency();
        Money zero = Money.zero(currency);
        List<PlanPayment> counted = new ArrayList<>();
        for (PlanPayment payment : payments) {
            if (!payment.valueDate().isAfter(asOf)) {
                counted.add(payment);
            }
        }
        counted.sort(Comparator.comparing(PlanPayment::valueDate));
        Money paid = counted.stream().map(PlanPayment::amount).reduce(zero, Money::plus);

        List<InstalmentProgress> lines = new ArrayList<>(schedule.size());
        Money dueSoFar = zero;
        LocalDate brokenOn = null;
        Integer brokenBy = null;
        int payment = 0;
        Money paidSoFar = zero;
        for (ScheduledInstalment instalment : schedule) {
            Money before = dueSoFar;
            dueSoFar = dueSoFar.plus(instalment.amount());
            while (paidSoFar.compareTo(dueSoFar) < 0 && payment < counted.size()) {
                paidSoFar = paidSoFar.plus(counted.get(payment++).amount());
            }
            LocalDate paidOn = paidSoFar.compareTo(dueSoFar) >= 0 ? counted.get(payment - 1).valueDate() : null;
            Money towards = paid.minus(before).max(zero).min(instalment.amount());
            LocalDate graceEnd = instalment.due().plusDays(graceDays);
            boolean late = paidOn != null && paidOn.isAfter(graceEnd);
            InstalmentProgress.State state;
            if (paidOn != null) {
                state = InstalmentProgress.State.PAID;
            } else if (asOf.isBefore(instalment.due())) {
                state = InstalmentProgress.State.UPCOMING;
            } else if (!asOf.isAfter(graceEnd)) {
                state = InstalmentProgress.State.DUE;
            } else {
                state = InstalmentProgress.State.MISSED;
            }
            if (brokenOn == null && asOf.isAfter(graceEnd) && (paidOn == null || late)) {
                brokenOn = graceEnd.plusDays(1);
                brokenBy = instalment.number();
            }
            lines.add(new InstalmentProgress(instalment.number(), instalment.due(), instalment.amount(), towards,
                    paidOn, state, late));
        }
        LocalDate completedOn = lines.get(lines.size() - 1).paidOn();
        Money total = dueSoFar;
        if (completedOn != null && (brokenOn == null || !completedOn.isAfter(brokenOn))) {
            return new PlanProgress(PlanStatus.COMPLETED, completedOn, null, total, paid, List.copyOf(lines));
        }
        if (brokenOn != null) {
            return new PlanProgress(PlanStatus.BROKEN, brokenOn, brokenBy, total, paid, List.copyOf(lines));
        }
        return new PlanProgress(PlanStatus.ACTIVE, null, null, total, paid, List.copyOf(lines));
    }
}
