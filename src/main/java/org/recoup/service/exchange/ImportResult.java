package org.recoup.service.exchange;

import java.util.List;
import java.util.Locale;

/**
 * What an import did. Either all of {@code imported} and {@code updated} were committed together,
 * or (on failure or cancel) nothing was and no result exists.
 *
 * @param read          data rows read (blank rows not counted)
 * @param imported      new debts written
 * @param updated       existing debts whose details changed
 * @param skipped       rows left alone: references the client already had (or, with update, no change)
 * @param rejected      rows not imported, listed in {@code rejectedRows}
 * @param debtorsCreated new debtors written
 * @param clientId      the client the debts are for (created by the import when it was new)
 * @param clientCreated whether the import created the client
 * @param notices       things to know about imported or updated rows (amounts that differ from an
 *                      existing debt's placement, which an update never changes)
 * @param seconds       how long it took, reading to commit
 */
public record ImportResult(long read, long imported, long updated, long skipped, long rejected, long debtorsCreated,
                           long clientId, boolean clientCreated, List<RejectedRow> rejectedRows,
                           List<RowProblem> notices, double seconds) {

    /** "read 120, imported 100, updated 0, skipped 5, rejected 15 in 0.8 s". */
    public String summary() {
        return String.format(Locale.ROOT, "read %d, imported %d, updated %d, skipped %d, rejected %d in %.1f s",
                read, imported, updated, skipped, rejected, seconds);
    }
}
