package org.recoup.letters;

/**
 * A letter of a batch that was not produced.
 *
 * @param index    its position in the batch (0-based)
 * @param letterId the caller's id of it
 * @param rule     the rule that blocked it: a compliance rule from the {@link LetterCheck}, or
 *                 {@code LETTER-DATA} (the request lacks something the template needs, or a text
 *                 block is wrong) or {@code LETTER-FONT} (a character the letter font cannot print)
 * @param reason   why, for the user
 */
public record SkippedLetter(int index, String letterId, String rule, String reason) {

    public static final String DATA = "LETTER-DATA";
    public static final String FONT = "LETTER-FONT";
}
