package org.recoup.money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.recoup.domain.DayCount;

/** Day counts for simple interest: the days between two dates and the days in a year. */
public final class DayCounts {

    private DayCounts() {
    }

    /** Days from {@code from} (counted) to {@code to} (not counted); zero when {@code to} is not after {@code from}. */
    public static long days(DayCount convention, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return switch (convention) {
            case ACT_365F, ACT_360 -> ChronoUnit.DAYS.between(from, to);
            case THIRTY_360 -> thirty360(from, to);
        };
    }

    /** The year's length the days are divided by. */
    public static int yearDays(DayCount convention) {
        return convention == DayCount.ACT_365F ? 365 : 360;
    }

    /**
     * ISDA 2006 §4.16(f) "30/360" (Bond Basis): D1 = 31 becomes 30; D2 = 31 becomes 30 only when
     * D1 (as adjusted) is 30. The end of February gets no adjustment.
     */
    static long thirty360(LocalDate from, LocalDate to) {
        int d1 = from.getDayOfMonth();
        int d2 = to.getDayOfMonth();
        if (d1 == 31) {
            d1 = 30;
        }
        if (d2 == 31 && d1 == 30) {
            d2 = 30;
        }
        long days = 360L * (to.getYear() - from.getYear()) + 30L * (to.getMonthValue() - from.getMonthValue()) + (d2 - d1);
        return Math.max(0, days);
    }
}
