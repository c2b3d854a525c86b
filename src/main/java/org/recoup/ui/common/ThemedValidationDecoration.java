package org.recoup.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;

import atlantafx.base.theme.Styles;

/**
 * Shows ControlsFX validation the theme's way: the field turns red (AtlantaFX's danger state) and
 * its tooltip says what is wrong. Unlike ControlsFX's graphic decorations it does not wrap the
 * scene's root, which dialogs do not allow.
 */
public final class ThemedValidationDecoration implements ValidationDecoration {

    private static final String KEY = "recoup.validation.tooltip";

    @Override
    public void removeDecorations(Control target) {
        target.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        target.pseudoClassStateChanged(Styles.STATE_WARNING, false);
        if (target.getProperties().remove(KEY) != null) {
            target.setTooltip(null);
        }
    }

    @Override
    public void applyValidationDecoration(ValidationMessage message) {
        Control target = message.getTarget();
        boolean error = message.getSeverity() == Severity.ERROR;
        target.pseudoClassStateChanged(error ? Styles.STATE_DANGER : Styles.STATE_WARNING, true);
        if (message.getText() != null && !message.getText().isBlank()) {
            Tooltip tooltip = new Tooltip(message.getText());
            target.getProperties().put(KEY, tooltip);
            target.setTooltip(tooltip);
        }
    }

    @Override
    public void applyRequiredDecoration(Control target) {
        // required fields are marked by their validators' messages
    }
}
