package org.recoup.money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days from {@code start} (included) to {@code end} (excluded); a null end is open.
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + " to " + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }
}
