package org.recoup.service.reports;

/** The PDF reports. */
public enum ReportKind {
    /** Outstanding, aging, recovery, collected by month, debts by status, as of today; plans, promises and compliance in the period. */
    PORTFOLIO,
    /** Payments and reversals, contacts and changes of status in the period. */
    ACTIVITY,
    /** Every check that blocked in the period, every override with its reason, and the counts by rule. */
    COMPLIANCE,
    /** For one client: collected in the period, commission, due to the client, and the payments. */
    STATEMENT
}
