package org.recoup.service.exchange;

import java.util.List;

/** A row that was not imported: its line, why, and its cells as the file had them (to fix and import again). */
public record RejectedRow(int line, List<RowProblem> problems, List<String> cells) {

    public RejectedRow {
        problems = List.copyOf(problems);
        cells = List.copyOf(cells);
    }
}
