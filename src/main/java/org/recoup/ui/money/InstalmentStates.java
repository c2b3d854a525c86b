package org.recoup.ui.money;

import java.time.LocalDate;

import org.recoup.service.money.PlanView;
import org.recoup.service.money.PlanView.InstalmentView;

/** How an instalment's progress reads in the plan table. */
public final class InstalmentStates {

    /** Paid (on time or late), partly paid, upcoming, due today, overdue within the grace days, or missed. */
    public enum Shown { PAID, PAID_LATE, PARTLY_PAID, UPCOMING, DUE, OVERDUE, MISSED }

    private InstalmentStates() {
    }

    public static Shown of(InstalmentView instalment, LocalDate asOf) {
        boolean partly = instalment.paid().isPositive() && instalment.remaining().isPositive();
        return switch (instalment.state()) {
            case PAID -> instalment.paidLate() ? Shown.PAID_LATE : Shown.PAID;
            case MISSED -> Shown.MISSED;
            case DUE -> instalment.due().isBefore(asOf) ? Shown.OVERDUE : partly ? Shown.PARTLY_PAID : Shown.DUE;
            case UPCOMING -> partly ? Shown.PARTLY_PAID : Shown.UPCOMING;
        };
    }

    /** The first instalment that went unpaid past its grace days: what broke the plan. */
    public static InstalmentView firstMissed(PlanView plan) {
        return plan.instalments().stream().filter(i -> i.state() == PlanView.InstalmentState.MISSED).findFirst()
                .orElse(null);
    }
}
