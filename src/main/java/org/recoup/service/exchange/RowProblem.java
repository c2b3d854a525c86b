package org.recoup.service.exchange;

/**
 * One reason a row was not imported (or, for notices, something to know about a row that was):
 * the line the user sees in the file, the field at fault by its key ({@code row} for the row as a
 * whole), the column it came from (null for none) and the reason, quoting the value.
 */
public record RowProblem(int line, String field, String column, String reason) {

    /** "line 14, principal: '1.234,5' is not an amount ...". */
    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + reason;
    }
}
