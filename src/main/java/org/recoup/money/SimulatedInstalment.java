package org.recoup.money;

import java.time.LocalDate;

import org.recoup.domain.Money;

/**
 * One line of a plan's what-if preview.
 *
 * @param interest     interest expected to accrue from the previous line (or today) to its due date
 * @param balanceAfter what would be owed once it is paid on its due date
 * @param writtenOff   for a settlement's last line, the rest of the balance written off; else zero
 */
public record SimulatedInstalment(int number, LocalDate due, Money amount, Money interest, Money balanceAfter,
                                  Money writtenOff) {
}
