package org.recoup.service.money;

import java.time.Instant;
import java.time.LocalDate;

import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;

/**
 * One line of a debt's ledger as the window lists it, oldest first.
 *
 * @param principal  the signed change to principal (likewise interest, fees, credit)
 * @param owedChange principal + interest + fees of this row
 * @param owedAfter  what was owed once this row counted (a running balance)
 * @param reversesId for a REVERSAL, the payment it undoes
 * @param reversedBy for a reversed PAYMENT, the reversal's id
 */
public record LedgerRow(long id, LedgerEntryType type, LocalDate valueDate, Instant recordedAt,
                        Money principal, Money interest, Money fees, Money credit, Money owedChange, Money owedAfter,
                        PaymentMethod paymentMethod, String paymentReference, String memo,
                        Long reversesId, Long reversedBy) {

    /** True for a payment that has not been reversed: the reversal dialog may offer it. */
    public boolean reversible() {
        return type == LedgerEntryType.PAYMENT && reversedBy == null;
    }

    /** The money a payment brought in (what it paid off plus any credit); zero for other rows. */
    public Money paymentAmount() {
        return type == LedgerEntryType.PAYMENT ? credit.minus(owedChange) : Money.zero(credit.currency());
    }
}
