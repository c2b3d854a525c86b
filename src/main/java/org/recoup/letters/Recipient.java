package org.recoup.letters;

import java.util.List;
import java.util.Objects;

import org.recoup.domain.Language;

/**
 * Who the letter goes to.
 *
 * @param name       the name as written in Latin script, e.g. "Zhang Kun" (or the only name)
 * @param nativeName the name in Chinese characters, e.g. "张堃" (may be null)
 * @param address    postal address lines
 * @param country    ISO 3166 country of the debtor's jurisdiction ("US", "GB", "CN"...): chooses the paper
 * @param preferred  the debtor's preferred language, the default language of his letters (may be null)
 */
public record Recipient(String name, String nativeName, List<String> address, String country, Language preferred) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        address = address == null ? List.of() : List.copyOf(address);
    }

    /** The name to use in a Chinese text: the native name when there is one. */
    public String nameIn(Language language) {
        return language == Language.ZH && nativeName != null && !nativeName.isBlank() ? nativeName : name;
    }
}
