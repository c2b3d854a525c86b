package org.recoup.service.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.recoup.domain.Money;

/**
 * The money figures of one currency (never added to another's).
 *
 * @param openDebts          debts not yet ended (not paid, settled, closed or recalled)
 * @param outstanding        what those debts owe now: principal + interest + fees
 * @param placed             what every debt owed when placed (its PLACEMENT rows), ended ones too
 * @param collected          what payments paid off, less what reversals took back, ever
 * @param collectedThisMonth the same, valued in the calendar month of the day of the report
 */
public record CurrencyFigures(String currency, long openDebts, Money outstanding, Money placed, Money collected,
                              Money collectedThisMonth) {

    /** Collected ÷ placed of the same debts, in percent with one decimal; null when nothing was placed. */
    public BigDecimal recoveryPercent() {
        return percent(collected.amount(), placed.amount());
    }

    /** {@code part ÷ whole × 100}, one decimal, half up; null when {@code whole} is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
