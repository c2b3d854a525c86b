package org.recoup.compliance.context;

import java.util.Locale;

/**
 * What jurisdiction and zone inference read of an address.
 *
 * @param country    ISO 3166-1 alpha-2 code ("US", "CN", "GB"); "UK" is read as GB
 * @param region     US state code ("TX"), Chinese province or UK nation; may be null
 * @param postalCode ZIP code, postcode; may be null
 */
public record PostalAddress(String country, String region, String postalCode) {

    /** The country as an upper-case ISO code, "UK" read as "GB"; empty when none. */
    public String countryCode() {
        if (country == null) {
            return "";
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "UK", "GBR" -> "GB";
            case "USA" -> "US";
            case "CHN" -> "CN";
            default -> c;
        };
    }

    /** The region as upper case; empty when none. */
    public String regionCode() {
        return region == null ? "" : region.trim().toUpperCase(Locale.ROOT);
    }

    /** The first three digits of a US ZIP code, or empty. */
    public String zip3() {
        if (postalCode == null) {
            return "";
        }
        String digits = postalCode.trim();
        return digits.length() >= 3 && digits.substring(0, 3).chars().allMatch(Character::isDigit) ? digits.substring(0, 3) : "";
    }
}
