package org.recoup.reports;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a section: its cells in the section's columns (null or missing cells print blank).
 *
 * @param kind  how it is printed
 * @param cells the texts, already formatted (amounts, dates), left to right
 */
public record ReportLine(Kind kind, List<String> cells) {

    /** How a line is printed. */
    public enum Kind {
        /** An ordinary line of the table. */
        ROW,
        /** A total: bold, under a rule. */
        TOTAL,
        /** A second, small line under the one before it, across the columns but the first (a reason, a note). */
        DETAIL,
        /** A remark in small italics across the whole width (a definition, "nothing in this period"). */
        NOTE
    }

    public ReportLine {
        cells = cells == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    public static ReportLine row(String... cells) {
        return new ReportLine(Kind.ROW, Arrays.asList(cells));
    }

    public static ReportLine total(String... cells) {
        return new ReportLine(Kind.TOTAL, Arrays.asList(cells));
    }

    public static ReportLine detail(String text) {
        return new ReportLine(Kind.DETAIL, Arrays.asList(text));
    }

    public static ReportLine note(String text) {
        return new ReportLine(Kind.NOTE, Arrays.asList(text));
    }

    /** The cell at {@code index} (0-based), or null. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }
}
