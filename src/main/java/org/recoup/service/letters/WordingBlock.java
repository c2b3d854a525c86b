package org.recoup.service.letters;

/**
 * One text block of a template in a language, for the wording editor.
 *
 * @param name        the block's name, e.g. {@code intro}
 * @param defaultText the text Recoup ships
 * @param userText    the user's text replacing it, or null
 */
public record WordingBlock(String name, String defaultText, String userText) {

    /** The text letters print. */
    public String text() {
        return userText != null ? userText : defaultText;
    }

    public boolean changed() {
        return userText != null;
    }
}
