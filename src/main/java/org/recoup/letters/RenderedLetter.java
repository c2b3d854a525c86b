package org.recoup.letters;

/**
 * One letter as a PDF.
 *
 * @param letterId the caller's id of the letter
 * @param template which letter
 * @param language the language it was written in
 * @param paper    the paper it was laid out for
 * @param pdf      the PDF file's bytes
 * @param sha256   the SHA-256 of those bytes, in lower-case hex (to store with the archived copy)
 * @param pages    how many pages it has
 */
public record RenderedLetter(String letterId, TemplateId template, LetterLanguage language, Paper paper, byte[] pdf,
        String sha256, int pages) {

    @Override
    public String toString() {
        return "RenderedLetter[" + letterId + ", " + template + ", " + language.code() + ", " + paper + ", "
                + pdf.length + " bytes, " + pages + " page(s), sha256=" + sha256 + "]";
    }
}
