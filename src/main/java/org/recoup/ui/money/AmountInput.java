package org.recoup.ui.money;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.recoup.domain.Money;
import org.recoup.ui.I18n;

/**
 * An amount as the user types it, read in their locale (grouping separators allowed) and checked
 * against the currency's decimals: JPY none, USD and CNY two, KWD three.
 */
public final class AmountInput {

    /** What is wrong with the text, if anything. */
    public enum Problem { REQUIRED, NOT_A_NUMBER, NEGATIVE, ZERO, TOO_MANY_DECIMALS }

    /** Which amounts a field takes. */
    public enum Sign { POSITIVE, NOT_NEGATIVE, NOT_ZERO }

    /** The amount, or why there is none. */
    public record Result(BigDecimal value, Problem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private AmountInput() {
    }

    /** Reads {@code text}; blank is {@link Problem#REQUIRED}. */
    public static Result parse(String text, String currency, Locale locale, Sign sign) {
        if (text == null || text.isBlank()) {
            return new Result(null, Problem.REQUIRED);
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String plain = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        char grouping = symbols.getGroupingSeparator();
        char decimal = symbols.getDecimalSeparator();
        plain = plain.replace(String.valueOf(grouping), "");
        if (decimal != '.') {
            plain = plain.replace(decimal, '.');
        }
        if (!PLAIN.matcher(plain).matches()) {
            return new Result(null, Problem.NOT_A_NUMBER);
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.signum() < 0 && sign != Sign.NOT_ZERO) {
            return new Result(null, Problem.NEGATIVE);
        }
        if (value.signum() == 0 && sign != Sign.NOT_NEGATIVE) {
            return new Result(null, Problem.ZERO);
        }
        if (value.stripTrailingZeros().scale() > Money.scaleOf(currency)) {
            return new Result(null, Problem.TOO_MANY_DECIMALS);
        }
        return new Result(value, null);
    }

    /** The problem in the user's words, or null when there is none. */
    public static String message(Problem problem, String currency, I18n i18n) {
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case REQUIRED -> i18n.t("validation.required");
            case NOT_A_NUMBER -> i18n.t("money.amount.notANumber");
            case NEGATIVE -> i18n.t("validation.negative");
            case ZERO -> i18n.t("money.amount.zero");
            case TOO_MANY_DECIMALS -> i18n.t("money.amount.decimals", currency, Money.scaleOf(currency));
        };
    }

    /** The amount as the field shows it at first: plain, at the currency's scale. */
    public static String text(Money money) {
        return money == null ? "" : money.toPlainString();
    }
}
