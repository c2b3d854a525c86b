package org.recoup.domain;

/**
 * Input that cannot be used as given: a bad argument, a malformed file, a value out of range. Its
 * message is one line for a person, saying what is wrong and, where it helps, how to fix it.
 */
public class UserInputException extends RecoupException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
