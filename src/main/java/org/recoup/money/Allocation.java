package org.recoup.money;

import org.recoup.domain.AllocationOrder;
import org.recoup.domain.Bucket;
import org.recoup.domain.Money;
import org.recoup.domain.ValidationException;

/** How a payment is spread over a debt's buckets. */
public final class Allocation {

    private Allocation() {
    }

    /**
     * The signed change a payment of {@code amount} makes to {@code balance}: each owed bucket, in
     * {@code order}, is reduced by at most what it holds; whatever is left over becomes credit owed
     * back to the debtor. No bucket is ever taken below zero.
     *
     * @throws ValidationException when the amount is not above zero
     */
    public static Buckets ofPayment(Buckets balance, Money amount, AllocationOrder order) {
        if (!amount.isPositive()) {
            throw new ValidationException("payment.amount", "must be above zero");
        }
        if (!amount.currency().equals(balance.currency())) {
            throw new ValidationException("payment.amount", "is in " + amount.currency() + ", the debt in " + balance.currency());
        }
        Money zero = Money.zero(amount.currency());
        Buckets change = Buckets.zero(amount.currency());
        Money left = amount;
        for (Bucket bucket : order.buckets()) {
            Money owed = balance.get(bucket).max(zero);
            Money taken = owed.min(left);
            change = change.with(bucket, taken.negate());
            left = left.minus(taken);
        }
        return change.withCredit(left);
    }
}
