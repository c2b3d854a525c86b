package org.recoup.service.debts;

import java.time.LocalDate;

import org.recoup.domain.Product;

/**
 * A debt as its dialog holds it. Amounts are text as typed ("1,234.50" is refused: plain decimals),
 * checked against the currency's decimals; they are used only when the debt is created (its
 * placement); later changes of money are ledger rows.
 */
public record DebtForm(long clientId, long debtorId, String reference, String originalCreditor, Product product,
                       String currency, String principal, String interest, String fees, LocalDate originationDate,
                       LocalDate delinquencyDate, LocalDate chargeOffDate, LocalDate lastPaymentDate,
                       LocalDate itemizationDate, Integer limitationYears) {
}
