package org.recoup.domain.view;

import org.recoup.domain.Money;

/** What a debt's ledger adds up to, by bucket; {@code credit} is owed back to the debtor. */
public record Balance(Money principal, Money interest, Money fees, Money credit) {

    public static Balance zero(String currency) {
        Money zero = Money.zero(currency);
        return new Balance(zero, zero, zero, zero);
    }

    /** Principal + interest + fees: what the debtor owes now. */
    public Money owed() {
        return principal.plus(interest).plus(fees);
    }

    public String currency() {
        return principal.currency();
    }
}
