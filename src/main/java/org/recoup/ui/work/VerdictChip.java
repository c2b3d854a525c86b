package org.recoup.ui.work;

import javafx.scene.control.Label;

import org.recoup.service.compliance.CheckResult;
import org.recoup.ui.I18n;

/** The compliance verdict as a coloured chip: green PASS, amber WARN, red BLOCK (colours from the theme). */
final class VerdictChip {

    private VerdictChip() {
    }

    static Label of(I18n i18n, CheckResult.Level level) {
        Label chip = new Label();
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        set(chip, i18n, level);
        return chip;
    }

    static void set(Label chip, I18n i18n, CheckResult.Level level) {
        chip.getStyleClass().removeAll("verdict-pass", "verdict-warn", "verdict-block");
        if (!chip.getStyleClass().contains("verdict-chip")) {
            chip.getStyleClass().add("verdict-chip");
        }
        if (level == null) {
            chip.setText("");
            return;
        }
        chip.setText(i18n.t("verdict", level));
        chip.getStyleClass().add("verdict-" + level.name().toLowerCase(java.util.Locale.ROOT));
    }
}
