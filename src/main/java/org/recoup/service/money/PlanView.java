package org.recoup.service.money;

import java.time.LocalDate;
import java.util.List;

import org.recoup.domain.Frequency;
import org.recoup.domain.Money;
import org.recoup.domain.PlanKind;
import org.recoup.domain.PlanStatus;

/**
 * A repayment plan and its progress: what was paid towards each instalment, oldest first.
 *
 * @param status         the plan's recorded status
 * @param progressStatus what the payments say on {@code asOf}: an ACTIVE plan may already read
 *                       BROKEN or COMPLETED before {@code evaluatePlans} records it
 * @param broken         true when the plan is, or reads as, broken: the window makes it stand out
 * @param downPayment    null when there is none
 * @param next           the oldest instalment not yet paid in full, or null
 */
public record PlanView(long planId, long debtId, PlanKind kind, PlanStatus status, PlanStatus progressStatus,
                       boolean broken, LocalDate asOf, String currency, Money total, Money downPayment, int count,
                       Frequency frequency, LocalDate start, boolean pauseInterest, LocalDate agreedOn,
                       LocalDate endedOn, String endReason, Money paid, Money remaining,
                       List<InstalmentView> instalments, InstalmentView next) {

    /**
     * @param paidOn   the day it was covered in full, or null
     * @param paidLate covered only after its grace days ran out
     */
    public record InstalmentView(int number, LocalDate due, Money amount, Money paid, Money remaining,
                                 LocalDate paidOn, InstalmentState state, boolean paidLate) {
    }

    /** PAID in full; UPCOMING (not due yet); DUE (within its grace days); MISSED (grace ran out). */
    public enum InstalmentState { PAID, UPCOMING, DUE, MISSED }
}
