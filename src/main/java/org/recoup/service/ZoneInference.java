package org.recoup.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The time zone a new location most likely lies in, offered to the user, who may change it.
 * A stand-in until the compliance context's inference (with US ZIP detail) is wired in.
 */
public final class ZoneInference {

    private ZoneInference() {
    }

    /** The zones a phone number may ring in (several for some US and other numbers). */
    public static List<String> forPhone(String e164) {
        try {
            List<String> zones = PhoneNumberToTimeZonesMapper.getInstance()
                    .getTimeZonesForNumber(PhoneNumberUtil.getInstance().parse(e164, null));
            return zones.stream().filter(z -> !z.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())).toList();
        } catch (NumberParseException e) {
            return List.of();
        }
    }

    /** The zone of an address, where the country (and for the US, the state) settles it. */
    public static Optional<String> forAddress(String country, String region, String postalCode) {
        if (country == null) {
            return Optional.empty();
        }
        return switch (country.trim().toUpperCase(Locale.ROOT)) {
            case "CN" -> Optional.of("Asia/Shanghai");
            case "GB" -> Optional.of("Europe/London");
            case "US" -> Optional.ofNullable(usState(region));
            default -> Optional.empty();
        };
    }

    private static String usState(String region) {
        if (region == null) {
            return null;
        }
        return switch (region.trim().toUpperCase(Locale.ROOT)) {
            case "CT", "DE", "DC", "FL", "GA", "IN", "KY", "ME", "MD", "MA", "MI", "NH", "NJ", "NY", "NC", "OH",
                 "PA", "RI", "SC", "VT", "VA", "WV" -> "America/New_York";
            case "AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN", "TX", "WI" ->
                    "America/Chicago";
            case "CO", "ID", "MT", "NM", "UT", "WY" -> "America/Denver";
            case "AZ" -> "America/Phoenix";
            case "CA", "NV", "OR", "WA" -> "America/Los_Angeles";
            case "AK" -> "America/Anchorage";
            case "HI" -> "Pacific/Honolulu";
            default -> null;
        };
    }
}
