package org.recoup.service.debts;

import java.time.Instant;
import java.time.LocalDate;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.Product;
import org.recoup.domain.view.Balance;

/** A debt as the Debts tab shows it, with its balance derived from the ledger. */
public record DebtView(long id, long version, long clientId, String clientName, long debtorId, String reference,
                       String originalCreditor, Product product, String currency, DebtStatus status, Balance balance,
                       LocalDate originationDate, LocalDate delinquencyDate, LocalDate chargeOffDate,
                       LocalDate lastPaymentDate, LocalDate itemizationDate, Integer limitationYears,
                       Instant placedAt) {

    /** The form the edit dialog starts from (amounts are those of the placement, read-only there). */
    public DebtForm toForm() {
        return new DebtForm(clientId, debtorId, reference, originalCreditor, product, currency, null, null, null,
                originationDate, delinquencyDate, chargeOffDate, lastPaymentDate, itemizationDate, limitationYears);
    }
}
