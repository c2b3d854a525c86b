package org.recoup.letters;

import java.util.Objects;

import org.recoup.domain.Money;

/**
 * The debt a letter is about.
 *
 * @param reference         our reference for the debt (printed on the letter)
 * @param clientName        the creditor we collect for (委托方)
 * @param clientReference   the creditor's account number (may be null)
 * @param originalCreditor  the creditor to whom the debt was first owed, when different (may be null)
 * @param balance           what is owed now
 * @param arrears           the amount in arrears (UK default notice: the sum to pay to remedy; may be null)
 */
public record DebtFacts(String reference, String clientName, String clientReference, String originalCreditor,
        Money balance, Money arrears) {

    public DebtFacts {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(balance, "balance");
    }

    public String currency() {
        return balance.currency();
    }
}
