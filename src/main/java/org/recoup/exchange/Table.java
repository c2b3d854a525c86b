package org.recoup.exchange;

import java.util.List;

/**
 * A spreadsheet as creditors send it: a header row naming the columns, then rows of data. The
 * header is the first row that is not blank; blank rows are skipped everywhere, but every row
 * keeps the line number the user sees in the file (the physical line where a CSV record starts,
 * the row number in Excel).
 */
public interface Table {

    /** The file's name, for messages. */
    String fileName();

    /** How the file was read, for a person: "CSV, GB18030, separated by ';'". */
    String description();

    /** The columns' names from the header row, trimmed and made unique ("Phone", "Phone (2)"). */
    List<String> columns();

    /** The line of the header row. */
    int headerLine();

    /** About how many data rows follow the header (for a progress bar), or -1 when unknown. */
    default long estimatedRows() {
        return -1;
    }

    /**
     * Reads the data rows in order until {@code visitor} returns false. Each row has one cell per
     * column (blank cells are empty strings, never null).
     *
     * @throws org.recoup.domain.UserInputException when the file turns out to be unreadable
     */
    void rows(RowVisitor visitor);

    /** Receives rows; returns false to stop reading. */
    @FunctionalInterface
    interface RowVisitor {
        boolean row(int line, String[] cells);
    }
}
