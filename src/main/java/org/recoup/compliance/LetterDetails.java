package org.recoup.compliance;

import java.time.LocalDate;

import org.recoup.domain.LetterKind;

/** The details of a proposed letter; any of them but {@code kind} may be null. */
public record LetterDetails(LetterKind kind, LocalDate statedValidationEnd, boolean threatensSuit,
                            Itemization itemization, LocalDate postingDate, LocalDate serviceDate,
                            LocalDate remedyDate) {

    public static LetterDetails of(LetterKind kind) {
        return new LetterDetails(kind, null, false, null, null, null, null);
    }
}
