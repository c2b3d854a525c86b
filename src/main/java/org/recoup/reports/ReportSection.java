package org.recoup.reports;

import java.util.List;

/**
 * A titled part of a report: a table with its column headings (repeated on each page it runs
 * onto), or labelled values, and remarks.
 *
 * @param headers the column headings, or empty for none
 */
public record ReportSection(String title, Layout layout, List<String> headers, List<ReportLine> lines) {

    /** The columns of a section, 481 points wide on every paper. */
    public enum Layout {
        /** Seven columns: a label (115 pt), a currency (30 pt), a count (48 pt) and four figures (72 pt each), right-aligned. */
        SUMMARY("S", 7),
        /** Six columns: time (70), name (112), three short texts (72, 80, 62) and a right-aligned amount (85). */
        LIST("L", 6),
        /** The same six columns, all texts. */
        TEXT("T", 6),
        /** A label (200 pt) and its value (281 pt, bold). */
        KEYS("K", 2);

        private final String code;
        private final int columns;

        Layout(String code, int columns) {
            this.code = code;
            this.columns = columns;
        }

        String code() {
            return code;
        }

        public int columns() {
            return columns;
        }
    }

    public ReportSection {
        headers = headers == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(headers));
        lines = List.copyOf(lines);
        if (headers.size() > layout.columns()) {
            throw new IllegalArgumentException(title + ": " + headers.size() + " headings for " + layout.columns() + " columns");
        }
        for (ReportLine line : lines) {
            if (line.kind() != ReportLine.Kind.DETAIL && line.kind() != ReportLine.Kind.NOTE
                    && line.cells().size() > layout.columns()) {
                throw new IllegalArgumentException(title + ": a line of " + line.cells().size() + " cells for "
                        + layout.columns() + " columns");
            }
        }
    }
}
