package org.recoup.letters;

import java.util.List;

/**
 * What a batch produced.
 *
 * @param printFile       one print-ready PDF of every produced letter in batch order (null when
 *                        not asked for, when no letter was produced, when cancelled, or when the
 *                        pages went to the caller's {@link PrintFile})
 * @param printFileSha256 its SHA-256 (lower-case hex), or null
 * @param printFilePages  its page count
 * @param letters         one PDF per produced letter, in batch order (empty when not asked for)
 * @param skipped         the letters not produced, with rule and reason
 * @param cancelled       whether the batch was cancelled before it finished
 */
public record BatchResult(byte[] printFile, String printFileSha256, int printFilePages, List<RenderedLetter> letters,
        List<SkippedLetter> skipped, boolean cancelled) {
}
