package org.recoup.service.letters;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

import org.recoup.service.compliance.CheckResult;

/**
 * A letter as it would be produced now, before it is: its pages and what the compliance rules say.
 *
 * @param verdict  the compliance check of this letter (null when {@code problem} is set)
 * @param problem  why the letter cannot be made from what is stored (no address, debt not paid for a
 *                 paid-in-full letter, ...), or null
 * @param pages    the pages, for the preview (empty when {@code problem} is set)
 */
public record LetterDraft(long debtorId, long debtId, String debtReference, LetterTemplate template,
                          LetterLanguageChoice language, LocalDate letterDate, CheckResult verdict, String problem,
                          List<BufferedImage> pages) {

    public LetterDraft {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Whether it may be produced: nothing missing and no rule blocks it. */
    public boolean canProduce() {
        return problem == null && verdict != null && !verdict.blocks();
    }
}
