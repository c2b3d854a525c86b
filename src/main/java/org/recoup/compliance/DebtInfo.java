package org.recoup.compliance;

import java.time.LocalDate;

/** What the rules need to know of one debt; dates are local dates of the debtor's home zone. */
public record DebtInfo(String id, LocalDate validationNoticeMailed, LocalDate validationEnd,
                       LocalDate verificationMailed, Limitation limitation, boolean paidInFull) {

    public static DebtInfo of(String id) {
        return new DebtInfo(id, null, null, null, null, false);
    }
}
