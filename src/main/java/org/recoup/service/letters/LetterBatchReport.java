package org.recoup.service.letters;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch did.
 *
 * @param requested  the letters asked for (one per debt)
 * @param made       the letters produced, each stored with its SHA-256 and LETTER contact
 * @param blocked    the letters not produced, with rule and reason
 * @param cancelled  whether it was cancelled: then the letters made before the cancel are stored (and
 *                   in the folder and the print file), the others were neither made nor checked
 * @param printFile  the print file written, or null (none asked for, or no letter made)
 */
public record LetterBatchReport(LetterTemplate template, int requested, int made, List<BlockedLetter> blocked,
                                double seconds, boolean cancelled, Path folder, Path printFile, int printPages) {

    public LetterBatchReport {
        blocked = List.copyOf(blocked);
    }

    /** Letters neither made nor blocked: those not reached before a cancel. */
    public int notReached() {
        return requested - made - blocked.size();
    }

    /** Letters per second, made or blocked. */
    public double rate() {
        return seconds <= 0 ? 0 : (made + blocked.size()) / seconds;
    }
}
