package org.recoup.letters;

/** A letter that cannot be produced, with a message that says why. */
public class LetterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LetterException(String message) {
        super(message);
    }

    public LetterException(String message, Throwable cause) {
        super(message, cause);
    }
}
