package org.recoup.service.letters;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A batch of letters: one letter of {@code template} per debt.
 *
 * @param debtIds   the debts, in the order the letters are made (e.g. from a filter of the debtors list)
 * @param language  the letters' language; null: each debtor's preferred one
 * @param folder    where to write one PDF per letter (created when missing); null: none
 * @param printFile where to write one print-ready PDF of all letters; null: none
 */
public record LetterBatchRequest(List<Long> debtIds, LetterTemplate template, LetterLanguageChoice language,
                                 Path folder, Path printFile) {

    public LetterBatchRequest {
        debtIds = List.copyOf(debtIds);
        Objects.requireNonNull(template, "template");
    }
}
