package org.recoup.letters;

/**
 * Where the debtor pays (还款账户).
 *
 * @param accountName   the account holder
 * @param bank          the bank (and branch)
 * @param accountNumber the account number, IBAN or sort code and number
 * @param reference     what the debtor should quote with the payment (may be null: the debt reference)
 */
public record PaymentAccount(String accountName, String bank, String accountNumber, String reference) {
}
