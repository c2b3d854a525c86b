package org.recoup.domain;

import java.util.Locale;

/** A language Recoup writes in: the window, letters, a debtor's preference. */
public enum Language {
    EN(Locale.UK), ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "en" or "zh" (also "zh-CN", "zh_Hans"...); null and anything else is refused. */
    public static Language fromCode(String code) {
        if (code != null) {
            String c = code.trim().toLowerCase(Locale.ROOT);
            if (c.equals("en") || c.startsWith("en-") || c.startsWith("en_")) {
                return EN;
            }
            if (c.equals("zh") || c.startsWith("zh-") || c.startsWith("zh_")) {
                return ZH;
            }
        }
        throw new ValidationException("language", "'" + code + "' is not a supported language (en, zh)");
    }
}
