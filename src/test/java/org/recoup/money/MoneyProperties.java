package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.recoup.domain.AllocationOrder;
import org.recoup.domain.Bucket;
import org.recoup.domain.Frequency;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.view.LedgerLine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/** The invariants of the money arithmetic, in currencies of scale 0 (JPY), 2 (USD) and 3 (KWD). */
class MoneyProperties {

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("JPY", "USD", "KWD", "CNY", "BHD");
    }

    @Provide
    Arbitrary<AllocationOrder> orders() {
        return Arbitraries.shuffle(Bucket.values()).map(AllocationOrder::new);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 8).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    }

    private static Money money(long minorUnits, String currency) {
        return Money.of(BigDecimal.valueOf(minorUnits, Money.scaleOf(currency)), currency);
    }

    @Property
    void instalmentsSumExactlyToTheTotal(@ForAll("currencies") String currency,
                                         @ForAll @LongRange(min = 1, max = 10_000_000_000L) long totalUnits,
                                         @ForAll @IntRange(min = 0, max = 99) int downPercent,
                                         @ForAll @IntRange(min = 1, max = 120) int count,
                                         @ForAll Frequency frequency, @ForAll("dates") LocalDate start) {
        Statistics.collect("scale " + Money.scaleOf(currency));
        long downUnits = totalUnits * downPercent / 100;
        long rest = totalUnits - downUnits;
        net.jqwik.api.Assume.that(rest >= count);
        PlanTerms terms = new PlanTerms(money(totalUnits, currency), money(downUnits, currency), count, frequency, start);
        List<ScheduledInstalment> schedule = Schedules.build(terms);

        Money sum = schedule.stream().map(ScheduledInstalment::amount).reduce(Money.zero(currency), Money::plus);
        assertThat(sum).isEqualTo(terms.total());
        assertThat(schedule).hasSize(count + (downUnits > 0 ? 1 : 0));
        assertThat(schedule).allSatisfy(i -> {
            assertThat(i.amount().isPositive()).isTrue();
            assertThat(i.amount().scale()).isEqualTo(Money.scaleOf(currency));
        });
        ScheduledInstalment first = schedule.get(downUnits > 0 ? 1 : 0);
        ScheduledInstalment last = schedule.get(schedule.size() - 1);
        assertThat(last.amount()).isGreaterThanOrEqualTo(first.amount());
        assertThat(last.amount().minus(first.amount()).amount().movePointRight(Money.scaleOf(currency)).longValue())
                .isLessThan(count);
    }

    @Property
    void dueDatesStrictlyIncrease(@ForAll @IntRange(min = 1, max = 240) int count, @ForAll Frequency frequency,
                                  @ForAll("dates") LocalDate start, @ForAll boolean down) {
        PlanTerms terms = new PlanTerms(money(1_000_000, "USD"), down ? money(1000, "USD") : null, count, frequency, start);
        List<ScheduledInstalment> schedule = Schedules.build(terms);
        assertThat(schedule.get(0).due()).isEqualTo(start);
        for (int i = 1; i < schedule.size(); i++) {
            assertThat(schedule.get(i).due()).isAfter(schedule.get(i - 1).due());
            assertThat(schedule.get(i).number()).isEqualTo(schedule.get(i - 1).number() + 1);
        }
    }

    @Property
    void allocationNeverMakesABucketNegativeAndAccountsForEveryUnit(
            @ForAll("currencies") String currency, @ForAll("orders") AllocationOrder order,
            @ForAll @LongRange(min = 0, max = 1_000_000) long principal, @ForAll @LongRange(min = 0, max = 100_000) long interest,
            @ForAll @LongRange(min = 0, max = 100_000) long fees, @ForAll @LongRange(min = 1, max = 2_000_000) long paid) {
        Buckets balance = new Buckets(money(principal, currency), money(interest, currency), money(fees, currency),
                Money.zero(currency));
        Money amount = money(paid, currency);
        Buckets change = Allocation.ofPayment(balance, amount, order);
        Buckets after = balance.plus(change);

        assertThat(after.isNonNegative()).isTrue();
        assertThat(change.credit().minus(change.owed())).isEqualTo(amount);
        assertThat(change.credit().isPositive()).isEqualTo(paid > principal + interest + fees);
        if (change.credit().isPositive()) {
            assertThat(after.owed().isZero()).isTrue();
        }
        // nothing goes to a later bucket while an earlier one still holds something
        boolean earlierStillOwed = false;
        for (Bucket bucket : order.buckets()) {
            if (earlierStillOwed) {
                assertThat(change.get(bucket).isZero()).isTrue();
            }
            earlierStillOwed |= after.get(bucket).isPositive();
        }
    }

    /** A random history of a debt: placement, then fees, interest, payments, write-downs and reversals. */
    @Provide
    Arbitrary<List<int[]>> histories() {
        Arbitrary<int[]> step = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(1, 500_000), Arbitraries.integers().between(0, 1000))
                .as((kind, amount, pick) -> new int[] {kind, amount, pick});
        return step.list().ofMaxSize(40);
    }

    @Property
    void balanceIsTheSumOfTheLedgerAndEveryReversalRestoresItsPaymentExactly(
            @ForAll("currencies") String currency, @ForAll("orders") AllocationOrder order,
            @ForAll @LongRange(min = 1, max = 5_000_000) long placed, @ForAll("histories") List<int[]> history) {
        LocalDate day = LocalDate.of(2025, 1, 1);
        List<LedgerLine> rows = new ArrayList<>();
        Buckets balance = new Buckets(money(placed, currency), money(placed / 10, currency), money(placed / 20, currency),
                Money.zero(currency));
        rows.add(Lines.of(LedgerEntryType.PLACEMENT, day, balance));
        List<LedgerLine> payments = new ArrayList<>();
        Set<Long> reversed = new HashSet<>();
        for (int[] step : history) {
            day = day.plusDays(1 + step[2] % 5);
            Money amount = money(step[1], currency);
            Buckets change;
            LedgerEntryType type;
            switch (step[0]) {
                case 0 -> { type = LedgerEntryType.FEE; change = Buckets.only(Bucket.FEES, amount); }
                case 1 -> { type = LedgerEntryType.INTEREST; change = Buckets.only(Bucket.INTEREST, amount); }
                case 2 -> { type = LedgerEntryType.PAYMENT; change = Allocation.ofPayment(balance, amount, order); }
                case 3 -> {
                    Bucket bucket = Bucket.values()[step[2] % 3];
                    type = LedgerEntryType.ADJUSTMENT;
                    change = Buckets.only(bucket, amount.min(balance.get(bucket)).negate());
                }
                default -> {
                    List<LedgerLine> open = payments.stream().filter(p -> !reversed.contains(p.id())).toList();
                    if (open.isEmpty()) {
                        continue;
                    }
                    LedgerLine payment = open.get(step[2] % open.size());
                    reversed.add(payment.id());
                    type = LedgerEntryType.REVERSAL;
                    change = Buckets.of(payment).negate();
                }
            }
            LedgerLine row = Lines.of(type, day, change);
            rows.add(row);
            if (type == LedgerEntryType.PAYMENT) {
                payments.add(row);
            }
            balance = balance.plus(change);
            assertThat(balance.principal().isNegative() || balance.interest().isNegative() || balance.fees().isNegative())
                    .isFalse();
        }

        Buckets sum = rows.stream().map(Buckets::of).reduce(Buckets.zero(currency), Buckets::plus);
        assertThat(sum).isEqualTo(balance);

        // the same history without the reversed payments and their reversals leaves every owed
        // bucket no lower than with them (reversals put back what their payments took) and the
        // credits of both agree once the reversed payments' credits are taken out
        Buckets withoutReversed = rows.stream()
                .filter(r -> !reversed.contains(r.id()) && r.type() != LedgerEntryType.REVERSAL)
                .map(Buckets::of).reduce(Buckets.zero(currency), Buckets::plus);
        Buckets reversedPayments = rows.stream().filter(r -> reversed.contains(r.id()))
                .map(Buckets::of).reduce(Buckets.zero(currency), Buckets::plus);
        Buckets reversals = rows.stream().filter(r -> r.type() == LedgerEntryType.REVERSAL)
                .map(Buckets::of).reduce(Buckets.zero(currency), Buckets::plus);
        assertThat(reversals).isEqualTo(reversedPayments.negate());
        assertThat(withoutReversed).isEqualTo(balance);

        Itemization itemization = Itemization.of(rows, LocalDate.of(2024, 12, 31), day, currency);
        assertThat(itemization.current()).isEqualTo(balance.owed());
        assertThat(itemization.amountOnItemizationDate().plus(itemization.interest()).plus(itemization.fees())
                .minus(itemization.paymentsAndCredits())).isEqualTo(itemization.current());
        assertThat(itemization.creditOwedToDebtor()).isEqualTo(balance.credit());
    }
}
