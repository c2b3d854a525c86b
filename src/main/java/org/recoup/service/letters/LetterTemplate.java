package org.recoup.service.letters;

import java.util.Arrays;
import java.util.Locale;

import org.recoup.domain.LetterKind;
import org.recoup.domain.UserInputException;
import org.recoup.letters.TemplateId;

/**
 * The letters Recoup makes, as the window and the command line name them (one per
 * {@link TemplateId} of the letters core).
 */
public enum LetterTemplate {
    VALIDATION_NOTICE, DEMAND, FINAL_NOTICE, PLAN_CONFIRMATION, PAID_IN_FULL, CN_DEMAND, UK_DEFAULT_NOTICE;

    TemplateId id() {
        return TemplateId.valueOf(name());
    }

    /**
     * What the letter is for the compliance rules. A plan confirmation has no kind of its own in
     * RULES.md; it asks for payments, so the rules read it as a {@code DEMAND} (the strictest
     * reading: a debtor who asked to cease gets none), see docs/decisions/0065-letters-compliance.md.
     */
    public LetterKind ruleKind() {
        return id().letterKind().orElse(LetterKind.DEMAND);
    }

    /** Whether the letter mentions court proceedings (what US-TBD and UK-SB read as a threat of suit). */
    public boolean mentionsSuit() {
        return id().mentionsSuit();
    }

    /** Whether it is sent about a debt that is still being collected (all but the paid-in-full letter). */
    public boolean forOpenDebts() {
        return this != PAID_IN_FULL;
    }

    /** The template of an id such as {@code DEMAND} or {@code cn_demand}. */
    public static LetterTemplate fromId(String id) {
        if (id != null) {
            String wanted = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (LetterTemplate t : values()) {
                if (t.name().equals(wanted)) {
                    return t;
                }
            }
        }
        throw new UserInputException("'" + id + "' is not a letter template; known: "
                + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
    }
}
