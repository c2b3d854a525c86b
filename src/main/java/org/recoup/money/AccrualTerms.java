package org.recoup.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.recoup.domain.DayCount;
import org.recoup.domain.Money;

/**
 * Simple interest on principal: an annual rate in percent from a start date, a day count, an
 * optional cap on all interest these terms accrue, and the days it is paused (a plan's).
 *
 * @param cap    null for no cap
 * @param pauses ranges of days on which no interest accrues
 */
public record AccrualTerms(BigDecimal annualRatePercent, DayCount dayCount, LocalDate start, Money cap,
                           List<DateRange> pauses) {

    public AccrualTerms {
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(start, "start");
        pauses = List.copyOf(pauses);
    }

    public AccrualTerms withPauses(List<DateRange> more) {
        List<DateRange> all = new java.util.ArrayList<>(pauses);
        all.addAll(more);
        return new AccrualTerms(annualRatePercent, dayCount, start, cap, all);
    }

    boolean pausedOn(LocalDate day) {
        for (DateRange pause : pauses) {
            if (pause.contains(day)) {
                return true;
            }
        }
        return false;
    }
}
