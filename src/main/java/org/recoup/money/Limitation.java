package org.recoup.money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.recoup.domain.ValidationException;

/**
 * A debt's statute of limitations. The period runs out on start date + years, the same month and
 * day (29 February becomes 28 February in a year without one): from that date on, the debt is
 * time-barred. A payment, or agreeing a plan, when it has run out or will within
 * {@link #REVIVAL_WARNING_DAYS} days, may revive it.
 *
 * @param start  the last payment, else the delinquency date; null when neither is known
 * @param expiry null when the start is not known
 */
public record Limitation(int years, LocalDate start, LocalDate expiry) {

    public static final int REVIVAL_WARNING_DAYS = 90;

    public Limitation {
        if (years < 1) {
            throw new ValidationException("debt.limitationYears", "must be at least 1");
        }
    }

    /** The limitation of a debt whose period started on {@code start} (null: unknown). */
    public static Limitation of(int years, LocalDate start) {
        return new Limitation(years, start, start == null ? null : start.plusYears(years));
    }

    /** The date the period starts from: the last payment, else the delinquency date. */
    public static LocalDate startDate(LocalDate lastPayment, LocalDate delinquency) {
        return lastPayment != null ? lastPayment : delinquency;
    }

    public boolean isKnown() {
        return expiry != null;
    }

    /** True on and after the expiry date. */
    public boolean expiredOn(LocalDate date) {
        return expiry != null && !date.isBefore(expiry);
    }

    /** True when the period has run out on {@code date} or will within 90 days of it. */
    public boolean revivalWarningOn(LocalDate date) {
        return expiry != null && !date.isBefore(expiry.minusDays(REVIVAL_WARNING_DAYS));
    }

    /** Days from {@code date} to the expiry (negative once past it); null when unknown. */
    public Long daysLeft(LocalDate date) {
        return expiry == null ? null : ChronoUnit.DAYS.between(date, expiry);
    }
}
