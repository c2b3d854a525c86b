package org.recoup.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a debt stands. NEW → ACTIVE → PLAN / DISPUTED / CEASED / LEGAL → PAID / SETTLED / CLOSED /
 * RECALLED; a closed debt can be reopened (a returned cheque turns PAID back into ACTIVE).
 */
public enum DebtStatus {
    NEW, ACTIVE, PLAN, DISPUTED, CEASED, LEGAL, PAID, SETTLED, CLOSED, RECALLED;

    private static final Set<DebtStatus> WORKING = EnumSet.of(ACTIVE, PLAN, DISPUTED, CEASED, LEGAL);
    private static final Set<DebtStatus> ENDED = EnumSet.of(PAID, SETTLED, CLOSED, RECALLED);

    /** The order in which a debtor's statuses make his headline: what most needs a collector's care. */
    private static final java.util.List<DebtStatus> HEADLINE_ORDER =
            java.util.List.of(DISPUTED, CEASED, LEGAL, PLAN, ACTIVE, NEW, PAID, SETTLED, CLOSED, RECALLED);

    /** The status that stands for a debtor with debts in these statuses; null when there are none. */
    public static DebtStatus headline(java.util.Collection<DebtStatus> statuses) {
        for (DebtStatus status : HEADLINE_ORDER) {
            if (statuses.contains(status)) {
                return status;
            }
        }
        return null;
    }

    /** Whether the debt's balance counts in its debtor's balance: all but recalled debts. */
    public boolean countsInBalance() {
        return this != RECALLED;
    }

    /** True once collection on the debt has ended (paid, settled, closed or recalled). */
    public boolean isClosed() {
        return ENDED.contains(this);
    }

    /** Whether a debt in this status may move to {@code next}. */
    public boolean canMoveTo(DebtStatus next) {
        if (next == this) {
            return false;
        }
        if (this == NEW) {
            return next != NEW;
        }
        if (WORKING.contains(this)) {
            return next != NEW;
        }
        // A debt that ended is reopened through ACTIVE, and only through it.
        return next == ACTIVE;
    }
}
