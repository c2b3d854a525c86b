package org.recoup.letters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The end of the validation period as RULES.md US-VAL-2 reads 12 CFR 1006.34(b)(5): receipt is
 * assumed 5 days after mailing, not counting Saturdays, Sundays and the legal public holidays of
 * 5 U.S.C. 6103(a) on their actual dates; the period ends 30 days after that receipt. A convenience
 * for callers; the letter prints the date it is given, and the compliance engine checks it.
 */
public final class ValidationPeriod {

    private ValidationPeriod() {
    }

    /** The earliest end date a validation notice mailed on {@code mailed} may state. */
    public static LocalDate endDate(LocalDate mailed) {
        return assumedReceipt(mailed).plusDays(30);
    }

    /** Mailing date plus 5 days that are not Saturdays, Sundays or federal legal public holidays. */
    public static LocalDate assumedReceipt(LocalDate mailed) {
        LocalDate d = mailed;
        int counted = 0;
        while (counted < 5) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Whether a date is one of the legal public holidays of 5 U.S.C. 6103(a), on its actual date. */
    public static boolean isHoliday(LocalDate d) {
        int y = d.getYear();
        return d.equals(LocalDate.of(y, Month.JANUARY, 1))
                || d.equals(nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3))
                || d.equals(nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
                || d.equals(LocalDate.of(y, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || (y >= 2021 && d.equals(LocalDate.of(y, Month.JUNE, 19)))
                || d.equals(LocalDate.of(y, Month.JULY, 4))
                || d.equals(nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
                || d.equals(nth(y, Month.OCTOBER, DayOfWeek.MONDAY, 2))
                || d.equals(LocalDate.of(y, Month.NOVEMBER, 11))
                || d.equals(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))
                || d.equals(LocalDate.of(y, Month.DECEMBER, 25));
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
