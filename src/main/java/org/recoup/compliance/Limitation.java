package org.recoup.compliance;

import java.time.LocalDate;

/**
 * A limitation period: it has run out on {@code start} plus {@code years}, same month and day
 * (29 February plus years gives 28 February in a year without one). {@code years} may be null when
 * unknown; a pack may then supply its own (UK: 6).
 */
public record Limitation(LocalDate start, Integer years) {

    /** The date on which the period has run out, with {@code fallbackYears} when none is stated. */
    public LocalDate expiry(Integer fallbackYears) {
        Integer y = years != null ? years : fallbackYears;
        return start == null || y == null ? null : start.plusYears(y);
    }
}
