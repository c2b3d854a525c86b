package org.recoup.service.money;

import java.time.LocalDate;

import org.recoup.domain.Money;

/**
 * The itemization of a validation notice, from the ledger; always
 * {@code amountOnItemizationDate + interest + fees − paymentsAndCredits = current}.
 *
 * @param itemizationDate    the debt's, else the first placement's value date
 * @param creditOwedToDebtor overpayments owed back, shown apart from the itemization
 */
public record ItemizationView(long debtId, LocalDate itemizationDate, LocalDate asOf, Money amountOnItemizationDate,
                              Money interest, Money fees, Money paymentsAndCredits, Money current,
                              Money creditOwedToDebtor) {
}
