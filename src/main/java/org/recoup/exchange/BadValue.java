package org.recoup.exchange;

/** A cell whose text cannot be read as its field's value; the message says why, quoting the text. */
public final class BadValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadValue(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
