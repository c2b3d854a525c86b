package org.recoup.service.money;

import java.util.List;

import org.recoup.domain.DebtStatus;

/**
 * What a money use case recorded: its ledger row, the balance after it and the debt's status.
 *
 * @param interestPosted the INTEREST row posted first (to the payment's date), or null
 * @param statusBefore   the debt's status before; equal to {@code statusAfter} when it did not change
 * @param plan           the debt's plan after it (for a payment: possibly just completed), or null
 * @param warnings       e.g. that a payment may revive a time-barred debt
 */
public record PostingReceipt(LedgerRow entry, LedgerRow interestPosted, BalanceView balance,
                             DebtStatus statusBefore, DebtStatus statusAfter, PlanView plan,
                             List<MoneyWarning> warnings) {

    public boolean statusChanged() {
        return statusBefore != statusAfter;
    }
}
