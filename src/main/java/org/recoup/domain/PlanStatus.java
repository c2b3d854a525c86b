package org.recoup.domain;

/** Where a repayment plan stands: ACTIVE until it is COMPLETED, BROKEN or CANCELLED, which are final. */
public enum PlanStatus {
    ACTIVE, COMPLETED, BROKEN, CANCELLED;

    public boolean isFinal() {
        return this != ACTIVE;
    }
}
