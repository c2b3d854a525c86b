package org.recoup.reports;

import java.util.List;
import java.util.Objects;

/**
 * A whole report, in the words of the language it is written in.
 *
 * @param title     e.g. "Portfolio summary"
 * @param subtitle  lines under the title: client, period, as-of day (its first line is repeated on later pages)
 * @param agency    the agency's name from the letterhead settings, or null
 * @param generated e.g. "Generated 2026-11-01 14:05 by Recoup 0.1.0"
 * @param footer    the left part of every page's footer
 * @param pageWords how "page N of M" is written: before N, after N, before M, after M
 *                  (English "Page ", "", " of ", ""; Chinese "第 ", " 页", "，共 ", " 页")
 * @param sections  in order
 */
public record ReportDocument(String title, String subtitle, String agency, String generated, String footer,
                             List<String> pageWords, List<ReportSection> sections) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        pageWords = List.copyOf(pageWords);
        if (pageWords.size() != 4) {
            throw new IllegalArgumentException("page words: before N, after N, before M, after M");
        }
        sections = List.copyOf(sections);
    }
}
