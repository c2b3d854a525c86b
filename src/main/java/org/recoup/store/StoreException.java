package org.recoup.store;

import org.recoup.domain.RecoupException;

/**
 * The database cannot be used as asked: it is open elsewhere, its schema does not match, its file
 * is not a Recoup database. The message is for a person and says what to do.
 */
public class StoreException extends RecoupException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
