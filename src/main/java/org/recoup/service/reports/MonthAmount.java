package org.recoup.service.reports;

import java.time.YearMonth;

import org.recoup.domain.Money;

/** What was collected in one calendar month (payments less reversals, by value date), in one currency. */
public record MonthAmount(YearMonth month, Money collected) {
}
