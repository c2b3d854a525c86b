package org.recoup.service.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import org.recoup.domain.Language;
import org.recoup.domain.Money;

/**
 * The words and number formats of a report in one language ({@code report.properties},
 * {@code report_zh.properties}). Numbers and dates are written the same in both languages:
 * ISO dates, "1,234.50" with the currency's decimals, the currency's ISO code beside amounts.
 */
final class ReportWords {

    static final String BUNDLE = "org.recoup.service.reports.report";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    private final Language language;
    private final ResourceBundle bundle;
    private final ZoneId zone;

    ReportWords(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    String t(String prefix, Enum<?> value) {
        return value == null ? "" : t(prefix + "." + value.name());
    }

    /** "1,234.50" at the currency's scale. */
    static String amount(BigDecimal amount, String currency) {
        int scale = Money.scaleOf(currency);
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    static String amount(Money money) {
        return amount(money.amount(), money.currency());
    }

    /** "USD 1,234.50". */
    static String money(Money money) {
        return money.currency() + " " + amount(money);
    }

    static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    /** "45.2%", or "–" for null. */
    static String percent(BigDecimal percent) {
        return percent == null ? "–" : percent.toPlainString() + "%";
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
