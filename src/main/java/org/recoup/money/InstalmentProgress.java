package org.recoup.money;

import java.time.LocalDate;

import org.recoup.domain.Money;

/**
 * How far one instalment has been paid.
 *
 * @param paidOn   the day payments first covered it in full; null while they have not
 * @param paidLate true when it was covered only after its grace days had run out
 */
public record InstalmentProgress(int number, LocalDate due, Money amount, Money paid, LocalDate paidOn,
                                 State state, boolean paidLate) {

    public enum State {
        /** Covered in full. */
        PAID,
        /** Not due yet (something may already be paid towards it). */
        UPCOMING,
        /** Due and not covered, within the grace days. */
        DUE,
        /** Not covered when its grace days ran out: it breaks the plan. */
        MISSED
    }

    public Money remaining() {
        return amount.minus(paid);
    }
}
