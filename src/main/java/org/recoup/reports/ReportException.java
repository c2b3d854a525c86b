package org.recoup.reports;

import org.recoup.domain.RecoupException;

/** A report that could not be written (a missing design, a fill or export failure). */
public final class ReportException extends RecoupException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
