package org.recoup.money;

import java.time.LocalDate;
import java.util.List;

import org.recoup.domain.Money;
import org.recoup.domain.view.LedgerLine;

/**
 * The itemization of a validation notice (12 CFR 1006.34(c)(2)): the amount on the itemization
 * date, the interest, fees and payments or credits since, and the current amount, which is always
 * {@code amountOnItemizationDate + interest + fees − paymentsAndCredits}, to the cent.
 *
 * <p>How rows count (docs/decisions/0012-money-itemization.md): PLACEMENT rows always belong to
 * the amount on the itemization date; other rows valued on or before it do too. After it, INTEREST
 * rows are interest, FEE rows are fees, PAYMENT, REVERSAL and WRITE_OFF rows are payments and
 * credits (a reversal as a negative one); an ADJUSTMENT's rise in interest or fees counts as
 * interest or fees, any other change of it (every fall, a rise in principal) as a credit.
 *
 * @param creditOwedToDebtor the credit bucket (overpayments), which is not part of the amount owed
 */
public record Itemization(LocalDate itemizationDate, LocalDate asOf, Money amountOnItemizationDate, Money interest,
                          Money fees, Money paymentsAndCredits, Money current, Money creditOwedToDebtor) {

    /** Itemizes the rows valued on or before {@code asOf}. */
    public static Itemization of(List<LedgerLine> rows, LocalDate itemizationDate, LocalDate asOf, String currency) {
        Money zero = Money.zero(currency);
        Money start = zero;
        Money interest = zero;
        Money fees = zero;
        Money credits = zero;
        Money owed = zero;
        Money credit = zero;
        for (LedgerLine row : rows) {
            if (row.valueDate().isAfter(asOf)) {
                continue;
            }
            owed = owed.plus(row.owedChange());
            credit = credit.plus(row.credit());
            if (row.type() == org.recoup.domain.LedgerEntryType.PLACEMENT || !row.valueDate().isAfter(itemizationDate)) {
                start = start.plus(row.owedChange());
                continue;
            }
            switch (row.type()) {
                case INTEREST -> interest = interest.plus(row.owedChange());
                case FEE -> fees = fees.plus(row.owedChange());
                case PAYMENT, REVERSAL, WRITE_OFF -> credits = credits.minus(row.owedChange());
                case ADJUSTMENT -> {
                    Money interestUp = row.interest().max(zero);
                    Money feesUp = row.fees().max(zero);
                    interest = interest.plus(interestUp);
                    fees = fees.plus(feesUp);
                    credits = credits.minus(row.owedChange().minus(interestUp).minus(feesUp));
                }
                case PLACEMENT -> throw new AssertionError("placements are counted above");
            }
        }
        Money current = start.plus(interest).plus(fees).minus(credits);
        if (current.compareTo(owed) != 0) {
            throw new IllegalStateException("itemization does not add up: " + current + " against " + owed);
        }
        return new Itemization(itemizationDate, asOf, start, interest, fees, credits, current, credit);
    }
}
