package org.recoup.ui.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Times as the scheduling dialog reads and shows them: picked in the debtor's home zone, shown in every zone. */
public final class ScheduleModel {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

    private ScheduleModel() {
    }

    /** "21:30" (or "9:05") on {@code date} in {@code zone}; null when the text is not a time. */
    public static Instant instant(LocalDate date, String time, ZoneId zone) {
        if (date == null || time == null) {
            return null;
        }
        try {
            return date.atTime(LocalTime.parse(time.trim(), HHMM)).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The local time of day in a zone, "21:30". */
    public static String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
    }

    /** The same instant in each zone, one line each: "Tue 10 Mar 21:30 America/Chicago". */
    public static List<String> inZones(Instant at, List<String> zones, ZoneId user) {
        List<String> lines = new ArrayList<>();
        for (String zone : zones) {
            lines.add(SHOWN.withLocale(Locale.ROOT).format(at.atZone(ZoneId.of(zone))) + "  " + zone);
        }
        return lines;
    }

    /** "Tue 10 Mar 21:30" in the zone. */
    public static String shown(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }
}
