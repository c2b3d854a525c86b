package org.recoup.service.letters;

import java.util.Locale;

import org.recoup.domain.Language;
import org.recoup.domain.UserInputException;
import org.recoup.letters.LetterLanguage;

/** The language of a letter: English, Chinese or both (English first). */
public enum LetterLanguageChoice {
    EN, ZH, EN_ZH;

    /** {@code en}, {@code zh} or {@code en+zh}. */
    public String code() {
        return core().code();
    }

    LetterLanguage core() {
        return LetterLanguage.valueOf(name());
    }

    static LetterLanguageChoice of(LetterLanguage language) {
        return valueOf(language.name());
    }

    /** The letter language of a debtor's preferred language. */
    public static LetterLanguageChoice of(Language preferred) {
        return of(LetterLanguage.of(preferred));
    }

    /** Reads {@code en}, {@code zh} or {@code en+zh}. */
    public static LetterLanguageChoice fromCode(String code) {
        try {
            return of(LetterLanguage.fromCode(code));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("'" + code + "' is not a letter language: en, zh or en+zh");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
