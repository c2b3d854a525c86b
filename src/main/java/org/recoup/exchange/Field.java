package org.recoup.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an import file can hold. Each field has the key a mapping file names it by
 * ({@code "principal"}), whether an import needs it, and the headers (English and Chinese) it is
 * guessed from.
 */
public enum Field {
    NAME("name", Kind.TEXT, "name", "debtor name", "debtor", "customer name", "customer", "client name", "full name",
            "borrower", "borrower name", "account holder", "account name", "姓名", "客户姓名", "客户名称", "借款人",
            "借款人姓名", "债务人", "债务人姓名", "客户名"),
    NATIVE_NAME("nativeName", Kind.TEXT, "native name", "chinese name", "local name", "中文名", "中文姓名"),
    KIND("kind", Kind.CHOICE, "debtor type", "customer type", "kind", "person or company", "客户类型", "债务人类型",
            "主体类型"),
    LANGUAGE("language", Kind.CHOICE, "language", "preferred language", "语言", "语种"),
    ADDRESS_LINE("addressLine", Kind.TEXT, "address", "address line", "address 1", "address1", "street",
            "street address", "地址", "详细地址", "家庭地址", "住址", "联系地址", "通讯地址", "居住地址"),
    CITY("city", Kind.TEXT, "city", "town", "城市", "市"),
    REGION("region", Kind.TEXT, "state", "region", "province", "county", "st", "省", "省份", "地区", "州"),
    POSTAL_CODE("postalCode", Kind.TEXT, "zip", "zip code", "zipcode", "postcode", "postal code", "post code",
            "邮编", "邮政编码"),
    COUNTRY("country", Kind.CHOICE, "country", "country code", "国家", "国家地区"),
    PHONE("phone", Kind.PHONE, "phone", "telephone", "phone number", "telephone number", "contact number", "tel",
            "电话", "联系电话", "电话号码", "联系方式", "联系号码"),
    PHONE_TYPE("phoneType", Kind.CHOICE, "phone type", "电话类型", "号码类型"),
    MOBILE_PHONE("mobilePhone", Kind.PHONE, "mobile", "mobile phone", "mobile number", "cell", "cell phone",
            "cellphone", "手机", "手机号", "手机号码", "移动电话"),
    HOME_PHONE("homePhone", Kind.PHONE, "home phone", "home telephone", "landline", "家庭电话", "住宅电话", "座机"),
    WORK_PHONE("workPhone", Kind.PHONE, "work phone", "office phone", "business phone", "工作电话", "单位电话",
            "办公电话"),
    EMAIL("email", Kind.EMAIL, "email", "e-mail", "email address", "e-mail address", "mail", "邮箱", "电子邮箱",
            "电子邮件", "邮件"),
    REFERENCE("reference", Kind.TEXT, "reference", "ref", "account", "account number", "account no", "acct",
            "acct no", "loan number", "loan id", "loan no", "contract number", "contract no", "case number",
            "合同编号", "合同号", "借据号", "借据编号", "账号", "帐号", "账户", "案件编号", "编号", "贷款编号"),
    ORIGINAL_CREDITOR("originalCreditor", Kind.TEXT, "original creditor", "originator", "原债权人", "原始债权人"),
    PRODUCT("product", Kind.CHOICE, "product", "product type", "account type", "产品", "产品类型", "业务类型"),
    CURRENCY("currency", Kind.CHOICE, "currency", "ccy", "币种", "货币"),
    PRINCIPAL("principal", Kind.AMOUNT, "principal", "outstanding principal", "principal balance", "amount owed",
            "amount due", "balance", "outstanding balance", "outstanding", "debt amount", "amount", "本金", "欠款本金",
            "剩余本金", "欠款金额", "逾期金额", "委案金额", "欠款", "金额"),
    INTEREST("interest", Kind.AMOUNT, "interest", "interest owed", "利息", "欠息", "逾期利息"),
    FEES("fees", Kind.AMOUNT, "fees", "fee", "charges", "late fee", "late fees", "滞纳金", "费用", "罚息", "手续费"),
    PLACEMENT_DATE("placementDate", Kind.DATE, "placement date", "placed", "date placed", "委案日期", "委托日期"),
    ORIGINATION_DATE("originationDate", Kind.DATE, "origination date", "open date", "opened", "date opened",
            "loan date", "start date", "借款日期", "放款日期", "开户日期", "合同日期", "贷款日期"),
    DELINQUENCY_DATE("delinquencyDate", Kind.DATE, "delinquency date", "due date", "default date",
            "date of default", "逾期日期", "到期日", "到期日期", "应还日期", "逾期日"),
    CHARGE_OFF_DATE("chargeOffDate", Kind.DATE, "charge-off date", "charge off date", "chargeoff date",
            "charged off", "核销日期"),
    LAST_PAYMENT_DATE("lastPaymentDate", Kind.DATE, "last payment date", "last payment", "date of last payment",
            "最后还款日期", "最近还款日期", "最后还款日"),
    ITEMIZATION_DATE("itemizationDate", Kind.DATE, "itemization date", "明细日期"),
    LIMITATION_YEARS("limitationYears", Kind.INTEGER, "limitation years", "statute of limitations", "sol years",
            "时效年限", "诉讼时效"),
    STATUS("status", Kind.CHOICE, "status", "account status", "case status", "状态", "案件状态"),
    NOTES("notes", Kind.TEXT, "notes", "note", "remarks", "comment", "comments", "备注", "说明");

    /** How a field's text is read. */
    public enum Kind { TEXT, CHOICE, PHONE, EMAIL, AMOUNT, DATE, INTEGER }

    /** Headers that name a column Recoup never imports (identity numbers); they are never guessed as anything. */
    static final List<String> IGNORED_HEADERS = List.of("身份证", "身份证号", "身份证号码", "证件号", "证件号码",
            "ssn", "social security number", "id number", "national id", "tax id");

    private final String key;
    private final Kind kind;
    private final List<String> headers;

    Field(String key, Kind kind, String... headers) {
        this.key = key;
        this.kind = kind;
        this.headers = List.of(headers);
    }

    /** The field's name in mapping files and messages: {@code principal}, {@code mobilePhone}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** Headers this field is guessed from, English and Chinese, as written, the likeliest first. */
    public List<String> headers() {
        return headers;
    }

    /** Whether every import needs a column for it (currency may instead come from the mapping's default). */
    public boolean required() {
        return this == NAME || this == REFERENCE || this == PRINCIPAL || this == CURRENCY;
    }

    /** Whether several columns may hold it (a debtor may have several phones and e-mails). */
    public boolean repeatable() {
        return kind == Kind.PHONE || kind == Kind.EMAIL;
    }

    /** The field named by a mapping file's key, in any case. */
    public static Optional<Field> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim();
        for (Field f : values()) {
            if (f.key.equalsIgnoreCase(wanted) || f.name().equalsIgnoreCase(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every key, for messages: "name, nativeName, ...". */
    public static String keys() {
        StringBuilder s = new StringBuilder();
        for (Field f : values()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(f.key);
        }
        return s.toString();
    }

    /** A header as it is compared: lower case, without spaces, punctuation or a unit in brackets. */
    static String normalizeHeader(String header) {
        String h = header.toLowerCase(Locale.ROOT).trim();
        h = h.replaceAll("[（(\\[【].*?[)）\\]】]", "");
        return h.replaceAll("[\\s\\p{Z}_\\-./:：#*]+", "");
    }
}
