package org.recoup.exchange;

import org.recoup.domain.PhoneType;

/** A phone number as a row gives it: the text as written, its type, and the field and column it came from. */
public record PhoneCell(String text, PhoneType type, Field field, String column) {
}
