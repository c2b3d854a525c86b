package org.recoup.letters;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.recoup.domain.Language;
import org.recoup.domain.Money;

/**
 * How amounts and dates are written in each letter language: English "31 December 2026",
 * "$1,234.50", "£1,234.50", "¥1,234.50"; Chinese "2026年12月31日", "¥1,234.50", "US$1,234.50".
 * The amount keeps its currency's scale (JPY has no decimals).
 */
public final class LetterFormats {

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE);

    private static final Map<String, String> EN_SYMBOLS = Map.of(
            "USD", "$", "GBP", "£", "EUR", "€", "CNY", "¥", "JPY", "¥", "HKD", "HK$", "AUD", "A$", "CAD", "C$");
    private static final Map<String, String> ZH_SYMBOLS = Map.of(
            "CNY", "¥", "USD", "US$", "GBP", "£", "EUR", "€", "JPY", "JP¥", "HKD", "HK$", "AUD", "A$", "CAD", "C$");

    private LetterFormats() {
    }

    public static String date(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return (language == Language.ZH ? ZH_DATE : EN_DATE).format(date);
    }

    /** An amount with its currency sign, e.g. {@code $1,234.50}; a negative one as {@code -$1,234.50}. */
    public static String money(Money money, Language language) {
        if (money == null) {
            return "";
        }
        String code = money.currency();
        String symbol = (language == Language.ZH ? ZH_SYMBOLS : EN_SYMBOLS).get(code);
        String number = number(money.amount().abs(), money.scale());
        String sign = money.isNegative() ? "-" : "";
        return symbol != null ? sign + symbol + number : sign + code + " " + number;
    }

    /** The currency's name as a letter writes it: {@code USD}, or {@code 人民币} in Chinese for CNY. */
    public static String currency(String code, Language language) {
        if (language == Language.ZH) {
            return switch (code) {
                case "CNY" -> "人民币";
                case "USD" -> "美元";
                case "GBP" -> "英镑";
                case "EUR" -> "欧元";
                case "HKD" -> "港币";
                case "JPY" -> "日元";
                default -> code;
            };
        }
        return code;
    }

    private static String number(BigDecimal amount, int scale) {
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(amount);
    }
}
