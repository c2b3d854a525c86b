package org.recoup.exchange;

import java.util.Locale;

import org.recoup.domain.UserInputException;

/** What an import does with a row whose reference the client already has. */
public enum DuplicatePolicy {
    /** Leave the existing debt as it is and count the row as skipped. */
    SKIP,
    /** Update the existing debt's details (never its money or status). */
    UPDATE,
    /** Reject the row, listing it with the other rejected rows. */
    REJECT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "skip", "update" or "reject", in any case. */
    public static DuplicatePolicy parse(String text) {
        if (text != null) {
            for (DuplicatePolicy p : values()) {
                if (p.name().equalsIgnoreCase(text.trim())) {
                    return p;
                }
            }
        }
        throw new UserInputException("on-duplicate: '" + text + "' is not one of skip, update, reject");
    }
}
