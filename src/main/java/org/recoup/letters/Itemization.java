package org.recoup.letters;

import java.time.LocalDate;
import java.util.Objects;

import org.recoup.domain.Money;

/**
 * The itemization of a validation notice (12 CFR 1006.34(c)(2)): the amount on the itemization
 * date, plus interest and fees since, minus payments and credits since, equals the amount now.
 */
public record Itemization(LocalDate itemizationDate, Money amountOnItemizationDate, Money interest, Money fees,
        Money paymentsAndCredits, Money totalNow) {

    public Itemization {
        Objects.requireNonNull(itemizationDate, "itemizationDate");
        Objects.requireNonNull(amountOnItemizationDate, "amountOnItemizationDate");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(paymentsAndCredits, "paymentsAndCredits");
        Objects.requireNonNull(totalNow, "totalNow");
    }

    /** Whether the lines add up to the total, to the cent (what US-VAL-3 checks). */
    public boolean addsUp() {
        return amountOnItemizationDate.plus(interest).plus(fees).minus(paymentsAndCredits).compareTo(totalNow) == 0;
    }
}
