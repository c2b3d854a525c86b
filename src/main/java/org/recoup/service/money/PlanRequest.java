package org.recoup.service.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.recoup.domain.Frequency;
import org.recoup.domain.PlanKind;

/**
 * A plan to preview or agree.
 *
 * @param total         what the plan pays, down payment included: for an INSTALMENT plan null means
 *                      the whole balance (accrued interest included); a SETTLEMENT needs one below it
 * @param downPayment   null or zero for none
 * @param count         instalments after the down payment (a lump-sum settlement is 1)
 * @param start         the first due date (the down payment's, if there is one); not before today
 * @param pauseInterest whether interest stops while the plan is active
 */
public record PlanRequest(PlanKind kind, BigDecimal total, BigDecimal downPayment, int count, Frequency frequency,
                          LocalDate start, boolean pauseInterest) {

    public static PlanRequest instalments(BigDecimal downPayment, int count, Frequency frequency, LocalDate start,
                                          boolean pauseInterest) {
        return new PlanRequest(PlanKind.INSTALMENT, null, downPayment, count, frequency, start, pauseInterest);
    }

    public static PlanRequest settlement(BigDecimal total, int count, Frequency frequency, LocalDate start) {
        return new PlanRequest(PlanKind.SETTLEMENT, total, null, count, frequency, start, true);
    }
}
