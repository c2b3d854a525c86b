package org.recoup.exchange;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as spreadsheets write them: "1234.5", "1,234.50", "$1,234.50", "¥1,234.50", "1 234,50 €"
 * (with ',' as the mapping's decimal separator), "1,234.50元", "(12.00)" or "-12.00" for a
 * negative. The mapping's decimal separator decides between 1.234 and 1,234, never a guess: the
 * other character may only group thousands, in threes. A currency symbol or code must be the row's
 * currency ("$" stands for any dollar, "¥" for yuan or yen).
 */
public final class Amounts {

    private static final Pattern MARKED = Pattern.compile("^([^\\d.,\\-+(]*)\\s*([-+(]?)\\s*([^\\d.,\\-+(]*)\\s*([\\d.,'\\s]+)\\s*(\\)?)\\s*([^\\d.,)]*)$");
    private static final Pattern POINT = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d{1,3}( \\d{3})+|\\d{1,3}('\\d{3})+|\\d+)(\\.\\d+)?$|^\\.\\d+$");
    private static final Pattern COMMA = Pattern.compile("^(\\d{1,3}(\\.\\d{3})+|\\d{1,3}( \\d{3})+|\\d{1,3}('\\d{3})+|\\d+)(,\\d+)?$|^,\\d+$");

    private static final Set<String> DOLLARS = Set.of("USD", "HKD", "CAD", "AUD", "NZD", "SGD", "TWD", "MXN");
    private static final Map<String, Set<String>> MARKS = Map.ofEntries(
            Map.entry("$", DOLLARS), Map.entry("US$", Set.of("USD")), Map.entry("HK$", Set.of("HKD")),
            Map.entry("C$", Set.of("CAD")), Map.entry("A$", Set.of("AUD")), Map.entry("S$", Set.of("SGD")),
            Map.entry("NT$", Set.of("TWD")), Map.entry("¥", Set.of("CNY", "JPY")), Map.entry("￥", Set.of("CNY", "JPY")),
            Map.entry("元", Set.of("CNY")), Map.entry("人民币", Set.of("CNY")), Map.entry("RMB", Set.of("CNY")),
            Map.entry("£", Set.of("GBP")), Map.entry("€", Set.of("EUR")), Map.entry("₩", Set.of("KRW")),
            Map.entry("₹", Set.of("INR")), Map.entry("美元", Set.of("USD")), Map.entry("港元", Set.of("HKD")),
            Map.entry("港币", Set.of("HKD")), Map.entry("英镑", Set.of("GBP")), Map.entry("欧元", Set.of("EUR")),
            Map.entry("日元", Set.of("JPY")));

    private Amounts() {
    }

    /**
     * The amount a cell holds, or null for a blank cell.
     *
     * @param currency         the row's currency (ISO code), to check a symbol against; may be null
     * @param decimalSeparator '.' or ','
     * @throws BadValue saying why it is not an amount
     */
    public static BigDecimal parse(String text, String currency, char decimalSeparator) {
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace('\u3000', ' ').trim();
        if (t.isEmpty()) {
            return null;
        }
        if (plain(t, decimalSeparator)) {
            return new BigDecimal(decimalSeparator == ',' ? t.replace(',', '.') : t);
        }
        Matcher m = MARKED.matcher(t);
        if (!m.matches()) {
            throw notAnAmount(t, decimalSeparator);
        }
        String mark = (m.group(1) + m.group(3) + m.group(6)).trim();
        boolean open = m.group(2).equals("(");
        boolean close = !m.group(5).isEmpty();
        boolean negative = m.group(2).equals("-") || open;
        if (open != close) {
            throw notAnAmount(t, decimalSeparator);
        }
        if (mark.endsWith("-") && !negative) {
            negative = true;
            mark = mark.substring(0, mark.length() - 1).trim();
        }
        if (!mark.isEmpty()) {
            checkMark(t, mark, currency);
        }
        String number = m.group(4).trim();
        Pattern shape = decimalSeparator == ',' ? COMMA : POINT;
        if (!shape.matcher(number).matches()) {
            throw notAnAmount(t, decimalSeparator);
        }
        String plain = decimalSeparator == ','
                ? number.replace(".", "").replace(" ", "").replace("'", "").replace(',', '.')
                : number.replace(",", "").replace(" ", "").replace("'", "");
        BigDecimal value = new BigDecimal(plain);
        return negative ? value.negate() : value;
    }

    /** Digits with at most one decimal separator between digits, the common case read without a pattern. */
    private static boolean plain(String t, char decimalSeparator) {
        boolean separator = false;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == decimalSeparator && !separator && i > 0 && i < n - 1) {
                separator = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkMark(String text, String mark, String currency) {
        String upper = mark.toUpperCase(Locale.ROOT);
        Set<String> meant = MARKS.get(mark);
        if (meant == null) {
            meant = MARKS.get(upper);
        }
        if (meant == null && upper.matches("^[A-Z]{3}$")) {
            meant = Set.of(upper);
        }
        if (meant == null) {
            throw new BadValue("'" + text + "' is not an amount ('" + mark + "' is not a currency)");
        }
        if (currency != null && !meant.contains(currency)) {
            throw new BadValue("'" + text + "' is not in the row's currency " + currency);
        }
    }

    private static BadValue notAnAmount(String text, char decimalSeparator) {
        char other = decimalSeparator == '.' ? ',' : '.';
        return new BadValue("'" + text + "' is not an amount (the decimal separator is '" + decimalSeparator
                + "', and '" + other + "' may only group thousands: " + (decimalSeparator == '.' ? "1,234.50" : "1.234,50") + ")");
    }
}
