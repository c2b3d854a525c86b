package org.recoup.ui.common;

import org.controlsfx.validation.ValidationSupport;

/** Validation as you type, decorated the theme's way. */
public final class Validation {

    private Validation() {
    }

    public static ValidationSupport support() {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new ThemedValidationDecoration());
        return support;
    }
}
