package org.recoup.service.money;

import java.time.LocalDate;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.Money;

/**
 * A debt's balance by bucket, from its ledger, with the interest accrued since the last posting.
 *
 * @param owed             principal + interest + fees (posted rows only)
 * @param credit           money owed back to the debtor (overpayments)
 * @param accruedInterest  interest accrued and not yet posted, up to {@code asOf}; zero without terms
 * @param interestCapped   true when the cap has cut the accrual
 * @param owedWithAccrued  {@code owed + accruedInterest}: what it would take to pay the debt off today
 */
public record BalanceView(long debtId, String reference, String currency, DebtStatus status, LocalDate asOf,
                          Money principal, Money interest, Money fees, Money owed, Money credit,
                          Money accruedInterest, boolean interestCapped, Money owedWithAccrued) {
}
