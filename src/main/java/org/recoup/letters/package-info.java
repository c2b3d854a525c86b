/**
 * Letters: formal demand letters as print-ready PDF, in English, Chinese or both, one at a time or
 * thousands at once. Used by the service layer only; depends on the domain and libraries only.
 *
 * <h2>For the service layer</h2>
 * <ul>
 * <li>Build a {@link org.recoup.letters.LetterRequest} per letter from the database: template
 *     ({@link org.recoup.letters.TemplateId}), language ({@link org.recoup.letters.LetterLanguage}, or
 *     null for the debtor's preferred one), {@link org.recoup.letters.Letterhead} (settings),
 *     {@link org.recoup.letters.Recipient}, {@link org.recoup.letters.DebtFacts},
 *     {@link org.recoup.letters.LetterDates}, and as the template needs them an
 *     {@link org.recoup.letters.Itemization}, {@link org.recoup.letters.Instalment}s, a
 *     {@link org.recoup.letters.PaymentAccount}, a settlement amount and the user's text blocks.</li>
 * <li>One letter: {@link org.recoup.letters.LetterRenderer#render} gives the PDF and its SHA-256;
 *     {@link org.recoup.letters.LetterRenderer#preview} gives page images.</li>
 * <li>A batch: {@link org.recoup.letters.LetterRenderer#renderBatch} with
 *     {@link org.recoup.letters.BatchOptions}: a {@link org.recoup.letters.LetterCheck} (the compliance
 *     engine, asked about each letter before it is produced; blocked letters come back as
 *     {@link org.recoup.letters.SkippedLetter} with rule and reason), progress and a cancel flag. The
 *     {@link org.recoup.letters.BatchResult} has one print file of all letters and one
 *     {@link org.recoup.letters.RenderedLetter} per letter, each with its SHA-256. The check and the
 *     progress are called from the renderer's worker threads, concurrently. A caller that stores
 *     letters as they are made renders slice after slice into one {@link org.recoup.letters.PrintFile}.</li>
 * <li>A letter produced before: {@link org.recoup.letters.LetterRenderer#pages} gives its page images
 *     (to show or print it).</li>
 * <li>Text blocks: {@link org.recoup.letters.Wording#validate} and
 *     {@link org.recoup.letters.Wording#validateOverrides} when the user saves one;
 *     {@link org.recoup.letters.Wording#defaults} for the editor; {@link org.recoup.letters.Placeholders}
 *     for the list of placeholders.</li>
 * </ul>
 *
 * <p>Design and measurements: docs/decisions/0060-letters-font.md, 0061-letters-pdf-pipeline.md,
 * 0062-letters-uk-default-notice.md, 0063-letters-templates-and-wording.md.
 */
package org.recoup.letters;
