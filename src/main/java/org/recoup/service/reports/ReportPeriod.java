package org.recoup.service.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.recoup.domain.ValidationException;

/**
 * The days a report covers, {@code from} to {@code to}, both included. Dated things (payments,
 * plans ending) count by their day; things with a time (contacts, promises decided, compliance
 * checks) count from the start of {@code from} to the end of {@code to} in the zone of the
 * computer Recoup runs on.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period a report covers: ten years. */
    public static final int MAX_DAYS = 3660;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new ValidationException("period", "needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("period", "ends (" + to + ") before it starts (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ValidationException("period", "is longer than ten years");
        }
    }

    /** A whole calendar month. */
    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The {@code days} days that end with {@code last} (included). */
    public static ReportPeriod lastDays(LocalDate last, int days) {
        return new ReportPeriod(last.minusDays(days - 1L), last);
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone} (excluded). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return from + " – " + to;
    }
}
