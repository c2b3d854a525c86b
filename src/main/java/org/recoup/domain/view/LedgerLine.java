package org.recoup.domain.view;

import java.time.Instant;
import java.time.LocalDate;

import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;

/**
 * One ledger row as read for computing and showing (a plain copy of a {@code LedgerEntry}).
 * Bucket amounts are the row's signed changes; {@code credit} is money owed back to the debtor.
 */
public record LedgerLine(long id, LedgerEntryType type, LocalDate valueDate, Instant recordedAt,
                         Money principal, Money interest, Money fees, Money credit,
                         PaymentMethod paymentMethod, String paymentReference, Long reversesId, String memo) {

    /** What the row changes in the amount owed: principal + interest + fees. */
    public Money owedChange() {
        return principal.plus(interest).plus(fees);
    }

    public String currency() {
        return principal.currency();
    }
}
