package org.recoup.service.exchange;

/**
 * A field an import column can hold, as pickers list it.
 *
 * @param key        its name in mappings and messages ({@code principal}, {@code mobilePhone})
 * @param required   whether every import needs a column for it
 * @param repeatable whether several columns may hold it (phones, e-mails)
 */
public record ImportField(String key, boolean required, boolean repeatable) {
}
