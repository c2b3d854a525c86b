package org.recoup.compliance.context;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The time zones a debtor may be in, from an address or a phone number. Several zones come back
 * where the data cannot tell them apart (a ZIP3 that spans two zones, a toll-free or Alaskan
 * number); the rules then require a time to be convenient in all of them (US-TIME-2).
 */
public final class ZoneInference {

    private static final String NY = "America/New_York";
    private static final String CHI = "America/Chicago";
    private static final String DEN = "America/Denver";
    private static final String LA = "America/Los_Angeles";
    private static final String BOISE = "America/Boise";

    /** The zone of most of each state. */
    private static final Map<String, String> STATE = Map.ofEntries(
            Map.entry("AL", CHI), Map.entry("AK", "America/Anchorage"), Map.entry("AZ", "America/Phoenix"),
            Map.entry("AR", CHI), Map.entry("CA", LA), Map.entry("CO", DEN), Map.entry("CT", NY), Map.entry("DE", NY),
            Map.entry("DC", NY), Map.entry("FL", NY), Map.entry("GA", NY), Map.entry("HI", "Pacific/Honolulu"),
            Map.entry("ID", BOISE), Map.entry("IL", CHI), Map.entry("IN", "America/Indiana/Indianapolis"),
            Map.entry("IA", CHI), Map.entry("KS", CHI), Map.entry("KY", NY), Map.entry("LA", CHI), Map.entry("ME", NY),
            Map.entry("MD", NY), Map.entry("MA", NY), Map.entry("MI", "America/Detroit"), Map.entry("MN", CHI),
            Map.entry("MS", CHI), Map.entry("MO", CHI), Map.entry("MT", DEN), Map.entry("NE", CHI), Map.entry("NV", LA),
            Map.entry("NH", NY), Map.entry("NJ", NY), Map.entry("NM", DEN), Map.entry("NY", NY), Map.entry("NC", NY),
            Map.entry("ND", CHI), Map.entry("OH", NY), Map.entry("OK", CHI), Map.entry("OR", LA), Map.entry("PA", NY),
            Map.entry("RI", NY), Map.entry("SC", NY), Map.entry("SD", CHI), Map.entry("TN", CHI), Map.entry("TX", CHI),
            Map.entry("UT", DEN), Map.entry("VT", NY), Map.entry("VA", NY), Map.entry("WA", LA), Map.entry("WV", NY),
            Map.entry("WI", CHI), Map.entry("WY", DEN), Map.entry("PR", "America/Puerto_Rico"),
            Map.entry("VI", "America/St_Thomas"), Map.entry("GU", "Pacific/Guam"), Map.entry("AS", "Pacific/Pago_Pago"),
            Map.entry("MP", "Pacific/Saipan"));

    /**
     * ZIP3 areas of split states whose zone differs from the state's, by state. Where a ZIP3 spans
     * the zone line, both zones are listed. Arizona is America/Phoenix (no DST) throughout: the
     * Navajo Nation, which keeps DST, is left aside.
     */
    private static final Map<String, Map<String, List<String>>> SPLIT = Map.ofEntries(
            Map.entry("TX", Map.of("798", List.of(CHI, DEN), "799", List.of(DEN), "885", List.of(DEN))),
            Map.entry("FL", Map.of("324", List.of(CHI), "325", List.of(CHI))),
            Map.entry("IN", Map.of("463", List.of(CHI), "464", List.of(CHI), "476", List.of(CHI), "477", List.of(CHI))),
            Map.entry("KY", Map.of("400", List.of("America/Kentucky/Louisville"), "401", List.of("America/Kentucky/Louisville"),
                    "402", List.of("America/Kentucky/Louisville"), "420", List.of(CHI), "421", List.of(CHI),
                    "422", List.of(CHI), "423", List.of(CHI), "424", List.of(CHI))),
            Map.entry("TN", Map.of("373", List.of(NY, CHI), "374", List.of(NY), "376", List.of(NY), "377", List.of(NY),
                    "378", List.of(NY), "379", List.of(NY))),
            Map.entry("ND", Map.of("586", List.of(DEN, CHI))),
            Map.entry("SD", Map.of("577", List.of(DEN))),
            Map.entry("NE", Map.of("690", List.of(CHI, DEN), "691", List.of(CHI, DEN), "693", List.of(DEN))),
            Map.entry("KS", Map.of("677", List.of(CHI, DEN), "678", List.of(CHI, DEN))),
            Map.entry("ID", Map.of("835", List.of(LA), "838", List.of(LA))),
            Map.entry("OR", Map.of("979", List.of(BOISE))),
            Map.entry("MI", Map.of("498", List.of("America/Detroit", "America/Menominee"),
                    "499", List.of("America/Detroit", "America/Menominee"))));

    /** The zone ids this Java knows; {@link ZoneId#getAvailableZoneIds()} copies them on every call. */
    private static final Set<String> KNOWN_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private ZoneInference() {
    }

    /** The zones of an address; empty when unknown. */
    public static List<ZoneId> forAddress(PostalAddress address) {
        switch (address.countryCode()) {
            case "CN":
                return List.of(ZoneId.of("Asia/Shanghai"));
            case "GB":
                return List.of(ZoneId.of("Europe/London"));
            case "US":
                String state = address.regionCode();
                Map<String, List<String>> split = SPLIT.get(state);
                List<String> ids = split == null ? null : split.get(address.zip3());
                if (ids == null) {
                    String id = STATE.get(state);
                    ids = id == null ? List.of() : List.of(id);
                }
                return ids.stream().map(ZoneId::of).toList();
            default:
                return List.of();
        }
    }

    /**
     * The zones of a phone number, as libphonenumber maps it: one for most numbers, several for a
     * number that may ring in several (toll-free, some area codes), none for a number it cannot
     * parse or place.
     *
     * @param defaultRegion where a number without "+" is read, e.g. "US"
     */
    public static List<ZoneId> forPhone(String number, String defaultRegion) {
        PhoneNumber parsed;
        try {
            parsed = PhoneNumberUtil.getInstance().parse(number, defaultRegion);
        } catch (NumberParseException e) {
            return List.of();
        }
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (String id : PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(parsed)) {
            if (!id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone()) && KNOWN_ZONES.contains(id)) {
                zones.add(ZoneId.of(id));
            }
        }
        return List.copyOf(zones);
    }
}
