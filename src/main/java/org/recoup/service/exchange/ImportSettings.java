package org.recoup.service.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.recoup.domain.Product;
import org.recoup.domain.UserInputException;

/**
 * A mapping as the window and the command line hold it: which field (by key, e.g.
 * {@code principal}; null to ignore the column) each column of the file holds, how dates and
 * amounts are read, the defaults for what rows leave out, and what to do with references the
 * client already has. See {@link ImportService#fields()} for the field keys.
 */
public record ImportSettings(Map<String, String> columns, DateOrder dateOrder, char decimalSeparator,
                             String defaultCurrency, String defaultCountry, Product defaultProduct,
                             OnDuplicate onDuplicate) {

    /** How 01/02/2026 is read: day first or month first. */
    public enum DateOrder { DMY, MDY }

    /** What to do with a row whose reference the client already has. */
    public enum OnDuplicate {
        SKIP, UPDATE, REJECT;

        /** "skip", "update" or "reject", any case. */
        public static OnDuplicate parse(String text) {
            for (OnDuplicate value : values()) {
                if (value.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return value;
                }
            }
            throw new UserInputException("--on-duplicate: '" + text + "' is not one of skip, update, reject");
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ImportSettings {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        defaultProduct = defaultProduct == null ? Product.OTHER : defaultProduct;
        onDuplicate = onDuplicate == null ? OnDuplicate.SKIP : onDuplicate;
    }

    public ImportSettings withColumn(String column, String fieldKey) {
        Map<String, String> next = new LinkedHashMap<>(columns);
        next.put(column, fieldKey);
        return new ImportSettings(next, dateOrder, decimalSeparator, defaultCurrency, defaultCountry, defaultProduct,
                onDuplicate);
    }

    public ImportSettings withDateOrder(DateOrder value) {
        return new ImportSettings(columns, value, decimalSeparator, defaultCurrency, defaultCountry, defaultProduct,
                onDuplicate);
    }

    public ImportSettings withDecimalSeparator(char value) {
        return new ImportSettings(columns, dateOrder, value, defaultCurrency, defaultCountry, defaultProduct, onDuplicate);
    }

    public ImportSettings withDefaultCurrency(String value) {
        return new ImportSettings(columns, dateOrder, decimalSeparator, value, defaultCountry, defaultProduct, onDuplicate);
    }

    public ImportSettings withDefaultCountry(String value) {
        return new ImportSettings(columns, dateOrder, decimalSeparator, defaultCurrency, value, defaultProduct, onDuplicate);
    }

    public ImportSettings withDefaultProduct(Product value) {
        return new ImportSettings(columns, dateOrder, decimalSeparator, defaultCurrency, defaultCountry, value, onDuplicate);
    }

    public ImportSettings withOnDuplicate(OnDuplicate value) {
        return new ImportSettings(columns, dateOrder, decimalSeparator, defaultCurrency, defaultCountry, defaultProduct,
                value);
    }

    /** The field key of a column, or null when it is ignored. */
    public String fieldOf(String column) {
        return columns.get(column);
    }
}
