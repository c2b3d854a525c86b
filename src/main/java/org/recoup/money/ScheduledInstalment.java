package org.recoup.money;

import java.time.LocalDate;

import org.recoup.domain.Money;

/** One line of a schedule; number 0 is the down payment. */
public record ScheduledInstalment(int number, LocalDate due, Money amount) {
}
