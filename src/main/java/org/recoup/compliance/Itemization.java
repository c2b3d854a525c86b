package org.recoup.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The itemization of a validation notice (12 CFR 1006.34(c)(2)). */
public record Itemization(LocalDate date, BigDecimal amountAtDate, BigDecimal interest, BigDecimal fees,
                          BigDecimal paymentsCredits, BigDecimal current) {

    /** amount on the itemization date + interest + fees - payments and credits. */
    public BigDecimal computedCurrent() {
        return amountAtDate.add(interest).add(fees).subtract(paymentsCredits);
    }
}
