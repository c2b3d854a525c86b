package org.recoup.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsHolidaysTest {

    @ParameterizedTest(name = "{0} {1}: falls {2}, observed {3}")
    @CsvSource({
            "2026, New Year's Day,                      2026-01-01, 2026-01-01",
            "2026, 'Birthday of Martin Luther King, Jr.', 2026-01-19, 2026-01-19",
            "2026, Washington's Birthday,               2026-02-16, 2026-02-16",
            "2026, Memorial Day,                        2026-05-25, 2026-05-25",
            "2026, Juneteenth National Independence Day, 2026-06-19, 2026-06-19",
            "2026, Independence Day,                    2026-07-04, 2026-07-03",
            "2026, Labor Day,                           2026-09-07, 2026-09-07",
            "2026, Columbus Day,                        2026-10-12, 2026-10-12",
            "2026, Veterans Day,                        2026-11-11, 2026-11-11",
            "2026, Thanksgiving Day,                    2026-11-26, 2026-11-26",
            "2026, Christmas Day,                       2026-12-25, 2026-12-25",
            "2027, New Year's Day,                      2027-01-01, 2027-01-01",
            "2027, 'Birthday of Martin Luther King, Jr.', 2027-01-18, 2027-01-18",
            "2027, Washington's Birthday,               2027-02-15, 2027-02-15",
            "2027, Memorial Day,                        2027-05-31, 2027-05-31",
            "2027, Juneteenth National Independence Day, 2027-06-19, 2027-06-18",
            "2027, Independence Day,                    2027-07-04, 2027-07-05",
            "2027, Labor Day,                           2027-09-06, 2027-09-06",
            "2027, Columbus Day,                        2027-10-11, 2027-10-11",
            "2027, Veterans Day,                        2027-11-11, 2027-11-11",
            "2027, Thanksgiving Day,                    2027-11-25, 2027-11-25",
            "2027, Christmas Day,                       2027-12-25, 2027-12-24",
    })
    void everyLegalPublicHolidayFallsAndIsObservedOnItsDate(int year, String name, LocalDate actual, LocalDate observed) {
        assertThat(UsHolidays.of(year)).contains(new UsHolidays.Observance(name, actual, observed));
        assertThat(UsHolidays.holidayOn(actual)).contains(name);
        assertThat(UsHolidays.isBusinessDay(actual)).isFalse();
        if (!observed.equals(actual)) {
            assertThat(UsHolidays.observedOnlyOn(observed)).contains(name);
            assertThat(UsHolidays.holidayOn(observed)).isEmpty();
            assertThat(UsHolidays.isBusinessDay(observed)).as("counted on its actual date only").isTrue();
        } else {
            assertThat(UsHolidays.observedOnlyOn(actual)).isEmpty();
        }
    }

    @Test
    void eachYearHasElevenHolidays() {
        assertThat(UsHolidays.of(2026)).hasSize(11);
        assertThat(UsHolidays.of(2027)).hasSize(11);
    }

    @Test
    void newYearsDayOnSaturdayIsObservedOnTheLastDayOfTheYearBefore() {
        assertThat(UsHolidays.observedOnlyOn(LocalDate.of(2027, 12, 31))).contains("New Year's Day");
    }

    @Test
    void inaugurationDayIsNotALegalPublicHolidayOf6103a() {
        // 2029-01-20 is a Saturday; 2025-01-20 was a Monday and also MLK day, so take 2017-01-20 (a Friday).
        assertThat(UsHolidays.holidayOn(LocalDate.of(2017, 1, 20))).isEmpty();
        assertThat(UsHolidays.HOLIDAYS).extracting(UsHolidays.Holiday::name).noneMatch(n -> n.contains("Inauguration"));
    }

    @Test
    void juneteenthIsAHolidayOnlyFrom2021() {
        assertThat(UsHolidays.holidayOn(LocalDate.of(2020, 6, 19))).isEmpty();
        assertThat(UsHolidays.holidayOn(LocalDate.of(2021, 6, 19))).isPresent();
    }

    @Test
    void fiveBusinessDaysAfterMailingSkipWeekendsAndHolidaysOnTheirActualDates() {
        // Mailed Fri 2026-05-22; Memorial Day Mon 05-25 skipped.
        assertThat(UsHolidays.addBusinessDays(LocalDate.of(2026, 5, 22), 5, false)).isEqualTo(LocalDate.of(2026, 6, 1));
        // Mailed Wed 2026-07-01: Fri 07-03 counts unless observed days are skipped too.
        assertThat(UsHolidays.addBusinessDays(LocalDate.of(2026, 7, 1), 5, false)).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(UsHolidays.addBusinessDays(LocalDate.of(2026, 7, 1), 5, true)).isEqualTo(LocalDate.of(2026, 7, 9));
    }

    @Test
    void holidayTableKeepsCalendarOrder() {
        List<LocalDate> dates = UsHolidays.of(2026).stream().map(UsHolidays.Observance::actual).toList();
        assertThat(dates).isSorted();
    }
}
