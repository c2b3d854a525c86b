package org.recoup.domain.view;

/** A debtor found by the global search, and what matched. */
public record SearchHit(long debtorId, String name, String nativeName, Match matchedOn, String matchedText) {

    public enum Match { NAME, NATIVE_NAME, REFERENCE, PHONE, EMAIL }
}
