package org.recoup.service.letters;

import org.recoup.domain.RecoupException;
import org.recoup.service.compliance.CheckResult;

/** A letter the compliance rules block (it was not produced; the attempt is in the compliance log). */
public final class LetterBlockedException extends RecoupException {

    private static final long serialVersionUID = 1L;

    private final transient CheckResult verdict;

    public LetterBlockedException(CheckResult verdict) {
        super("The letter was not produced: " + String.join(", ", verdict.blockingRules()) + " blocks it. "
                + verdict.summary());
        this.verdict = verdict;
    }

    public CheckResult verdict() {
        return verdict;
    }
}
