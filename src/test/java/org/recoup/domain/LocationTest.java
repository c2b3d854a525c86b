package org.recoup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void phonesAreReadAsPeopleWriteThemAndStoredInE164() {
        assertThat(PhoneNumbers.toE164("(212) 555-0100", "US", "phone")).isEqualTo("+12125550100");
        assertThat(PhoneNumbers.toE164("+44 20 7946 0018", null, "phone")).isEqualTo("+442079460018");
        assertThat(PhoneNumbers.toE164("138 0013 8000", "CN", "phone")).isEqualTo("+8613800138000");
        assertThat(PhoneNumbers.nationalDigits("+442079460018")).isEqualTo("2079460018");
    }

    @Test
    void malformedPhoneNumbersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> PhoneNumbers.toE164("12", "US", "location.phone"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("location.phone:");
        assertThatThrownBy(() -> PhoneNumbers.toE164("555 0100", null, "location.phone"))
                .hasMessageContaining("country code");
        assertThatThrownBy(() -> Location.phone("2125550100", PhoneType.HOME, "America/New_York", false))
                .hasMessageContaining("E.164");
    }

    @Test
    void emailsAreCheckedAndLowerCased() {
        assertThat(Location.email("Ann.Lee@Example.COM", false, "America/Chicago", false).getEmail())
                .isEqualTo("ann.lee@example.com");
        assertThatThrownBy(() -> Location.email("ann@", false, "America/Chicago", false))
                .hasMessage("location.email: 'ann@' is not an e-mail address (name@example.com)");
    }

    @Test
    void zonesMustBeIanaRegionIds() {
        assertThatThrownBy(() -> Location.address("1 Main St", "Boston", "MA", "02101", "US", "EST", false))
                .hasMessageStartingWith("location.timeZone: 'EST' is not an IANA time zone");
        assertThatThrownBy(() -> Location.address("1 Main St", "Boston", "MA", "02101", "US", "+05:00", false))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Location.address("1 Main St", "Boston", "MA", "02101", "USA", "America/New_York", false))
                .hasMessageContaining("two-letter ISO country code");
    }

    @Test
    void searchTextIgnoresCaseAccentsAndSpacing() {
        assertThat(SearchText.normalize("  José   NÚÑEZ ")).isEqualTo("jose nunez");
        assertThat(SearchText.lastWordFirst("John Smith")).isEqualTo("smith john");
        assertThat(SearchText.normalize("张伟")).isEqualTo("张伟");
        assertThat(SearchText.looksLikePhone("+1 (212) 555-0100")).isTrue();
        assertThat(SearchText.looksLikePhone("NWB-0000123")).isFalse();
    }
}
