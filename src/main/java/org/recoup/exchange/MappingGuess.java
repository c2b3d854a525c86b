package org.recoup.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A first mapping for a file, for the user to check: what the client's saved mapping says about
 * the columns it knows, and for the others a field guessed from the header, in English or Chinese
 * ("姓名" → name, "手机号" → mobilePhone, "欠款金额(元)" → principal, "身份证号" → ignored). The
 * date order and the decimal separator are read from sample values where they tell, else from
 * the client's country; a client without one gets the market its sample phone numbers belong to.
 */
public final class MappingGuess {

    /** Words that say nothing on their own; a header of only these matches only exactly. */
    private static final Set<String> EXACT_ONLY = Set.of("客户", "名称", "customer", "debtor", "account", "balance",
            "amount", "金额", "欠款", "编号", "账户", "status", "状态", "mail", "邮件", "类型", "产品", "product",
            "notes", "note");

    /** Trailing words that do not change what a column holds: "利息金额" is interest. */
    private static final Pattern GENERIC_SUFFIX = Pattern.compile("(金额|余额|amount|amt|数额|元)$");

    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{4}\\b.*");
    private static final Pattern COMMA_DECIMAL = Pattern.compile(".*\\d[.\\s']\\d{3},\\d{1,3}$|^[^.]*\\d,\\d{1,2}$");
    private static final Pattern POINT_DECIMAL = Pattern.compile(".*\\d,\\d{3}\\.\\d{1,3}$|^[^,]*\\d\\.\\d{1,2}$");

    private MappingGuess() {
    }

