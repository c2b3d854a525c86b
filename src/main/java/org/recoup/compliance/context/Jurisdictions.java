package org.recoup.compliance.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule packs of a debtor's jurisdiction: US-FED for the United States with the overlay of his
 * state where the project has one (US-MA, US-WA); CN for China; UK for Great Britain. A per-debtor
 * override, where the user set one, wins.
 */
public final class Jurisdictions {

    /** US states with an overlay pack. A new state overlay is a line here plus its pack. */
    private static final Map<String, String> US_OVERLAYS = Map.of("MA", "US-MA", "WA", "US-WA");

    private Jurisdictions() {
    }

    /** The packs for an address; empty when the project has none for its country. */
    public static List<String> packsFor(PostalAddress address) {
        List<String> packs = new ArrayList<>();
        switch (address.countryCode()) {
            case "US" -> {
                packs.add("US-FED");
                String overlay = US_OVERLAYS.get(address.regionCode());
                if (overlay != null) {
                    packs.add(overlay);
                }
            }
            case "CN" -> packs.add("CN");
            case "GB" -> packs.add("UK");
            default -> {
            }
        }
        return List.copyOf(packs);
    }

    /** The packs for a debtor: his override when he has one (not null, not empty), else those of his address. */
    public static List<String> packsFor(PostalAddress address, List<String> override) {
        return override != null && !override.isEmpty() ? List.copyOf(override) : packsFor(address);
    }
}
