package org.recoup.domain;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/** Phone numbers as Recoup stores them: E.164 ({@code +12125550100}). */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final java.util.regex.Pattern E164 = java.util.regex.Pattern.compile("^\\+[1-9]\\d{6,14}$");

    private PhoneNumbers() {
    }

    /**
     * The E.164 form of a number as people write it ("(212) 555-0100", "+44 20 7946 0018",
     * "138 0013 8000"); {@code defaultCountry} (ISO alpha-2, may be null) reads numbers written
     * without a country code.
     *
     * @throws ValidationException naming {@code field} when the text is not a possible number
     */
    public static String toE164(String text, String defaultCountry, String field) {
        String value = Validate.required(text, field);
        String region = defaultCountry == null ? null : defaultCountry.toUpperCase(Locale.ROOT);
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(value, region);
            if (!isPossible(number)) {
                throw new ValidationException(field, "'" + value + "' is not a possible phone number"
                        + (region == null ? " (write it with its country code, e.g. +1 212 555 0100)" : " in " + region));
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new ValidationException(field, "'" + value + "' is not a phone number"
                    + (region == null ? " (write it with its country code, e.g. +1 212 555 0100)" : ""));
        }
    }

    /** An E.164 number's country and national significant number. */
    public record Parts(String country, String national) {
    }

    /** The parts of a well-formed E.164 number of a known country; empty for anything else. */
    public static java.util.Optional<Parts> partsOfE164(String number) {
        if (number == null || !E164.matcher(number).matches()) {
            return java.util.Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(number, null);
            if (!isPossible(parsed)) {
                return java.util.Optional.empty();
            }
            String region = UTIL.getRegionCodeForNumber(parsed);
            return java.util.Optional.of(new Parts(region != null ? region
                    : UTIL.getRegionCodeForCountryCode(parsed.getCountryCode()), UTIL.getNationalSignificantNumber(parsed)));
        } catch (NumberParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** True for a well-formed E.164 number of a known country. */
    public static boolean isE164(String number) {
        return partsOfE164(number).isPresent();
    }

    /**
     * Whether the number has a known country code and a possible length there. Validity against
     * the numbering plan is not required: numbers in ranges kept for drama and tests (555-01xx,
     * 07700 900xxx) are welcome in demos and training data.
     */
    private static boolean isPossible(Phonenumber.PhoneNumber number) {
        return UTIL.isPossibleNumber(number)
                && !"ZZ".equals(UTIL.getRegionCodeForCountryCode(number.getCountryCode()));
    }

    /** The ISO country of an E.164 number, e.g. {@code US} for +1 212 ... */
    public static String countryOf(String e164) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(e164, null);
            String region = UTIL.getRegionCodeForNumber(number);
            return region != null ? region : UTIL.getRegionCodeForCountryCode(number.getCountryCode());
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The national significant number of an E.164 number: "2125550100" for +12125550100. */
    public static String nationalDigits(String e164) {
        try {
            return UTIL.getNationalSignificantNumber(UTIL.parse(e164, null));
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * The ways the digits of a number typed with its country code ("+1602555", "8613800") split
     * into a known country code and the start of a national number, shortest code first.
     */
    public static java.util.List<String[]> countryCodeSplits(String digits) {
        java.util.List<String[]> splits = new java.util.ArrayList<>();
        for (int length = 1; length <= 3 && length < digits.length(); length++) {
            int code = Integer.parseInt(digits.substring(0, length));
            if (!"ZZ".equals(UTIL.getRegionCodeForCountryCode(code))) {
                splits.add(new String[] {digits.substring(0, length), digits.substring(length)});
            }
        }
        return splits;
    }

    /** A readable international form, "+1 212-555-0100". */
    public static String display(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
