package org.recoup.money;

import java.util.Objects;

import org.recoup.domain.Bucket;
import org.recoup.domain.Money;
import org.recoup.domain.view.Balance;
import org.recoup.domain.view.LedgerLine;

/**
 * The four amounts of a debt's money: principal, interest and fees owed, and credit owed back to
 * the debtor. Used both for a balance and for a ledger row's signed changes.
 */
public record Buckets(Money principal, Money interest, Money fees, Money credit) {

    public Buckets {
        Objects.requireNonNull(principal, "principal");
        String currency = principal.currency();
        for (Money m : new Money[] {interest, fees, credit}) {
            if (!Objects.requireNonNull(m, "bucket").currency().equals(currency)) {
                throw new IllegalArgumentException("cannot mix " + currency + " and " + m.currency());
            }
        }
    }

    public static Buckets zero(String currency) {
        Money zero = Money.zero(currency);
        return new Buckets(zero, zero, zero, zero);
    }

    public static Buckets of(Balance balance) {
        return new Buckets(balance.principal(), balance.interest(), balance.fees(), balance.credit());
    }

    public static Buckets of(LedgerLine line) {
        return new Buckets(line.principal(), line.interest(), line.fees(), line.credit());
    }

    /** A change of one owed bucket only. */
    public static Buckets only(Bucket bucket, Money amount) {
        return zero(amount.currency()).with(bucket, amount);
    }

    public Balance toBalance() {
        return new Balance(principal, interest, fees, credit);
    }

    public String currency() {
        return principal.currency();
    }

    /** Principal + interest + fees: what the debtor owes. */
    public Money owed() {
        return principal.plus(interest).plus(fees);
    }

    public Money get(Bucket bucket) {
        return switch (bucket) {
            case PRINCIPAL -> principal;
            case INTEREST -> interest;
            case FEES -> fees;
        };
    }

    public Buckets with(Bucket bucket, Money amount) {
        return switch (bucket) {
            case PRINCIPAL -> new Buckets(amount, interest, fees, credit);
            case INTEREST -> new Buckets(principal, amount, fees, credit);
            case FEES -> new Buckets(principal, interest, amount, credit);
        };
    }

    public Buckets withCredit(Money amount) {
        return new Buckets(principal, interest, fees, amount);
    }

    public Buckets plus(Buckets other) {
        return new Buckets(principal.plus(other.principal), interest.plus(other.interest),
                fees.plus(other.fees), credit.plus(other.credit));
    }

    public Buckets negate() {
        return new Buckets(principal.negate(), interest.negate(), fees.negate(), credit.negate());
    }

    public boolean isZero() {
        return principal.isZero() && interest.isZero() && fees.isZero() && credit.isZero();
    }

    /** True when no bucket is below zero. */
    public boolean isNonNegative() {
        return !principal.isNegative() && !interest.isNegative() && !fees.isNegative() && !credit.isNegative();
    }
}
