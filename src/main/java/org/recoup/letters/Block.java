package org.recoup.letters;

/**
 * One block of a composed letter, printed by the detail band of its kind (letter.jrxml).
 *
 * @param kind  TITLE, HEADING, PARA, NOTE, FIELD, ITEM, TOTAL, CHECK, CUT, SPACE, DIVIDER or SIGNATURE
 * @param text  its text (the label of a FIELD, ITEM or TOTAL; the signatory of a SIGNATURE)
 * @param value the value of a FIELD, ITEM or TOTAL; the lines under the signatory (may be null)
 * @param extra the closing words above a SIGNATURE, kept on its page (null for other kinds)
 */
record Block(String kind, String text, String value, String extra) {

    Block(String kind, String text, String value) {
        this(kind, text, value, null);
    }
}
