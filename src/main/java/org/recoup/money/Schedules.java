package org.recoup.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.recoup.domain.Frequency;
import org.recoup.domain.Money;
import org.recoup.domain.ValidationException;

/**
 * Plan schedules. Without a down payment instalment 1 is due on the start date; with one, the down
 * payment is instalment 0 on the start date and instalment 1 one period later. Each instalment is
 * (total − down payment) ÷ count rounded down to the currency's scale, the last takes the
 * remainder, so the schedule always sums exactly to the total.
 */
public final class Schedules {

    private Schedules() {
    }

    public static List<ScheduledInstalment> build(PlanTerms terms) {
        String currency = terms.currency();
        int scale = Money.scaleOf(currency);
        Money rest = terms.hasDownPayment() ? terms.total().minus(terms.downPayment()) : terms.total();
        BigDecimal each = rest.amount().divide(BigDecimal.valueOf(terms.count()), scale, RoundingMode.DOWN);
        if (each.signum() == 0) {
            throw new ValidationException("plan.count", "is too many: each instalment would be "
                    + Money.zero(currency) + " (at most " + rest.amount().movePointRight(scale).toBigInteger()
                    + " instalments of " + rest + ")");
        }
        Money regular = Money.of(each, currency);
        Money last = rest.minus(Money.of(each.multiply(BigDecimal.valueOf(terms.count() - 1L)), currency));

        List<ScheduledInstalment> lines = new ArrayList<>(terms.count() + 1);
        int period = 0;
        if (terms.hasDownPayment()) {
            lines.add(new ScheduledInstalment(0, due(terms.start(), terms.frequency(), period++), terms.downPayment()));
        }
        for (int n = 1; n <= terms.count(); n++) {
            lines.add(new ScheduledInstalment(n, due(terms.start(), terms.frequency(), period++),
                    n == terms.count() ? last : regular));
        }
        return List.copyOf(lines);
    }

    /**
     * The date {@code periods} periods after {@code start}. Monthly dates are counted from the
     * start, never from the previous date: a start on the last day of its month keeps every date
     * on the last day of its month; otherwise the same day, clamped to the month's last day.
     */
    public static LocalDate due(LocalDate start, Frequency frequency, int periods) {
        return switch (frequency) {
            case WEEKLY -> start.plusWeeks(periods);
            case FORTNIGHTLY -> start.plusWeeks(2L * periods);
            case MONTHLY -> {
                LocalDate date = start.plusMonths(periods);
                yield isLastDayOfMonth(start) ? date.with(TemporalAdjusters.lastDayOfMonth()) : date;
            }
        };
    }

    static boolean isLastDayOfMonth(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }
}
