package org.recoup.letters;

import java.util.Optional;

import org.recoup.domain.LetterKind;

/** The letters Recoup prints. Each has default text blocks in English and Chinese. */
public enum TemplateId {
    /** The validation notice of Regulation F (Model Form B-1 content), US. */
    VALIDATION_NOTICE(LetterKind.VALIDATION_NOTICE, false),
    /** A formal demand for payment. */
    DEMAND(LetterKind.DEMAND, false),
    /** The final notice before legal action. */
    FINAL_NOTICE(LetterKind.FINAL_NOTICE, true),
    /** Confirms an agreed repayment plan and its schedule. */
    PLAN_CONFIRMATION(null, false),
    /** Confirms that a debt was paid in full or settled: collection ends. */
    PAID_IN_FULL(LetterKind.TERMINATION_NOTICE, false),
    /** 催收函: a formal demand written for Chinese practice. */
    CN_DEMAND(LetterKind.DEMAND, true),
    /** A default notice under the Consumer Credit Act 1974 ss.87-88 (remedy date at least 14 days after service). */
    UK_DEFAULT_NOTICE(LetterKind.DEFAULT_NOTICE, true);

    private final LetterKind kind;
    private final boolean mentionsSuit;

    TemplateId(LetterKind kind, boolean mentionsSuit) {
        this.kind = kind;
        this.mentionsSuit = mentionsSuit;
    }

    /**
     * Whether the default wording mentions court proceedings (final notice, 催收函, UK default notice):
     * such a letter on a time-barred debt is what RULES.md US-TBD and UK-SB block.
     */
    public boolean mentionsSuit() {
        return mentionsSuit;
    }

    /**
     * What this letter is as the compliance rules see it (RULES.md), where the domain has a kind for
     * it: {@code PLAN_CONFIRMATION} has none yet.
     */
    public Optional<LetterKind> letterKind() {
        return Optional.ofNullable(kind);
    }

    /** The template of an id such as {@code "DEMAND"} or {@code "cn_demand"}. */
    public static TemplateId fromId(String id) {
        if (id != null) {
            for (TemplateId t : values()) {
                if (t.name().equalsIgnoreCase(id.trim())) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown letter template '" + id + "'; known: "
                + java.util.Arrays.toString(values()));
    }
}
