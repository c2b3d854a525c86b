package org.recoup.compliance;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * A local time range the debtor named as inconvenient: {@code from} included, {@code to} excluded,
 * on the given days (every day when empty). A range whose {@code to} is not after {@code from}
 * runs past midnight into the next day; its days name the day on which it starts.
 */
public record TimeRange(LocalTime from, LocalTime to, Set<DayOfWeek> days) {

    public TimeRange {
        days = Set.copyOf(days);
    }

    public boolean contains(LocalDateTime local) {
        LocalTime t = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (from.isBefore(to)) {
            return onDay(day) && !t.isBefore(from) && t.isBefore(to);
        }
        return (onDay(day) && !t.isBefore(from)) || (onDay(day.minus(1)) && t.isBefore(to));
    }

    private boolean onDay(DayOfWeek day) {
        return days.isEmpty() || days.contains(day);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
