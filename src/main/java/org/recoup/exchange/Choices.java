package org.recoup.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;

/** The words (English and Chinese) a cell may use for a choice: kind, language, product, status, phone type, country, currency. */
final class Choices {

    private static final Map<String, DebtorKind> KINDS = new HashMap<>();
    private static final Map<String, Language> LANGUAGES = new HashMap<>();
    private static final Map<String, Product> PRODUCTS = new HashMap<>();
    private static final Map<String, DebtStatus> STATUSES = new HashMap<>();
    private static final Map<String, PhoneType> PHONE_TYPES = new HashMap<>();
    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, String> CURRENCIES = new HashMap<>();
    private static final Map<String, String> US_STATES = new HashMap<>();

    static {
        put(KINDS, DebtorKind.PERSON, "person", "individual", "consumer", "personal", "个人", "自然人", "p", "i");
        put(KINDS, DebtorKind.COMPANY, "company", "business", "corporate", "corporation", "organisation", "organization",
                "企业", "公司", "法人", "单位", "c", "b");
        put(LANGUAGES, Language.EN, "en", "english", "eng", "英文", "英语");
        put(LANGUAGES, Language.ZH, "zh", "chinese", "mandarin", "zh-cn", "中文", "汉语", "普通话", "简体中文");
        put(PRODUCTS, Product.CREDIT_CARD, "credit card", "creditcard", "card", "cc", "信用卡", "卡");
        put(PRODUCTS, Product.LOAN, "loan", "personal loan", "consumer loan", "mortgage", "auto loan", "贷款", "借款",
                "消费贷", "消费贷款", "个人贷款", "网贷", "现金贷");
        put(PRODUCTS, Product.INVOICE, "invoice", "bill", "utility", "telecom", "发票", "账单", "欠费");
        put(PRODUCTS, Product.OTHER, "other", "其他", "其它");
        for (DebtStatus s : DebtStatus.values()) {
            STATUSES.put(s.name().toLowerCase(Locale.ROOT), s);
        }
        put(STATUSES, DebtStatus.NEW, "新案", "新", "新委案", "待催收");
        put(STATUSES, DebtStatus.ACTIVE, "open", "in collection", "催收中", "在催", "处理中");
        put(STATUSES, DebtStatus.PLAN, "payment plan", "还款计划", "分期", "分期还款");
        put(STATUSES, DebtStatus.DISPUTED, "dispute", "异议", "有异议", "投诉");
        put(STATUSES, DebtStatus.CEASED, "cease", "cease and desist", "停催", "停止催收");
        put(STATUSES, DebtStatus.LEGAL, "litigation", "诉讼", "法务", "司法");
        put(STATUSES, DebtStatus.PAID, "paid in full", "已结清", "已还清", "结清");
        put(STATUSES, DebtStatus.SETTLED, "settlement", "和解", "减免结清");
        put(STATUSES, DebtStatus.CLOSED, "closed", "已关闭", "结案");
        put(STATUSES, DebtStatus.RECALLED, "recall", "returned", "撤案", "退案", "撤回");
        put(PHONE_TYPES, PhoneType.MOBILE, "mobile", "cell", "cellphone", "m", "手机", "移动");
        put(PHONE_TYPES, PhoneType.HOME, "home", "landline", "h", "家庭", "住宅", "座机", "家庭电话");
        put(PHONE_TYPES, PhoneType.WORK, "work", "office", "business", "w", "单位", "工作", "办公", "公司");
        put(PHONE_TYPES, PhoneType.OTHER, "other", "o", "其他", "其它");
        for (String iso : Locale.getISOCountries()) {
            Locale place = new Locale("", iso);
            COUNTRIES.put(iso.toLowerCase(Locale.ROOT), iso);
            COUNTRIES.put(place.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
            COUNTRIES.put(place.getDisplayCountry(Locale.SIMPLIFIED_CHINESE), iso);
            try {
                COUNTRIES.put(place.getISO3Country().toLowerCase(Locale.ROOT), iso);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code
            }
        }
        for (String[] alias : new String[][] {{"usa", "US"}, {"u.s.", "US"}, {"u.s.a.", "US"}, {"united states of america", "US"},
                {"america", "US"}, {"美国", "US"}, {"uk", "GB"}, {"great britain", "GB"}, {"britain", "GB"}, {"england", "GB"},
                {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"}, {"英国", "GB"}, {"prc", "CN"}, {"中国", "CN"},
                {"中华人民共和国", "CN"}, {"中国大陆", "CN"}, {"mainland china", "CN"}, {"hong kong", "HK"}, {"香港", "HK"}}) {
            COUNTRIES.put(alias[0], alias[1]);
        }
        for (String[] c : new String[][] {{"人民币", "CNY"}, {"rmb", "CNY"}, {"元", "CNY"}, {"¥", "CNY"}, {"￥", "CNY"},
                {"美元", "USD"}, {"us$", "USD"}, {"$", "USD"}, {"英镑", "GBP"}, {"£", "GBP"}, {"欧元", "EUR"}, {"€", "EUR"},
                {"港元", "HKD"}, {"港币", "HKD"}, {"日元", "JPY"}}) {
            CURRENCIES.put(c[0], c[1]);
        }
        String[] states = {"alabama:AL", "alaska:AK", "arizona:AZ", "arkansas:AR", "california:CA", "colorado:CO",
                "connecticut:CT", "delaware:DE", "district of columbia:DC", "florida:FL", "georgia:GA", "hawaii:HI",
                "idaho:ID", "illinois:IL", "indiana:IN", "iowa:IA", "kansas:KS", "kentucky:KY", "louisiana:LA",
                "maine:ME", "maryland:MD", "massachusetts:MA", "michigan:MI", "minnesota:MN", "mississippi:MS",
                "missouri:MO", "montana:MT", "nebraska:NE", "nevada:NV", "new hampshire:NH", "new jersey:NJ",
                "new mexico:NM", "new york:NY", "north carolina:NC", "north dakota:ND", "ohio:OH", "oklahoma:OK",
                "oregon:OR", "pennsylvania:PA", "rhode island:RI", "south carolina:SC", "south dakota:SD",
                "tennessee:TN", "texas:TX", "utah:UT", "vermont:VT", "virginia:VA", "washington:WA",
                "west virginia:WV", "wisconsin:WI", "wyoming:WY", "puerto rico:PR"};
        for (String s : states) {
            String[] p = s.split(":");
            US_STATES.put(p[0], p[1]);
        }
    }

    private Choices() {
    }

    @SafeVarargs
    private static <T> void put(Map<String, T> map, T value, String... words) {
        map.put(value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value), value);
        for (String w : words) {
            map.put(w.toLowerCase(Locale.ROOT), value);
        }
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static DebtorKind kind(String text) {
        return find(KINDS, text, "a debtor kind (person or company)");
    }

    static Language language(String text) {
        return find(LANGUAGES, text, "a language (en or zh)");
    }

    static Product product(String text) {
        return find(PRODUCTS, text, "a product (credit card, loan, invoice or other)");
    }

    static DebtStatus status(String text) {
        return find(STATUSES, text, "a status (NEW, ACTIVE, PLAN, DISPUTED, CEASED, LEGAL, PAID, SETTLED, CLOSED, RECALLED)");
    }

    static PhoneType phoneType(String text) {
        return find(PHONE_TYPES, text, "a phone type (mobile, home, work or other)");
    }

    /** An ISO country code for a code or an English or Chinese name; the text itself when unknown (refused later). */
    static String country(String text) {
        String iso = COUNTRIES.get(key(text));
        return iso != null ? iso : text.trim();
    }

    /** An ISO currency code for a code, a symbol or a Chinese name; the text upper-cased when unknown. */
    static String currency(String text) {
        String code = CURRENCIES.get(key(text));
        return code != null ? code : text.trim().toUpperCase(Locale.ROOT);
    }

    /** A US state's two-letter code for its name; the text itself otherwise. */
    static String usState(String text) {
        String code = US_STATES.get(key(text));
        return code != null ? code : text.trim();
    }

    private static <T> T find(Map<String, T> map, String text, String what) {
        T value = map.get(key(text));
        if (value == null) {
            throw new BadValue("'" + text.trim() + "' is not " + what);
        }
        return value;
    }
}