    /**
     * A mapping for a file's columns.
     *
     * @param columns       the file's column names
     * @param samples       some of its rows (one cell per column), to read dates and amounts from
     * @param saved         the client's saved mapping, or null
     * @param clientCountry the client's default country, or null
     */
    public static Mapping guess(List<String> columns, List<String[]> samples, Mapping saved, String clientCountry) {
        Map<String, Field> result = new LinkedHashMap<>();
        Set<Field> taken = EnumSet.noneOf(Field.class);
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (saved != null && saved.columns().containsKey(column)) {
                Field field = saved.columns().get(column);
                result.put(column, field);
                if (field != null) {
                    taken.add(field);
                }
            } else {
                result.put(column, null);
                open.add(i);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i : open) {
            String header = Field.normalizeHeader(columns.get(i));
            if (header.isEmpty() || ignored(header)) {
                continue;
            }
            for (Field field : Field.values()) {
                List<String> synonyms = field.headers();
                for (int k = 0; k < synonyms.size(); k++) {
                    int score = score(header, Field.normalizeHeader(synonyms.get(k)));
                    if (score > 0) {
                        // exact matches rank by the synonym's place in the field's list (本金 before
                        // 欠款金额); partial ones by the length of what matched (the more specific)
                        candidates.add(new Candidate(i, field, score, score >= 3 ? k : -synonyms.get(k).length()));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(Candidate::rank)
                .thenComparingInt(Candidate::column));
        Set<Integer> assigned = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (assigned.contains(c.column) || (taken.contains(c.field) && !c.field.repeatable())) {
                continue;
            }
            assigned.add(c.column);
            taken.add(c.field);
            result.put(columns.get(c.column), c.field);
        }
        Mapping mapping = (saved != null ? saved : Mapping.empty()).withColumns(result);
        if (saved == null) {
            String country = clientCountry != null ? clientCountry : countryOfPhones(columns, samples, mapping);
            mapping = mapping.withDefaultCountry(country).withDefaultCurrency(currencyOf(country));
        }
        if (saved == null || saved.dateOrder() == null) {
            mapping = mapping.withDateOrder(dateOrder(columns, samples, mapping, clientCountry));
        }
        if (saved == null) {
            mapping = mapping.withDecimalSeparator(decimalSeparator(columns, samples, mapping));
        }
        return mapping;
    }

    private record Candidate(int column, Field field, int score, int rank) {
    }

    private static boolean ignored(String header) {
        for (String h : Field.IGNORED_HEADERS) {
            String n = Field.normalizeHeader(h);
            if (header.equals(n) || (header.contains(n) && n.length() >= 2 && hasHan(n))) {
                return true;
            }
        }
        return false;
    }

    /** 4 exact, 3 exact once a generic trailing word is dropped, 2 ends with it, 1 contains it, 0 no match. */
    private static int score(String header, String synonym) {
        if (header.equals(synonym)) {
            return 4;
        }
        Matcher generic = GENERIC_SUFFIX.matcher(header);
        if (generic.find() && generic.start() > 0 && header.substring(0, generic.start()).equals(synonym)) {
            return 3;
        }
        boolean longEnough = hasHan(synonym) ? synonym.length() >= 2 : synonym.length() >= 4;
        if (!longEnough || EXACT_ONLY.contains(synonym)) {
            return 0;
        }
        if (header.endsWith(synonym)) {
            return 2;
        }
        return header.contains(synonym) ? 1 : 0;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Day first when some date has a first number above 12, month first when some has a second
     * number above 12; otherwise as the client's country writes dates (month first in the US).
     * Null when the samples disagree: the user must choose.
     */
    static DateOrder dateOrder(List<String> columns, List<String[]> samples, Mapping mapping, String clientCountry) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (int i = 0; i < columns.size(); i++) {
            Field field = mapping.fieldOf(columns.get(i));
            if (field == null || field.kind() != Field.Kind.DATE) {
                continue;
            }
            for (String[] row : samples) {
                Matcher m = DAY_MONTH.matcher(i < row.length && row[i] != null ? row[i].trim() : "");
                if (m.matches()) {
                    int a = Integer.parseInt(m.group(1));
                    int b = Integer.parseInt(m.group(2));
                    if (a > 12 && b > 12) {
                        continue; // not a date either way
                    }
                    dayFirst |= a > 12;
                    monthFirst |= b > 12;
                }
            }
        }
        if (dayFirst && monthFirst) {
            return null;
        }
        if (dayFirst) {
            return DateOrder.DMY;
        }
        if (monthFirst) {
            return DateOrder.MDY;
        }
        if (mapping.dateOrder() != null) {
            return mapping.dateOrder();
        }
        return "US".equalsIgnoreCase(clientCountry) ? DateOrder.MDY : DateOrder.DMY;
    }

    /** ',' when amounts are written 1.234,50 or 12,5 and none 1,234.50 or 12.50; '.' otherwise. */
    static char decimalSeparator(List<String> columns, List<String[]> samples, Mapping mapping) {
        int comma = 0;
        int point = 0;
        for (int i = 0; i < columns.size(); i++) {
            Field field = mapping.fieldOf(columns.get(i));
            if (field == null || field.kind() != Field.Kind.AMOUNT) {
                continue;
            }
            for (String[] row : samples) {
                String cell = i < row.length && row[i] != null ? row[i].replaceAll("[^0-9.,\\s']", "").trim() : "";
                if (COMMA_DECIMAL.matcher(cell).matches()) {
                    comma++;
                } else if (POINT_DECIMAL.matcher(cell).matches()) {
                    point++;
                }
            }
        }
        return comma > 0 && point == 0 ? ',' : '.';
    }

    /** The markets whose numbers a file without country codes is tried in. */
    private static final List<String> MARKETS = List.of("CN", "US", "GB");

    /**
     * For a client without a default country: the market (CN, US or GB) where most sample phone
     * numbers are valid as written, if that is most of them; null when they do not tell.
     */
    static String countryOfPhones(List<String> columns, List<String[]> samples, Mapping mapping) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Map<String, Integer> valid = new LinkedHashMap<>();
        int phones = 0;
        for (int i = 0; i < columns.size(); i++) {
            Field field = mapping.fieldOf(columns.get(i));
            if (field == null || field.kind() != Field.Kind.PHONE) {
                continue;
            }
            for (String[] row : samples) {
                String text = i < row.length && row[i] != null ? row[i].trim() : "";
                if (text.isEmpty()) {
                    continue;
                }
                phones++;
                for (String market : MARKETS) {
                    try {
                        Phonenumber.PhoneNumber number = util.parse(text, market);
                        String region = util.getRegionCodeForNumber(number);
                        if (util.isValidNumber(number) && region != null) {
                            valid.merge(region, 1, Integer::sum);
                            if (text.startsWith("+")) {
                                break;
                            }
                        }
                    } catch (NumberParseException e) {
                        // not a number in this market
                    }
                }
            }
        }
        int needed = phones / 2 + 1;
        return valid.entrySet().stream().filter(e -> MARKETS.contains(e.getKey()) && e.getValue() >= needed)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The currency of a country (CN → CNY), or null. */
    static String currencyOf(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        try {
            Currency c = Currency.getInstance(new Locale("", country.trim().toUpperCase(Locale.ROOT)));
            return c == null ? null : c.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
