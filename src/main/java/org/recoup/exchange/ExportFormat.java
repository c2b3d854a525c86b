package org.recoup.exchange;

import java.util.Locale;

import org.recoup.domain.UserInputException;

/** The file formats Recoup exports to. */
public enum ExportFormat {
    /** UTF-8 with a byte-order mark (so that Excel reads Chinese right), RFC 4180 quoting, CRLF. */
    CSV,
    /** An Excel workbook, written as a stream (SXSSF) so that a million rows fit in little memory. */
    XLSX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new UserInputException("format: '" + text + "' is not csv or xlsx");
    }
}
