package org.recoup.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.recoup.domain.Money;

/** How the window writes amounts, dates and times in the user's language. */
public final class Formats {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter listDate;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter shortDateTime;

    public Formats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        // Chinese medium dates (2026年11月14日) do not fit a list column; the short ones are as clear
        this.listDate = locale.getLanguage().equals("zh")
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale) : date;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.shortDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    }

    /** "$1,234.50", "¥1,234.50", "£12.00". */
    public String money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency iso = Money.currencyOf(currency);
        format.setCurrency(iso);
        format.setMinimumFractionDigits(Math.max(0, iso.getDefaultFractionDigits()));
        format.setMaximumFractionDigits(Math.max(0, iso.getDefaultFractionDigits()));
        if (format instanceof java.text.DecimalFormat decimal) {
            java.text.DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol(symbol(iso));
            decimal.setDecimalFormatSymbols(symbols);
        }
        return format.format(amount);
    }

    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    private static String symbol(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "USD" -> "$";
            case "CNY", "JPY" -> "¥";
            case "GBP" -> "£";
            case "EUR" -> "€";
            default -> currency.getCurrencyCode() + " ";
        };
    }

    public String date(java.time.LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** A date in a narrow list column: "14 Nov 2026", "2026/11/14" (never 14/11 against 11/14). */
    public String listDate(java.time.LocalDate value) {
        return value == null ? "" : listDate.format(value);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : dateTime.format(instant.atZone(zone));
    }

    /** A compact date and time for lists: "31/03/2026, 09:00". */
    public String shortDateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : shortDateTime.format(instant.atZone(zone));
    }

    /** "14:05" in the zone. */
    public String time(ZonedDateTime value) {
        return time.format(value);
    }
}
