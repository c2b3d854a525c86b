package org.recoup.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.recoup.domain.Language;

/**
 * The window's words, from the {@code messages} bundles (English and Simplified Chinese). Keys are
 * dotted and semantic ({@code debtors.new}); a missing key shows as itself, and a test fails the
 * build when a key is missing from either bundle.
 */
public final class I18n {

    public static final String BUNDLE = "org.recoup.ui.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public I18n(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of the system, where Recoup speaks it; English otherwise. */
    public static Language systemLanguage() {
        return Locale.getDefault().getLanguage().equals("zh") ? Language.ZH : Language.EN;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text of {@code key}, with {@code {0}}, {@code {1}}... filled from {@code args}. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The text of an enum value, {@code prefix.NAME}. */
    public String t(String prefix, Enum<?> value) {
        return value == null ? "" : t(prefix + "." + value.name());
    }
}
