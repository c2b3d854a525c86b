package org.recoup.service.money;

import java.time.LocalDate;

/**
 * A debt's statute of limitations as of a date.
 *
 * @param yearsSetOnDebt true when the years were set on the debt, false for the jurisdiction's default
 * @param jurisdiction   where the default comes from, e.g. {@code US-CA}, {@code GB}, {@code default}
 * @param start          null when neither a payment nor a delinquency date is known
 * @param expiry         the first day the debt is time-barred; null when unknown
 * @param daysLeft       days from {@code asOf} to the expiry (negative once past); null when unknown
 * @param revivalWarning expired or expiring within 90 days: a payment may revive it
 */
public record LimitationView(long debtId, LocalDate asOf, int years, boolean yearsSetOnDebt, String jurisdiction,
                             LocalDate start, StartBasis startBasis, LocalDate expiry, boolean expired,
                             Long daysLeft, boolean revivalWarning) {

    /** What the period counts from. */
    public enum StartBasis { LAST_PAYMENT, DELINQUENCY, UNKNOWN }
}
