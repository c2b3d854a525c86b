package org.recoup.service.work;

import java.util.List;
import java.util.Locale;

import org.recoup.domain.LetterKind;
import org.recoup.domain.ValidationException;

/**
 * The letter templates a strategy step or a scheduled letter names, and the kind of letter each
 * one is for the compliance rules.
 */
public final class LetterTemplates {

    public static final String VALIDATION_NOTICE = "VALIDATION_NOTICE";
    public static final String DEMAND = "DEMAND";
    public static final String FINAL_NOTICE = "FINAL_NOTICE";
    public static final String PLAN_CONFIRMATION = "PLAN_CONFIRMATION";
    public static final String PAID_IN_FULL = "PAID_IN_FULL";
    public static final String CN_DEMAND = "CN_DEMAND";
    public static final String UK_DEFAULT_NOTICE = "UK_DEFAULT_NOTICE";

    /** Every template id, in the order the editor offers them. */
    public static final List<String> ALL = List.of(VALIDATION_NOTICE, DEMAND, FINAL_NOTICE, CN_DEMAND,
            UK_DEFAULT_NOTICE, PLAN_CONFIRMATION, PAID_IN_FULL);

    private LetterTemplates() {
    }

    /**
     * What the rules see in a letter of this template. A plan confirmation still asks for money (a
     * demand); a paid-in-full letter says collection is ending.
     */
    public static LetterKind kind(String template) {
        return switch (normalize(template)) {
            case VALIDATION_NOTICE -> LetterKind.VALIDATION_NOTICE;
            case DEMAND, CN_DEMAND, PLAN_CONFIRMATION -> LetterKind.DEMAND;
            case FINAL_NOTICE -> LetterKind.FINAL_NOTICE;
            case UK_DEFAULT_NOTICE -> LetterKind.DEFAULT_NOTICE;
            case PAID_IN_FULL -> LetterKind.TERMINATION_NOTICE;
            default -> throw new ValidationException("letterTemplate", "unknown template '" + template
                    + "'; known: " + String.join(", ", ALL));
        };
    }

    /** The template id in its canonical form; refuses an unknown one. */
    public static String normalize(String template) {
        if (template == null || template.isBlank()) {
            throw new ValidationException("letterTemplate", "is required for a letter");
        }
        String id = template.trim().toUpperCase(Locale.ROOT);
        if (!ALL.contains(id)) {
            throw new ValidationException("letterTemplate", "unknown template '" + template
                    + "'; known: " + String.join(", ", ALL));
        }
        return id;
    }
}
