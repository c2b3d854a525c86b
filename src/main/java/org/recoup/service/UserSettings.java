package org.recoup.service;

import java.util.Optional;
import java.util.prefs.Preferences;

import org.recoup.domain.Language;

/**
 * What the person at this desktop chose for the window, kept in the user's preferences (not in
 * the database, which may be shared by copying): the window's language.
 */
public final class UserSettings {

    private static final String LANGUAGE = "ui.language";

    private final Preferences node;

    public UserSettings(Preferences node) {
        this.node = node;
    }

    /** The settings of the current user. */
    public static UserSettings forCurrentUser() {
        return new UserSettings(Preferences.userRoot().node("org/recoup"));
    }

    /** The chosen language, or empty to follow the system. */
    public Optional<Language> language() {
        String code = node.get(LANGUAGE, null);
        try {
            return code == null ? Optional.empty() : Optional.of(Language.fromCode(code));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void setLanguage(Language language) {
        if (language == null) {
            node.remove(LANGUAGE);
        } else {
            node.put(LANGUAGE, language.code());
        }
    }
}
