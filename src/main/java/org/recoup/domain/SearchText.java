package org.recoup.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names, references and numbers are normalised so that search finds them as people type them. */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private SearchText() {
    }

    /** Lower case, accents removed, spaces collapsed: "  José  Núñez" → "jose nunez". */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The normalised name with its last word first, so that "smi" finds "John Smith". */
    public static String lastWordFirst(String text) {
        String normalized = normalize(text);
        int space = normalized.lastIndexOf(' ');
        return space < 0 ? normalized : normalized.substring(space + 1) + " " + normalized.substring(0, space);
    }

    /** The digits of a phone number as typed, for search ("+1 (212) 555-0100" → "12125550100"). */
    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }

    /** True when the text reads as a phone number rather than a name or reference. */
    public static boolean looksLikePhone(String text) {
        return text != null && text.trim().matches("^\\+?[\\d\\s().\\-]{4,}$") && digits(text).length() >= 4;
    }
}
