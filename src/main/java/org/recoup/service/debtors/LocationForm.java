package org.recoup.service.debtors;

import org.recoup.domain.LocationKind;
import org.recoup.domain.PhoneType;

/**
 * A location as a form holds it: text as typed. {@code id} is null for a new location.
 * {@code timeZone} null or blank means "infer it".
 */
public record LocationForm(Long id, LocationKind kind, String addressLine, String city, String region,
                           String postalCode, String country, String phone, PhoneType phoneType, String email,
                           boolean employerProvided, String timeZone) {

    public static LocationForm address(String addressLine, String city, String region, String postalCode,
                                       String country, String timeZone) {
        return new LocationForm(null, LocationKind.ADDRESS, addressLine, city, region, postalCode, country, null,
                null, null, false, timeZone);
    }

    public static LocationForm phone(String phone, PhoneType type, String timeZone) {
        return new LocationForm(null, LocationKind.PHONE, null, null, null, null, null, phone, type, null, false,
                timeZone);
    }

    public static LocationForm email(String email, boolean employerProvided, String timeZone) {
        return new LocationForm(null, LocationKind.EMAIL, null, null, null, null, null, null, null, email,
                employerProvided, timeZone);
    }

    public LocationForm withId(Long value) {
        return new LocationForm(value, kind, addressLine, city, region, postalCode, country, phone, phoneType, email,
                employerProvided, timeZone);
    }
}
