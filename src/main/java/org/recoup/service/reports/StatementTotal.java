package org.recoup.service.reports;

import java.math.BigDecimal;

import org.recoup.domain.Money;

/**
 * A client statement's figures in one currency.
 *
 * @param payments    how many payments were valued in the period
 * @param paid        what they paid off
 * @param reversals   how many reversals were valued in the period
 * @param reversed    what they took back (negative or zero)
 * @param collected   paid + reversed
 * @param ratePercent the client's commission rate, or null when none is set (no commission then)
 * @param commission  collected × rate ÷ 100, rounded half-even to the currency's scale
 * @param dueToClient collected − commission
 */
public record StatementTotal(String currency, long payments, Money paid, long reversals, Money reversed, Money collected,
                             BigDecimal ratePercent, Money commission, Money dueToClient) {
}
