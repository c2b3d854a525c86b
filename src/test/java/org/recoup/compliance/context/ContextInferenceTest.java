package org.recoup.compliance.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextInferenceTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "US, IL, 60601,   America/Chicago",
            "US, NY, 10001,   America/New_York",
            "US, AZ, 85004,   America/Phoenix",
            "US, TX, 75201,   America/Chicago",
            "US, TX, 79901,   America/Denver",
            "US, FL, 33101,   America/New_York",
            "US, FL, 32501,   America/Chicago",
            "US, IN, 46204,   America/Indiana/Indianapolis",
            "US, IN, 46402,   America/Chicago",
            "US, KY, 40202,   America/Kentucky/Louisville",
            "US, KY, 42001,   America/Chicago",
            "US, TN, 37203,   America/Chicago",
            "US, TN, 37902,   America/New_York",
            "US, SD, 57701,   America/Denver",
            "US, NE, 69361,   America/Denver",
            "US, ID, 83814,   America/Los_Angeles",
            "US, ID, 83702,   America/Boise",
            "US, OR, 97914,   America/Boise",
            "US, WA, 98101,   America/Los_Angeles",
            "CN, 北京, 100000, Asia/Shanghai",
            "CN, 新疆, 830000, Asia/Shanghai",
            "GB, England, SW1A 1AA, Europe/London",
            "UK, Scotland, EH1 1YZ, Europe/London",
    })
    void addressGivesItsZone(String country, String region, String postcode, String zone) {
        assertThat(ZoneInference.forAddress(new PostalAddress(country, region, postcode))).containsExactly(ZoneId.of(zone));
    }

    @Test
    void zip3SpanningTwoZonesGivesBoth() {
        assertThat(ZoneInference.forAddress(new PostalAddress("US", "MI", "49801")))
                .containsExactly(ZoneId.of("America/Detroit"), ZoneId.of("America/Menominee"));
        assertThat(ZoneInference.forAddress(new PostalAddress("US", "ND", "58601")))
                .containsExactlyInAnyOrder(ZoneId.of("America/Denver"), ZoneId.of("America/Chicago"));
    }

    @Test
    void unknownCountryOrStateGivesNoZone() {
        assertThat(ZoneInference.forAddress(new PostalAddress("FR", null, "75001"))).isEmpty();
        assertThat(ZoneInference.forAddress(new PostalAddress("US", "ZZ", "12345"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "+1 212 736 3100,  America/New_York",
            "+1 312 555 0142,  America/Chicago",
            "+1 602 555 0123,  America/Phoenix",
            "+1 915 703 1234,  America/Denver",
            "+86 138 0013 8000, Asia/Shanghai",
            "+86 10 6234 5678, Asia/Shanghai",
            "+44 20 7946 0000, Europe/London",
    })
    void phoneNumberGivesItsZone(String number, String zone) {
        assertThat(ZoneInference.forPhone(number, "US")).containsExactly(ZoneId.of(zone));
    }

    @Test
    void nationalNumberIsReadInTheDefaultRegion() {
        assertThat(ZoneInference.forPhone("(312) 555-0142", "US")).containsExactly(ZoneId.of("America/Chicago"));
        assertThat(ZoneInference.forPhone("020 7946 0000", "GB")).containsExactly(ZoneId.of("Europe/London"));
    }

    @Test
    void numberThatMapsToSeveralZonesGivesAllOfThem() {
        assertThat(ZoneInference.forPhone("+1 907 555 0100", "US"))
                .containsExactlyInAnyOrder(ZoneId.of("America/Anchorage"), ZoneId.of("America/Adak"));
        List<ZoneId> tollFree = ZoneInference.forPhone("+1 800 275 2273", "US");
        assertThat(tollFree).contains(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Honolulu"));
        assertThat(ZoneInference.forPhone("+44 7911 123456", "GB")).contains(ZoneId.of("Europe/London")).hasSizeGreaterThan(1);
    }

    @Test
    void unparseableOrUnplaceableNumberGivesNoZone() {
        assertThat(ZoneInference.forPhone("not a number", "US")).isEmpty();
        assertThat(ZoneInference.forPhone("+1 701 123 4567", "US")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "US, IL, US-FED",
            "US, MA, US-FED|US-MA",
            "US, WA, US-FED|US-WA",
            "us, ma, US-FED|US-MA",
            "CN, 上海, CN",
            "GB, England, UK",
            "UK, Wales, UK",
    })
    void addressGivesThePacksOfItsJurisdiction(String country, String region, String packs) {
        assertThat(Jurisdictions.packsFor(new PostalAddress(country, region, null))).containsExactly(packs.split("\\|"));
    }

    @Test
    void countryWithoutPackGivesNone() {
        assertThat(Jurisdictions.packsFor(new PostalAddress("FR", null, null))).isEmpty();
    }

    @Test
    void perDebtorOverrideWinsOverTheAddress() {
        PostalAddress boston = new PostalAddress("US", "MA", "02108");
        assertThat(Jurisdictions.packsFor(boston, List.of("US-FED"))).containsExactly("US-FED");
        assertThat(Jurisdictions.packsFor(boston, List.of())).containsExactly("US-FED", "US-MA");
        assertThat(Jurisdictions.packsFor(boston, null)).containsExactly("US-FED", "US-MA");
    }
}
