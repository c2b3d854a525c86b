package org.recoup.service.letters;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names of letters written to a folder: they say which template, debtor and debt, in
 * characters every file system accepts, e.g. {@code demand_debtor-1042_debt-2203_ACC-7781_zhang-wei.pdf}.
 */
final class LetterFiles {

    private LetterFiles() {
    }

    static String name(LetterTemplate template, long debtorId, long debtId, String debtReference, String debtorName) {
        StringBuilder name = new StringBuilder(template.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("_debtor-").append(debtorId).append("_debt-").append(debtId);
        String ref = safe(debtReference, false);
        if (!ref.isEmpty()) {
            name.append('_').append(ref);
        }
        String who = safe(debtorName, true);
        if (!who.isEmpty()) {
            name.append('_').append(who);
        }
        return name.append(".pdf").toString();
    }

    /** The name, or the name with "-2", "-3"... when a file of this batch already has it. */
    static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = name.substring(0, name.length() - 4) + "-" + i + ".pdf";
        }
        return candidate;
    }

    /** ASCII letters, digits and single hyphens only (accents dropped), at most 40 characters. */
    static String safe(String text, boolean lowerCase) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (ok) {
                out.append(lowerCase ? Character.toLowerCase(c) : c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
            if (out.length() >= 40) {
                break;
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
