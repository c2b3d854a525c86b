package org.recoup.domain;

/** Why an action was scheduled. */
public enum ActionPurpose {
    /** Planned by hand. */
    MANUAL,
    /** The debtor asked to be called back. */
    CALLBACK,
    /** A promise to pay was broken. */
    PROMISE_FOLLOW_UP,
    /** A repayment plan broke. */
    PLAN_FOLLOW_UP,
    /** The next step of the client's collection strategy. */
    STRATEGY
}
