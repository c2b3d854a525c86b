package org.recoup.domain;

/**
 * A value the domain refuses, naming the field at fault so that a form can show it beside the
 * field and a command can print it: "debt.currency: is required".
 */
public class ValidationException extends UserInputException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public ValidationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The dotted name of the field at fault, e.g. {@code debt.reference}. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field's name. */
    public String reason() {
        return reason;
    }
}
