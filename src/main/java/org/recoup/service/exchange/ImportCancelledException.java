package org.recoup.service.exchange;

import org.recoup.domain.RecoupException;

/** The user stopped an import; everything it had written was rolled back. */
public final class ImportCancelledException extends RecoupException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("The import was cancelled; nothing was imported.");
    }
}
