package org.recoup.letters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fixed catalogue of placeholders a text block may use, e.g. {@code {debtor.name}}. A value is
 * written in the language of the block that uses it (amounts and dates in that language's format).
 */
public final class Placeholders {

    private static final Map<String, String> CATALOGUE = new LinkedHashMap<>();

    static {
        add("debtor.name", "the debtor's name (in a Chinese block: his Chinese name when known)");
        add("debtor.nativeName", "the debtor's name in Chinese characters");
        add("debtor.latinName", "the debtor's name in Latin script");
        add("debtor.address", "the debtor's address on one line");
        add("debt.reference", "our reference for the debt");
        add("debt.clientReference", "the creditor's account number");
        add("debt.balance", "the balance now, with its currency sign");
        add("debt.currency", "the currency of the debt (USD; 人民币 in Chinese)");
        add("debt.arrears", "the arrears to pay (UK default notice)");
        add("debt.originalCreditor", "the original creditor");
        add("client.name", "the creditor we collect for (委托方)");
        add("agency.name", "the agency's name");
        add("agency.address", "the agency's address on one line");
        add("agency.phone", "the agency's telephone");
        add("agency.email", "the agency's e-mail");
        add("agency.licence", "the agency's licence or registration number");
        add("agency.signatory", "who signs the letter");
        add("agency.signatoryTitle", "the signatory's function");
        add("letter.date", "the date of the letter");
        add("letter.payBy", "the date by which payment is asked");
        add("validation.endDate", "the end of the validation period (validation notice)");
        add("itemization.date", "the itemization date (validation notice)");
        add("remedy.date", "the date by which the default must be remedied (UK default notice)");
        add("paid.date", "the date the debt was paid or settled");
        add("settlement.amount", "the amount accepted in settlement");
        add("plan.schedule", "the plan's instalments, one per line (date and amount)");
        add("plan.count", "the number of instalments");
        add("plan.total", "the total of the instalments");
        add("plan.firstDate", "the date of the first instalment");
        add("plan.firstAmount", "the amount of the first instalment");
        add("payment.reference", "what to quote with a payment");
        add("payment.account", "the account to pay into, on one line");
    }

    private Placeholders() {
    }

    private static void add(String name, String meaning) {
        CATALOGUE.put(name, meaning);
    }

    /** Every placeholder name, without braces. */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(CATALOGUE.keySet());
    }

    /** What each placeholder stands for, in catalogue order (for the wording editor's help). */
    public static Map<String, String> catalogue() {
        return java.util.Collections.unmodifiableMap(CATALOGUE);
    }

    public static boolean isKnown(String name) {
        return CATALOGUE.containsKey(name);
    }
}
