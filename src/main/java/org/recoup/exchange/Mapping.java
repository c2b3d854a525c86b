package org.recoup.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.recoup.domain.Money;
import org.recoup.domain.Product;
import org.recoup.domain.UserInputException;
import org.recoup.domain.Validate;
import org.recoup.domain.ValidationException;

/**
 * How the columns of a client's files become debtors and debts: which column holds which field
 * (a column mapped to null is ignored), how ambiguous dates and amounts are read, the defaults for
 * what the file leaves out, and what to do with references the client already has.
 *
 * @param columns          column name (as in the header row) → field, or null to ignore it
 * @param dateOrder        how 01/02/2026 is read; null when not chosen (such dates are then rejected)
 * @param decimalSeparator '.' or ',': how amounts are read (the other one groups thousands)
 * @param defaultCurrency  the currency of rows without a currency column or value; may be null
 * @param defaultCountry   the country of addresses without one; may be null
 * @param defaultProduct   the product of rows without one
 * @param onDuplicate      what to do with a reference the client already has
 */
public record Mapping(Map<String, Field> columns, DateOrder dateOrder, char decimalSeparator, String defaultCurrency,
                      String defaultCountry, Product defaultProduct, DuplicatePolicy onDuplicate) {

    public Mapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new UserInputException("mapping: the decimal separator must be '.' or ','");
        }
        defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? null : currency(defaultCurrency);
        defaultCountry = defaultCountry == null || defaultCountry.isBlank() ? null : country(defaultCountry);
        defaultProduct = defaultProduct == null ? Product.OTHER : defaultProduct;
        onDuplicate = onDuplicate == null ? DuplicatePolicy.SKIP : onDuplicate;
    }

    private static String currency(String code) {
        try {
            return Money.currencyOf(code).getCurrencyCode();
        } catch (ValidationException e) {
            throw new UserInputException("mapping: default currency " + e.reason());
        }
    }

    private static String country(String code) {
        try {
            return Validate.country(code, "defaultCountry");
        } catch (ValidationException e) {
            throw new UserInputException("mapping: default country " + e.reason());
        }
    }

    /** A mapping of no columns with the usual defaults. */
    public static Mapping empty() {
        return new Mapping(Map.of(), null, '.', null, null, Product.OTHER, DuplicatePolicy.SKIP);
    }

    public Mapping withColumns(Map<String, Field> value) {
        return new Mapping(value, dateOrder, decimalSeparator, defaultCurrency, defaultCountry, defaultProduct, onDuplicate);
    }

    public Mapping withColumn(String column, Field field) {
        Map<String, Field> next = new LinkedHashMap<>(columns);
        next.put(column, field);
        return withColumns(next);
    }

    public Mapping withDateOrder(DateOrder value) {
        return new Mapping(columns, value, decimalSeparator, defaultCurrency, defaultCountry, defaultProduct, onDuplicate);
    }

    public Mapping withDecimalSeparator(char value) {
        return new Mapping(columns, dateOrder, value, defaultCurrency, defaultCountry, defaultProduct, onDuplicate);
    }

    public Mapping withDefaultCurrency(String value) {
        return new Mapping(columns, dateOrder, decimalSeparator, value, defaultCountry, defaultProduct, onDuplicate);
    }

    public Mapping withDefaultCountry(String value) {
        return new Mapping(columns, dateOrder, decimalSeparator, defaultCurrency, value, defaultProduct, onDuplicate);
    }

    public Mapping withDefaultProduct(Product value) {
        return new Mapping(columns, dateOrder, decimalSeparator, defaultCurrency, defaultCountry, value, onDuplicate);
    }

    public Mapping withOnDuplicate(DuplicatePolicy value) {
        return new Mapping(columns, dateOrder, decimalSeparator, defaultCurrency, defaultCountry, defaultProduct, value);
    }

    /** The field of a column of the file, or null when it is ignored or not mapped. */
    public Field fieldOf(String column) {
        return columns.get(column);
    }

    /**
     * For the columns of a file, the column index of each field (several for phones and e-mails).
     *
     * @throws UserInputException when a required field has no column (currency may have a default),
     *                            or a field that holds one value is mapped to two columns
     */
    public Map<Field, int[]> bind(List<String> fileColumns) {
        Map<Field, List<Integer>> found = new EnumMap<>(Field.class);
        for (int i = 0; i < fileColumns.size(); i++) {
            Field field = columns.get(fileColumns.get(i));
            if (field != null) {
                found.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f.required() && !found.containsKey(f) && !(f == Field.CURRENCY && defaultCurrency != null)) {
                missing.add(f.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new UserInputException("no column is mapped to the required field" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + (missing.contains("currency") ? " (or set a default currency)" : "")
                    + "; the file's columns are: " + String.join(", ", fileColumns));
        }
        Map<Field, int[]> bound = new EnumMap<>(Field.class);
        for (Map.Entry<Field, List<Integer>> e : found.entrySet()) {
            if (e.getValue().size() > 1 && !e.getKey().repeatable()) {
                throw new UserInputException("the field " + e.getKey().key() + " is mapped to "
                        + e.getValue().size() + " columns (" + String.join(", ",
                        e.getValue().stream().map(fileColumns::get).toList()) + "); map it to one");
            }
            bound.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return bound;
    }

    /** The key the mapping file uses for a decimal separator. */
    public String decimalSeparatorText() {
        return String.valueOf(decimalSeparator);
    }

    @Override
    public String toString() {
        return "Mapping" + columns + " dates " + (dateOrder == null ? "?" : dateOrder.name().toLowerCase(Locale.ROOT))
                + ", decimal '" + decimalSeparator + "'";
    }
}
