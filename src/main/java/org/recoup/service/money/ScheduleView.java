package org.recoup.service.money;

import java.time.LocalDate;
import java.util.List;

import org.recoup.domain.Money;

/** A plan's schedule alone, without a debt (the command line's {@code recoup plan}). */
public record ScheduleView(String currency, Money total, List<Line> instalments) {

    /** @param n 0 for the down payment */
    public record Line(int n, LocalDate due, Money amount) {
    }
}
