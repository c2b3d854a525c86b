package org.recoup.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.function.Predicate;

/** Exact local-time arithmetic across daylight saving transitions. */
final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * The earliest instant at or after {@code from} whose local date-time in {@code zone} satisfies
     * {@code ok}, or null when none within {@code days} days. {@code ok} may change value only where
     * the local time crosses one of {@code boundaries} or the zone's offset changes, so those
     * instants are the only candidates: no scanning.
     */
    static Instant next(ZoneId zone, Instant from, LocalTime[] boundaries, Predicate<LocalDateTime> ok, int days) {
        if (ok.test(LocalDateTime.ofInstant(from, zone))) {
            return from;
        }
        ZoneRules rules = zone.getRules();
        LocalDate start = LocalDate.ofInstant(from, zone).minusDays(1);
        Instant limit = from.plusSeconds(86_400L * (days + 1));
        Instant[] candidates = new Instant[(days + 3) * boundaries.length * 2 + 8];
        int n = 0;
        for (int d = 0; d <= days + 2; d++) {
            LocalDate date = start.plusDays(d);
            for (LocalTime b : boundaries) {
                LocalDateTime ldt = LocalDateTime.of(date, b);
                for (ZoneOffset offset : rules.getValidOffsets(ldt)) {
                    Instant i = ldt.toInstant(offset);
                    if (i.isAfter(from) && i.isBefore(limit)) {
                        if (n == candidates.length) {
                            candidates = Arrays.copyOf(candidates, n * 2);
                        }
                        candidates[n++] = i;
                    }
                }
            }
        }
        ZoneOffsetTransition tr = rules.nextTransition(from);
        while (tr != null && tr.getInstant().isBefore(limit)) {
            if (n == candidates.length) {
                candidates = Arrays.copyOf(candidates, n * 2);
            }
            candidates[n++] = tr.getInstant();
            tr = rules.nextTransition(tr.getInstant());
        }
        Arrays.sort(candidates, 0, n);
        for (int i = 0; i < n; i++) {
            if (ok.test(LocalDateTime.ofInstant(candidates[i], zone))) {
                return candidates[i];
            }
        }
        return null;
    }

    /** The first instant of a local date in a zone (the end of a gap when midnight does not exist). */
    static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Rounds up to a whole minute. */
    static Instant ceilToMinute(Instant t) {
        long s = t.getEpochSecond();
        if (t.getNano() == 0 && s % 60 == 0) {
            return t;
        }
        return Instant.ofEpochSecond(Math.floorDiv(s, 60) * 60 + 60);
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant min(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** "Chicago" for America/Chicago, "Shanghai" for Asia/Shanghai. */
    static String place(ZoneId zone) {
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        return (slash >= 0 ? id.substring(slash + 1) : id).replace('_', ' ');
    }
}
