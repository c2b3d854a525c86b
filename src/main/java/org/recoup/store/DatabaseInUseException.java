package org.recoup.store;

import java.nio.file.Path;

/** Another Recoup (or another program) has the database file open. */
public class DatabaseInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Path file, Throwable cause) {
        super("The database " + file + " is already open in another Recoup window or command."
                + " Close that one first, or choose another database with --db.", cause);
    }
}
