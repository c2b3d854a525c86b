package org.recoup.letters;

/**
 * Something wrong with a text block: an unknown placeholder (named), an unbalanced brace, or a
 * block the template does not have.
 *
 * @param block    the block's key, e.g. {@code en.intro} (null when checking loose text)
 * @param position the character offset in the text where it is (0 for a whole-block problem)
 * @param message  what is wrong, for the user
 */
public record WordingProblem(String block, int position, String message) {

    @Override
    public String toString() {
        return (block == null ? "" : block + ": ") + message + (position > 0 ? " (at character " + (position + 1) + ")" : "");
    }
}
