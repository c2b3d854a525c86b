package org.recoup.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ValidationPeriodTest {

    @Test
    void receiptIsFiveBusinessDaysAfterMailingAndThePeriodThirtyDaysAfterThat() {
        LocalDate mailed = LocalDate.of(2026, 11, 16); // a Monday
        assertThat(ValidationPeriod.assumedReceipt(mailed)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(ValidationPeriod.endDate(mailed)).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void federalHolidaysAreNotCounted() {
        LocalDate mailed = LocalDate.of(2026, 11, 23); // Thanksgiving is Thursday 26 November 2026
        assertThat(ValidationPeriod.assumedReceipt(mailed)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void holidaysCountOnTheirActualDateNotTheObservedOne() {
        // Christmas 2027 is a Saturday; Friday 24 December (observed) is counted as a business day
        LocalDate mailed = LocalDate.of(2027, 12, 22);
        assertThat(ValidationPeriod.assumedReceipt(mailed)).isEqualTo(LocalDate.of(2027, 12, 29));
    }

    @Test
    void holidayCalendar() {
        assertThat(ValidationPeriod.isHoliday(LocalDate.of(2026, 1, 19))).isTrue(); // MLK
        assertThat(ValidationPeriod.isHoliday(LocalDate.of(2026, 5, 25))).isTrue(); // Memorial Day
        assertThat(ValidationPeriod.isHoliday(LocalDate.of(2026, 6, 19))).isTrue(); // Juneteenth
        assertThat(ValidationPeriod.isHoliday(LocalDate.of(2026, 10, 12))).isTrue(); // Columbus Day
        assertThat(ValidationPeriod.isHoliday(LocalDate.of(2026, 10, 13))).isFalse();
    }
}
