package org.recoup.money;

import java.time.LocalDate;

import org.recoup.domain.Frequency;
import org.recoup.domain.Money;
import org.recoup.domain.Validate;
import org.recoup.domain.ValidationException;

/**
 * What a schedule is built from: the total to pay (down payment included), an optional down
 * payment, the number of instalments after it, their frequency and the start date.
 *
 * @param downPayment null, or zero, for none
 */
public record PlanTerms(Money total, Money downPayment, int count, Frequency frequency, LocalDate start) {

    /** More instalments than this are refused (a hundred years of monthly instalments). */
    public static final int MAX_COUNT = 1200;

    public PlanTerms {
        Validate.required(total, "plan.total");
        if (!total.isPositive()) {
            throw new ValidationException("plan.total", "must be above zero");
        }
        if (downPayment != null) {
            if (!downPayment.currency().equals(total.currency())) {
                throw new ValidationException("plan.downPayment", "is in " + downPayment.currency()
                        + ", the total in " + total.currency());
            }
            if (downPayment.isNegative()) {
                throw new ValidationException("plan.downPayment", "cannot be negative");
            }
            if (downPayment.compareTo(total) >= 0) {
                throw new ValidationException("plan.downPayment", "must be below the total (" + total + ")");
            }
            if (downPayment.isZero()) {
                downPayment = null;
            }
        }
        if (count < 1) {
            throw new ValidationException("plan.count", "must be at least 1");
        }
        if (count > MAX_COUNT) {
            throw new ValidationException("plan.count", "must be at most " + MAX_COUNT);
        }
        Validate.required(frequency, "plan.frequency");
        Validate.required(start, "plan.start");
    }

    public String currency() {
        return total.currency();
    }

    public boolean hasDownPayment() {
        return downPayment != null;
    }
}
