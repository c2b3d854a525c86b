package org.recoup.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), as rules, with the dates on which they fall and
 * the Friday or Monday on which one that falls on a weekend is observed (5 U.S.C. 6103(b) and
 * Executive Order 11582). Inauguration Day is left out on purpose: it is a holiday under 6103(c),
 * for the District of Columbia area only, not one of 6103(a).
 */
public final class UsHolidays {

    /** One holiday: a fixed date, or the n-th (or last, n = -1) given weekday of a month, since a year. */
    public record Holiday(String name, Month month, int day, DayOfWeek weekday, int nth, int sinceYear) {

        static Holiday fixed(String name, Month month, int day, int since) {
            return new Holiday(name, month, day, null, 0, since);
        }

        static Holiday nth(String name, Month month, DayOfWeek weekday, int nth, int since) {
            return new Holiday(name, month, 0, weekday, nth, since);
        }

        /** The date on which it falls in a year, if it is a holiday that year. */
        public Optional<LocalDate> in(int year) {
            if (year < sinceYear) {
                return Optional.empty();
            }
            if (weekday == null) {
                return Optional.of(LocalDate.of(year, month, day));
            }
            LocalDate first = LocalDate.of(year, month, 1);
            return Optional.of(nth < 0
                    ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday)));
        }
    }

    /** 5 U.S.C. 6103(a), in calendar order. */
    public static final List<Holiday> HOLIDAYS = List.of(
            Holiday.fixed("New Year's Day", Month.JANUARY, 1, 1870),
            Holiday.nth("Birthday of Martin Luther King, Jr.", Month.JANUARY, DayOfWeek.MONDAY, 3, 1986),
            Holiday.nth("Washington's Birthday", Month.FEBRUARY, DayOfWeek.MONDAY, 3, 1971),
            Holiday.nth("Memorial Day", Month.MAY, DayOfWeek.MONDAY, -1, 1971),
            Holiday.fixed("Juneteenth National Independence Day", Month.JUNE, 19, 2021),
            Holiday.fixed("Independence Day", Month.JULY, 4, 1870),
            Holiday.nth("Labor Day", Month.SEPTEMBER, DayOfWeek.MONDAY, 1, 1894),
            Holiday.nth("Columbus Day", Month.OCTOBER, DayOfWeek.MONDAY, 2, 1971),
            Holiday.fixed("Veterans Day", Month.NOVEMBER, 11, 1938),
            Holiday.nth("Thanksgiving Day", Month.NOVEMBER, DayOfWeek.THURSDAY, 4, 1942),
            Holiday.fixed("Christmas Day", Month.DECEMBER, 25, 1870));

    private UsHolidays() {
    }

    /** The holiday that falls on this date (its actual date), if any. */
    public static Optional<String> holidayOn(LocalDate date) {
        for (Holiday h : HOLIDAYS) {
            if (h.in(date.getYear()).filter(date::equals).isPresent()) {
                return Optional.of(h.name());
            }
        }
        return Optional.empty();
    }

    /** The date on which a holiday falling on {@code actual} is observed: Saturday → Friday, Sunday → Monday. */
    public static LocalDate observed(LocalDate actual) {
        return switch (actual.getDayOfWeek()) {
            case SATURDAY -> actual.minusDays(1);
            case SUNDAY -> actual.plusDays(1);
            default -> actual;
        };
    }

    /**
     * The holiday observed on this weekday although it falls on a weekend (e.g. Friday 2026-07-03
     * for Independence Day on Saturday 2026-07-04), if any. New Year's Day on a Saturday is
     * observed on 31 December of the year before.
     */
    public static Optional<String> observedOnlyOn(LocalDate date) {
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            for (Holiday h : HOLIDAYS) {
                Optional<LocalDate> actual = h.in(year);
                if (actual.isPresent() && !actual.get().equals(date) && observed(actual.get()).equals(date)) {
                    return Optional.of(h.name());
                }
            }
        }
        return Optional.empty();
    }

    /** Every holiday of a year: name, actual date and observed date. */
    public static List<Observance> of(int year) {
        List<Observance> list = new ArrayList<>();
        for (Holiday h : HOLIDAYS) {
            h.in(year).ifPresent(d -> list.add(new Observance(h.name(), d, observed(d))));
        }
        return list;
    }

    public record Observance(String name, LocalDate actual, LocalDate observed) {
    }

    /** Not a Saturday, Sunday or legal public holiday on its actual date. */
    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && holidayOn(date).isEmpty();
    }

    /**
     * {@code days} days after {@code from}, not counting Saturdays, Sundays and holidays on their
     * actual dates, nor, when {@code skipObserved}, the weekday on which a weekend holiday is observed.
     */
    public static LocalDate addBusinessDays(LocalDate from, int days, boolean skipObserved) {
        LocalDate d = from;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (isBusinessDay(d) && !(skipObserved && observedOnlyOn(d).isPresent())) {
                counted++;
            }
        }
        return d;
    }
}
