package org.recoup.service.letters;

import java.util.List;

import org.recoup.domain.ValidationException;

/** A text block that cannot be saved: each problem names the placeholder or brace at fault. */
public final class WordingRejectedException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public WordingRejectedException(String field, List<String> problems) {
        super(field, String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
