package org.recoup.letters;

/**
 * A check made on each letter before it is produced (the service layer plugs the compliance
 * engine in here). A blocked letter is not produced; the batch reports it with rule and reason.
 */
@FunctionalInterface
public interface LetterCheck {

    /** Lets every letter through. */
    LetterCheck NONE = request -> Verdict.PASS;

    Verdict check(LetterRequest request);

    /**
     * The outcome of a check.
     *
     * @param blocked whether the letter must not go out
     * @param rule    the rule that blocked it (e.g. {@code US-VAL-2}); null when passed
     * @param reason  why, for the user; null when passed
     */
    record Verdict(boolean blocked, String rule, String reason) {

        public static final Verdict PASS = new Verdict(false, null, null);

        public static Verdict block(String rule, String reason) {
            return new Verdict(true, rule, reason);
        }
    }
}
