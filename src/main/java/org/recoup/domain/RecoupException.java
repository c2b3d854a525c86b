package org.recoup.domain;

/**
 * An expected failure whose message is written for a person: what went wrong and what to do.
 * The window shows the message as it is; the command line prints it on one line.
 */
public class RecoupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecoupException(String message) {
        super(message);
    }

    public RecoupException(String message, Throwable cause) {
        super(message, cause);
    }
}
