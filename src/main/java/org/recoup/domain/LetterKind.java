package org.recoup.domain;

/** What a letter is, as the compliance rules see it (RULES.md, SCENARIO-FORMAT.md). */
public enum LetterKind {
    VALIDATION_NOTICE, DEMAND, FINAL_NOTICE, LEGAL_ACTION, TERMINATION_NOTICE, REMEDY_NOTICE,
    VERIFICATION, DEFAULT_NOTICE
}
