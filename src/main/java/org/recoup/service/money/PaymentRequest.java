package org.recoup.service.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.recoup.domain.PaymentMethod;

/**
 * A payment to record.
 *
 * @param amount    in the debt's currency, at most its number of decimals
 * @param date      the day the money was received (not in the future)
 * @param reference the bank's or cheque's reference; optional
 * @param memo      optional
 */
public record PaymentRequest(long debtId, BigDecimal amount, LocalDate date, PaymentMethod method,
                             String reference, String memo) {
}
