package org.recoup.service.letters;

/**
 * A letter of a batch that was not produced.
 *
 * @param rule       the rule that blocked it: compliance rules (e.g. {@code US-CEASE}, several joined
 *                   by ", "), or {@code LETTER-DATA} / {@code LETTER-FONT} when it could not be made
 * @param reason     why, in English
 * @param reasonZh   why, in Chinese (the same as {@code reason} where there is no translation)
 * @param compliance whether the compliance rules blocked it (then it is in the compliance log)
 */
public record BlockedLetter(long debtorId, String debtorName, long debtId, String debtReference, String rule,
                            String reason, String reasonZh, boolean compliance) {
}
