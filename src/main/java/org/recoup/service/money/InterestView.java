package org.recoup.service.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.recoup.domain.DayCount;
import org.recoup.domain.Money;

/**
 * A debt's interest terms and where accrual stands.
 *
 * @param cap           null for no cap
 * @param posted        all interest posted by accrual so far
 * @param postedThrough the day accrual was last posted to (its INTEREST row's value date), or null
 * @param accrued       accrued and not yet posted, up to {@code accruedTo}
 */
public record InterestView(long debtId, BigDecimal annualRatePercent, DayCount dayCount, LocalDate start, Money cap,
                           Money posted, LocalDate postedThrough, LocalDate accruedTo, Money accrued,
                           long accruedDays, boolean capped) {
}
