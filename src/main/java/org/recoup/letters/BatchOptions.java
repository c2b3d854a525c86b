package org.recoup.letters;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How to run a batch.
 *
 * @param check         asked about each letter before it is produced
 * @param printFile     whether to produce one print-ready PDF of all letters
 * @param separateFiles whether to produce one PDF per letter (with its SHA-256)
 * @param progress      told how many letters are done; called from worker threads
 * @param cancelled     asked between letters; when it answers true the batch stops
 */
public record BatchOptions(LetterCheck check, boolean printFile, boolean separateFiles, Progress progress,
        BooleanSupplier cancelled) {

    /** Receives progress: {@code done} of {@code total} letters (blocked ones count as done). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    public BatchOptions {
        check = Objects.requireNonNullElse(check, LetterCheck.NONE);
        progress = Objects.requireNonNullElse(progress, Progress.NONE);
        cancelled = Objects.requireNonNullElse(cancelled, () -> false);
        if (!printFile && !separateFiles) {
            throw new IllegalArgumentException("a batch must produce a print file, separate files, or both");
        }
    }

    /** Both outputs, no check, no progress, never cancelled. */
    public static BatchOptions both() {
        return new BatchOptions(null, true, true, null, null);
    }

    public static BatchOptions printFileOnly() {
        return new BatchOptions(null, true, false, null, null);
    }

    public static BatchOptions separateFilesOnly() {
        return new BatchOptions(null, false, true, null, null);
    }

    public BatchOptions withCheck(LetterCheck c) {
        return new BatchOptions(c, printFile, separateFiles, progress, cancelled);
    }

    public BatchOptions withProgress(Progress p) {
        return new BatchOptions(check, printFile, separateFiles, p, cancelled);
    }

    public BatchOptions withCancel(BooleanSupplier c) {
        return new BatchOptions(check, printFile, separateFiles, progress, c);
    }
}
