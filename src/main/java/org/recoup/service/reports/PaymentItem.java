package org.recoup.service.reports;

import java.time.LocalDate;

import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;

/**
 * A payment (what it paid off; an overpayment's credit owed back to the debtor is not counted) or
 * a reversal (the same, negative), on its value date.
 *
 * @param debtor the debtor's name, followed by his name in Chinese characters when he has one
 */
public record PaymentItem(LocalDate valueDate, LedgerEntryType type, String debtor, String debtReference,
                          String clientName, PaymentMethod method, Money amount) {
}
