package org.recoup.service.letters;

import java.time.Instant;
import java.time.LocalDate;

/** A letter that was produced and archived (its PDF is fetched on demand). */
public record LetterView(long id, long debtorId, long debtId, String debtReference, LetterTemplate template,
                         LetterLanguageChoice language, LocalDate letterDate, Instant producedAt, String sha256,
                         int pages, int sizeBytes) {

    /** The first 12 hex digits of the SHA-256, enough to tell letters apart on screen. */
    public String shaPrefix() {
        return sha256.substring(0, 12);
    }
}
