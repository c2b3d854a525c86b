package org.recoup.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.Money;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.domain.ValidationException;

/**
 * Reads the rows of one file with one mapping: each cell by its field's kind (amounts, dates,
 * choices), every problem of a row noted against its field and column rather than stopping at
 * the first.
 */
public final class RowParser {

    private final List<String> columns;
    private final Mapping mapping;
    private final Map<Field, int[]> bound;

    /**
     * @throws org.recoup.domain.UserInputException when the mapping leaves a required field without a column
     */
    public RowParser(List<String> columns, Mapping mapping) {
        this.columns = List.copyOf(columns);
        this.mapping = mapping;
        this.bound = mapping.bind(columns);
    }

    public Mapping mapping() {
        return mapping;
    }

    public List<String> columns() {
        return columns;
    }

    /** Whether the mapping gives the field a column. */
    public boolean maps(Field field) {
        return bound.containsKey(field);
    }

    public ImportRow parse(int line, String[] cells) {
        Cells row = new Cells(line, cells);
        String name = row.text(Field.NAME);
        if (name == null) {
            row.problem(Field.NAME, "is required");
        }
        String reference = row.text(Field.REFERENCE);
        if (reference == null) {
            row.problem(Field.REFERENCE, "is required");
        }
        String currency = currency(row);
        Money principal = amount(row, Field.PRINCIPAL, currency, true);
        Money interest = amount(row, Field.INTEREST, currency, false);
        Money fees = amount(row, Field.FEES, currency, false);

        DebtorKind kind = row.choice(Field.KIND, Choices::kind);
        Language language = row.choice(Field.LANGUAGE, Choices::language);
        Product product = row.choice(Field.PRODUCT, Choices::product);
        DebtStatus status = row.choice(Field.STATUS, Choices::status);
        String countryText = row.text(Field.COUNTRY);
        String country = countryText == null ? mapping.defaultCountry() : Choices.country(countryText);
        String region = row.text(Field.REGION);
        if (region != null && "US".equals(country)) {
            region = Choices.usState(region);
        }

        List<PhoneCell> phones = new ArrayList<>();
        PhoneType genericType = row.choice(Field.PHONE_TYPE, Choices::phoneType);
        for (Field f : new Field[] {Field.MOBILE_PHONE, Field.PHONE, Field.HOME_PHONE, Field.WORK_PHONE}) {
            int[] at = bound.get(f);
            if (at == null) {
                continue;
            }
            for (int i : at) {
                String text = cell(cells, i);
                if (text != null) {
                    PhoneType type = switch (f) {
                        case HOME_PHONE -> PhoneType.HOME;
                        case WORK_PHONE -> PhoneType.WORK;
                        case PHONE -> genericType != null ? genericType : PhoneType.MOBILE;
                        default -> PhoneType.MOBILE;
                    };
                    phones.add(new PhoneCell(text, type, f, columns.get(i)));
                }
            }
        }
        List<ImportRow.EmailCell> emails = new ArrayList<>();
        int[] emailColumns = bound.get(Field.EMAIL);
        if (emailColumns != null) {
            for (int i : emailColumns) {
                String text = cell(cells, i);
                if (text != null) {
                    emails.add(new ImportRow.EmailCell(text, columns.get(i)));
                }
            }
        }

        Integer limitation = null;
        String years = row.text(Field.LIMITATION_YEARS);
        if (years != null) {
            try {
                limitation = new BigDecimal(years).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                row.problem(Field.LIMITATION_YEARS, "'" + years + "' is not a whole number of years");
            }
        }

        return new ImportRow(line, cells, name, row.text(Field.NATIVE_NAME), kind,
                language, row.text(Field.NOTES), row.text(Field.ADDRESS_LINE), row.text(Field.CITY), region,
                row.text(Field.POSTAL_CODE), country, List.copyOf(phones), List.copyOf(emails), reference,
                row.text(Field.ORIGINAL_CREDITOR), product, currency,
                principal, interest, fees, row.date(Field.PLACEMENT_DATE), row.date(Field.ORIGINATION_DATE),
                row.date(Field.DELINQUENCY_DATE), row.date(Field.CHARGE_OFF_DATE), row.date(Field.LAST_PAYMENT_DATE),
                row.date(Field.ITEMIZATION_DATE), limitation, status,
                List.copyOf(row.problems));
    }

    private String currency(Cells row) {
        String text = row.text(Field.CURRENCY);
        String code = text == null ? mapping.defaultCurrency() : Choices.currency(text);
        if (code == null) {
            row.problem(Field.CURRENCY, "is required (the row has none and the mapping sets no default currency)");
            return null;
        }
        try {
            return Money.currencyOf(code).getCurrencyCode();
        } catch (ValidationException e) {
            row.problem(Field.CURRENCY, "'" + text + "' is not a currency (an ISO code such as CNY, USD, GBP)");
            return null;
        }
    }

    /** A placement amount: the principal above zero, interest and fees zero or more, at the currency's decimals. */
    private Money amount(Cells row, Field field, String currency, boolean required) {
        String text = row.text(field);
        if (text == null) {
            if (required) {
                row.problem(field, "is required");
                return null;
            }
            return currency == null ? null : Money.zero(currency);
        }
        BigDecimal value;
        try {
            value = Amounts.parse(text, currency, mapping.decimalSeparator());
        } catch (BadValue e) {
            row.problem(field, e.reason());
            return null;
        }
        if (value.signum() < 0) {
            row.problem(field, "'" + text + "' is negative");
            return null;
        }
        if (required && value.signum() == 0) {
            row.problem(field, "'" + text + "' is zero; a debt's principal must be above zero");
            return null;
        }
        if (currency == null) {
            return null;
        }
        try {
            return Money.of(value, currency);
        } catch (ValidationException e) {
            row.problem(field, "'" + text + "' has more decimals than " + currency + " allows ("
                    + Money.scaleOf(currency) + ")");
            return null;
        }
    }

    private static String cell(String[] cells, int index) {
        if (index >= cells.length || cells[index] == null) {
            return null;
        }
        String text = Tables.clean(cells[index]);
        return text.isEmpty() ? null : text;
    }

    /** The cells of one row and the problems found in them. */
    private final class Cells {
        final int line;
        final String[] cells;
        final List<Rejection> problems = new ArrayList<>(0);

        Cells(int line, String[] cells) {
            this.line = line;
            this.cells = cells;
        }

        String text(Field field) {
            int[] at = bound.get(field);
            return at == null ? null : cell(cells, at[0]);
        }

        void problem(Field field, String reason) {
            int[] at = bound.get(field);
            problems.add(new Rejection(line, field.key(), at == null ? null : columns.get(at[0]), reason));
        }

        <T> T choice(Field field, java.util.function.Function<String, T> read) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return read.apply(text);
            } catch (BadValue e) {
                problem(field, e.reason());
                return null;
            }
        }

        LocalDate date(Field field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return Dates.parse(text, mapping.dateOrder());
            } catch (BadValue e) {
                problem(field, e.reason());
                return null;
            }
        }
    }
}
