package org.recoup.exchange;

/**
 * Why a row of an import file was not imported: its line, the field at fault (its mapping key,
 * e.g. {@code principal}; {@code row} for the row as a whole), the column it came from (null for
 * none) and the reason, quoting the value.
 */
public record Rejection(int line, String field, String column, String reason) {

    /** "line 14, principal: '1.234,5' is not an amount". */
    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + reason;
    }
}
