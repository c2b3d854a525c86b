package org.recoup.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.recoup.domain.AllocationOrder;
import org.recoup.domain.Money;

/**
 * The what-if of a plan: the balance after each instalment if every one is paid on its due date.
 * Interest (when it is not paused) accrues on the principal between due dates and is rounded as
 * if posted on each due date, before that instalment is allocated in the client's order.
 */
public final class PlanSimulation {

    private PlanSimulation() {
    }

    /**
     * @param balance        the balance on {@code today}, accrued interest included
     * @param accrual        null when no interest accrues while the plan runs
     * @param interestSoFar  interest already accrued under the terms, for their cap
     * @param settlement     true when what is left after the last instalment is written off
     */
    public static List<SimulatedInstalment> run(Buckets balance, LocalDate today, List<ScheduledInstalment> schedule,
                                                AllocationOrder order, AccrualTerms accrual, Money interestSoFar,
                                                boolean settlement) {
        String currency = balance.currency();
        int scale = Money.scaleOf(currency);
        Money zero = Money.zero(currency);
        Money accruedSoFar = interestSoFar;
        List<SimulatedInstalment> lines = new ArrayList<>(schedule.size());
        LocalDate from = today;
        for (int i = 0; i < schedule.size(); i++) {
            ScheduledInstalment instalment = schedule.get(i);
            Money interest = zero;
            if (accrual != null && instalment.due().isAfter(from)) {
                LocalDate start = from.isBefore(accrual.start()) ? accrual.start() : from;
                long days = DayCounts.days(accrual.dayCount(), start, instalment.due());
                BigDecimal exact = balance.principal().max(zero).amount()
                        .multiply(BigDecimal.valueOf(days)).multiply(accrual.annualRatePercent());
                BigDecimal divisor = BigDecimal.valueOf(100L * DayCounts.yearDays(accrual.dayCount()));
                interest = Money.of(exact.divide(divisor, scale, RoundingMode.HALF_EVEN), currency);
                if (accrual.cap() != null) {
                    interest = interest.min(accrual.cap().minus(accruedSoFar).max(zero));
                }
                accruedSoFar = accruedSoFar.plus(interest);
                balance = balance.plus(Buckets.only(org.recoup.domain.Bucket.INTEREST, interest));
            }
            if (instalment.due().isAfter(from)) {
                from = instalment.due();
            }
            balance = balance.plus(Allocation.ofPayment(balance, instalment.amount(), order));
            Money owed = balance.owed();
            Money writtenOff = zero;
            if (settlement && i == schedule.size() - 1 && owed.isPositive()) {
                writtenOff = owed;
                owed = zero;
            }
            lines.add(new SimulatedInstalment(instalment.number(), instalment.due(), instalment.amount(), interest,
                    owed, writtenOff));
        }
        return List.copyOf(lines);
    }
}
