package org.recoup.reports;

import java.util.Locale;

/** The paper a report is printed on: US Letter in the United States and its territories, A4 elsewhere. */
public enum ReportPaper {
    A4, LETTER;

    /** Letter for the United States (and its territories' ISO codes), A4 for every other country or none. */
    public static ReportPaper forCountry(String isoCountry) {
        if (isoCountry == null) {
            return A4;
        }
        return switch (isoCountry.trim().toUpperCase(Locale.ROOT)) {
            case "US", "PR", "GU", "VI", "AS", "MP" -> LETTER;
            default -> A4;
        };
    }
}
