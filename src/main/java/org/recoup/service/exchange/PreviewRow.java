package org.recoup.service.exchange;

import java.util.List;
import java.util.Map;

/**
 * A row of a file as the import will take it.
 *
 * @param line     the line the user sees in the file
 * @param outcome  what the import will do with it
 * @param values   the row's values by field key as they will be stored (phones in E.164, amounts at
 *                 the currency's decimals, dates ISO); for a rejected row, the text of its cells;
 *                 also {@code zone} (the debtor's home time zone) and {@code debtor} (new, the same
 *                 as an earlier line's, or an existing one)
 * @param problems why it will be rejected (empty otherwise)
 * @param note     what else to know: the changes of an update, why a row is skipped; may be null
 */
public record PreviewRow(int line, Outcome outcome, Map<String, String> values, List<RowProblem> problems, String note) {

    /** What an import does with a row. */
    public enum Outcome { IMPORT, UPDATE, SKIP, REJECT }
}
