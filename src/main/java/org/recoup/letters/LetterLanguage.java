package org.recoup.letters;

import java.util.List;
import java.util.Locale;

import org.recoup.domain.Language;

/** The language of a letter: English, Chinese, or both in one letter (English first). */
public enum LetterLanguage {
    EN("en", List.of(Language.EN)),
    ZH("zh", List.of(Language.ZH)),
    EN_ZH("en+zh", List.of(Language.EN, Language.ZH));

    private final String code;
    private final List<Language> sections;

    LetterLanguage(String code, List<Language> sections) {
        this.code = code;
        this.sections = sections;
    }

    /** {@code en}, {@code zh} or {@code en+zh}, as on the command line. */
    public String code() {
        return code;
    }

    /** The languages the letter is written in, in the order they appear. */
    public List<Language> sections() {
        return sections;
    }

    public boolean includes(Language language) {
        return sections.contains(language);
    }

    /** The letter language of a debtor's preferred language (English when none is known). */
    public static LetterLanguage of(Language preferred) {
        return preferred == Language.ZH ? ZH : EN;
    }

    /** Parses {@code en}, {@code zh}, {@code en+zh} (also {@code zh+en}, {@code both}). */
    public static LetterLanguage fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (c) {
            case "en" -> EN;
            case "zh", "zh-cn", "zh_cn" -> ZH;
            case "en+zh", "zh+en", "both", "en_zh" -> EN_ZH;
            default -> throw new IllegalArgumentException(
                    "'" + code + "' is not a letter language (en, zh, en+zh)");
        };
    }
}
