package org.recoup.service.money;

import java.time.LocalDate;
import java.util.List;

import org.recoup.domain.Money;
import org.recoup.domain.PlanKind;

/**
 * The what-if of a plan before it is saved: the schedule and the balance after each instalment if
 * each is paid on its due date, and whether the plan runs past the limitation date.
 *
 * @param balance            owed today, accrued interest included
 * @param discount           for a settlement, what would be written off at the end (balance − total)
 * @param limitationExpiry   null when unknown
 * @param runsPastLimitation true when the last due date is on or after the limitation expiry
 */
public record PlanPreview(long debtId, PlanKind kind, String currency, Money balance, Money total, Money discount,
                          List<Line> lines, LocalDate limitationExpiry, boolean runsPastLimitation,
                          List<MoneyWarning> warnings) {

    /**
     * @param number       0 for the down payment
     * @param interest     interest expected to accrue before this instalment
     * @param balanceAfter owed once it is paid
     * @param writtenOff   for a settlement's last line, the rest written off; else zero
     */
    public record Line(int number, LocalDate due, Money amount, Money interest, Money balanceAfter, Money writtenOff) {
    }
}
