package org.recoup.money;

import java.util.Locale;
import java.util.Map;

/**
 * Default limitation years by jurisdiction, used when a debt names none. Deliberately short where
 * the law varies: a period read too short only warns early, one read too long could let a
 * time-barred debt be treated as live. Each debt's years are editable
 * (docs/decisions/0013-money-limitation.md).
 */
public final class LimitationDefaults {

    /** Where nothing better is known: the shortest common period for consumer debt. */
    public static final int FALLBACK_YEARS = 3;

    private static final Map<String, Integer> COUNTRY = Map.of(
            "CN", 3,   // PRC Civil Code art. 188
            "GB", 6,   // Limitation Act 1980 s.5 (England and Wales)
            "US", 3);  // varies by state, 3 to 10 years; the shortest unless the state is known

    private static final Map<String, Integer> US_STATE = Map.of(
            "CA", 4,   // Cal. Code Civ. Proc. §337
            "MA", 6,   // M.G.L. c.260 §2
            "NY", 3,   // CPLR 214-i (consumer credit transactions)
            "TX", 4,   // Tex. Civ. Prac. & Rem. Code §16.004
            "WA", 6);  // RCW 4.16.040

    private LimitationDefaults() {
    }

    /**
     * The default years for a debtor in {@code country} (ISO alpha-2) and {@code region} (for the
     * US, the two-letter state); either may be null.
     */
    public static int yearsFor(String country, String region) {
        if (country == null) {
            return FALLBACK_YEARS;
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        if (c.equals("US") && region != null) {
            Integer state = US_STATE.get(region.trim().toUpperCase(Locale.ROOT));
            if (state != null) {
                return state;
            }
        }
        return COUNTRY.getOrDefault(c, FALLBACK_YEARS);
    }

    /** A short name of where the default comes from, e.g. {@code US-CA}, {@code GB}, or {@code default}. */
    public static String jurisdiction(String country, String region) {
        if (country == null) {
            return "default";
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        if (c.equals("US") && region != null && US_STATE.containsKey(region.trim().toUpperCase(Locale.ROOT))) {
            return "US-" + region.trim().toUpperCase(Locale.ROOT);
        }
        return COUNTRY.containsKey(c) ? c : "default";
    }
}
