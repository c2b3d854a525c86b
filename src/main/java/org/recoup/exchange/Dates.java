package org.recoup.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets write them. Always read: 2026-01-31, 2026/1/31, 2026.01.31, 20260131,
 * 2026年1月31日, 31 Jan 2026, Jan 31, 2026, and Excel serial numbers (46053, five digits, in a
 * date column); a time after the date is ignored. Read with the mapping's {@link DateOrder}:
 * 31/01/2026 or 01/31/2026 (also with '-' or '.'). Refused: two-digit years, and day/month dates
 * when no order was chosen.
 */
public final class Dates {

    private static final Pattern TIME = Pattern.compile("(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AaPp][Mm])?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME.pattern() + "$");
    private static final Pattern CHINESE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern NUMBERS_FIRST = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})" + TIME.pattern() + "$");
    private static final Pattern SHORT_YEAR = Pattern.compile("^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2}$|^\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}$");
    private static final Pattern DAY_NAME = Pattern.compile("^(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s,-]+(\\d{4})$");
    private static final Pattern NAME_DAY = Pattern.compile("^([A-Za-z]{3,9})\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+(\\d{4})$");
    private static final Pattern SERIAL = Pattern.compile("^(\\d{5})(?:\\.\\d+)?$");

    /** Excel's day zero in its 1900 date system (serials from 61 on, i.e. from 1 March 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Dates() {
    }

    /**
     * The date a cell holds.
     *
     * @throws BadValue saying why it is not a date
     */
    public static LocalDate parse(String text, DateOrder order) {
        String t = text.trim();
        Matcher m;
        if ((m = YEAR_FIRST.matcher(t)).matches() || (m = CHINESE.matcher(t)).matches()
                || (m = COMPACT.matcher(t)).matches()) {
            return date(t, m.group(1), m.group(2), m.group(3));
        }
        if ((m = NUMBERS_FIRST.matcher(t)).matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (order == null) {
                if (a > 12 && b > 12) {
                    throw new BadValue("'" + t + "' is not a date");
                }
                if (a > 12 && b <= 12) {
                    return date(t, m.group(3), m.group(2), m.group(1));
                }
                if (b > 12 && a <= 12) {
                    return date(t, m.group(3), m.group(1), m.group(2));
                }
                throw new BadValue("'" + t + "' could be day/month or month/day; choose the date order of the mapping");
            }
            try {
                return order == DateOrder.DMY ? LocalDate.of(Integer.parseInt(m.group(3)), b, a)
                        : LocalDate.of(Integer.parseInt(m.group(3)), a, b);
            } catch (DateTimeException e) {
                throw new BadValue("'" + t + "' is not a date read " + (order == DateOrder.DMY ? "day/month/year" : "month/day/year"));
            }
        }
        if ((m = DAY_NAME.matcher(t)).matches()) {
            return named(t, m.group(3), m.group(2), m.group(1));
        }
        if ((m = NAME_DAY.matcher(t)).matches()) {
            return named(t, m.group(3), m.group(1), m.group(2));
        }
        if ((m = SERIAL.matcher(t)).matches()) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(m.group(1)));
        }
        if (SHORT_YEAR.matcher(t).matches()) {
            throw new BadValue("'" + t + "' has a two-digit year; write the year in full (2026)");
        }
        throw new BadValue("'" + t + "' is not a date (write it as 2026-01-31, 31/01/2026 or 2026年1月31日)");
    }

    private static LocalDate date(String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new BadValue("'" + text + "' is not a date");
        }
    }

    private static LocalDate named(String text, String year, String monthName, String day) {
        Month month = monthNamed(monthName);
        if (month == null) {
            throw new BadValue("'" + text + "' is not a date ('" + monthName + "' is not a month)");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new BadValue("'" + text + "' is not a date");
        }
    }

    private static Month monthNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || full.startsWith(n) && n.length() == 3 || n.equals("sept") && month == Month.SEPTEMBER) {
                return month;
            }
        }
        return null;
    }
}
