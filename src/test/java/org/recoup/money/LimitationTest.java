package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LimitationTest {

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void expiresOnTheSameMonthAndDayYearsLater() {
        assertThat(Limitation.of(6, date("2020-07-15")).expiry()).isEqualTo(date("2026-07-15"));
    }

    @Test
    void february29ExpiresOnFebruary28InACommonYearAndOn29InALeapYear() {
        assertThat(Limitation.of(3, date("2020-02-29")).expiry()).isEqualTo(date("2023-02-28"));
        assertThat(Limitation.of(4, date("2020-02-29")).expiry()).isEqualTo(date("2024-02-29"));
    }

    @Test
    void isExpiredFromTheExpiryDateOn() {
        Limitation limitation = Limitation.of(3, date("2023-03-10"));
        assertThat(limitation.expiredOn(date("2026-03-09"))).isFalse();
        assertThat(limitation.expiredOn(date("2026-03-10"))).isTrue();
        assertThat(limitation.daysLeft(date("2026-03-09"))).isEqualTo(1);
    }

    @Test
    void warnsOfRevivalFrom90DaysBeforeExpiry() {
        Limitation limitation = Limitation.of(3, date("2023-06-30"));
        LocalDate expiry = date("2026-06-30");
        assertThat(limitation.revivalWarningOn(expiry.minusDays(91))).isFalse();
        assertThat(limitation.revivalWarningOn(expiry.minusDays(90))).isTrue();
        assertThat(limitation.revivalWarningOn(expiry.plusYears(2))).isTrue();
    }

    @Test
    void startsFromTheLastPaymentElseTheDelinquencyDate() {
        assertThat(Limitation.startDate(date("2024-05-01"), date("2022-01-01"))).isEqualTo(date("2024-05-01"));
        assertThat(Limitation.startDate(null, date("2022-01-01"))).isEqualTo(date("2022-01-01"));
    }

    @Test
    void unknownStartMeansUnknownExpiryAndNoWarning() {
        Limitation limitation = Limitation.of(3, null);
        assertThat(limitation.isKnown()).isFalse();
        assertThat(limitation.revivalWarningOn(date("2090-01-01"))).isFalse();
        assertThat(limitation.expiredOn(date("2090-01-01"))).isFalse();
    }

    @Test
    void defaultYearsByJurisdiction() {
        assertThat(LimitationDefaults.yearsFor("US", "CA")).isEqualTo(4);
        assertThat(LimitationDefaults.yearsFor("us", "wa")).isEqualTo(6);
        assertThat(LimitationDefaults.yearsFor("US", "ZZ")).isEqualTo(3);
        assertThat(LimitationDefaults.yearsFor("GB", null)).isEqualTo(6);
        assertThat(LimitationDefaults.yearsFor("CN", "Shanghai")).isEqualTo(3);
        assertThat(LimitationDefaults.yearsFor("FR", null)).isEqualTo(LimitationDefaults.FALLBACK_YEARS);
        assertThat(LimitationDefaults.yearsFor(null, null)).isEqualTo(LimitationDefaults.FALLBACK_YEARS);
        assertThat(LimitationDefaults.jurisdiction("US", "ny")).isEqualTo("US-NY");
        assertThat(LimitationDefaults.jurisdiction("US", null)).isEqualTo("US");
        assertThat(LimitationDefaults.jurisdiction("FR", null)).isEqualTo("default");
    }
}
