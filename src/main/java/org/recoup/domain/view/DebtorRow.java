package org.recoup.domain.view;

import java.math.BigDecimal;
import java.time.Instant;

import org.recoup.domain.DebtStatus;

/**
 * One line of the debtors list. {@code balance} and {@code currency} are null when the debtor's
 * debts are in several currencies (or there are none).
 */
public record DebtorRow(long id, String name, String nativeName, DebtStatus status, BigDecimal balance,
                        String currency, Instant lastContactAt, String homeZone) {
}
