package org.recoup.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always at that currency's scale (USD and CNY 2, JPY 0, KWD 3).
 * Arithmetic never mixes currencies and never rounds silently: a value with more decimals than
 * the currency has is refused.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Currency iso = currencyOf(currency);
        currency = iso.getCurrencyCode();
        int scale = Math.max(0, iso.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new ValidationException("amount", amount.toPlainString() + " has more decimals than "
                    + currency + " allows (" + scale + ")");
        }
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** {@code Money.of("12.50", "USD")}. */
    public static Money of(String amount, String currency) {
        return new Money(parseAmount(amount, "amount"), currency);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The number of decimals of an ISO 4217 currency.
     *
     * @throws ValidationException for a missing or unknown code
     */
    public static int scaleOf(String currency) {
        return Math.max(0, currencyOf(currency).getDefaultFractionDigits());
    }

    /** The ISO 4217 currency of a code, refusing unknown and missing codes with a clear message. */
    public static Currency currencyOf(String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationException("currency", "is required (an ISO 4217 code such as USD, CNY, GBP)");
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    /** Parses a plain decimal string ("1234.50", "-3"), naming {@code field} when it is not one. */
    public static BigDecimal parseAmount(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + text + "' is not a number");
        }
    }

    public int scale() {
        return amount.scale();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return signum() < 0 ? negate() : this;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** The plain amount at the currency's scale, e.g. {@code "1000.00"}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }
}
