package org.recoup.domain;

import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/** The domain's checks of single values; each failure names the field. */
public final class Validate {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private Validate() {
    }

    /** The trimmed text; refuses null and blank. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return value.trim();
    }

    /** The trimmed text, or null when blank; refuses text longer than {@code max}. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
        return trimmed;
    }

    public static String required(String value, String field, int max) {
        String trimmed = required(value, field);
        if (trimmed.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
        return trimmed;
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** An IANA zone id such as {@code America/Chicago}; offsets and abbreviations are refused. */
    public static String zone(String zone, String field) {
        String id = required(zone, field);
        if (!ZONES.contains(id)) {
            throw new ValidationException(field, "'" + id + "' is not an IANA time zone (e.g. America/New_York, Asia/Shanghai, Europe/London)");
        }
        return id;
    }

    /** Whether the text (trimmed) reads as an e-mail address; for forms that check as the user types. */
    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text.trim()).matches();
    }

    /** A lower-cased e-mail address. */
    public static String email(String email, String field) {
        String value = required(email, field, 254);
        if (!isEmail(value)) {
            throw new ValidationException(field, "'" + value + "' is not an e-mail address (name@example.com)");
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    /** An ISO 3166 alpha-2 country code, upper-cased. */
    public static String country(String country, String field) {
        String value = required(country, field).toUpperCase(java.util.Locale.ROOT);
        if (!COUNTRY.matcher(value).matches() || !COUNTRIES.contains(value)) {
            throw new ValidationException(field, "'" + country + "' is not a two-letter ISO country code (US, CN, GB, ...)");
        }
        return value;
    }
}
