package org.recoup.service.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.recoup.domain.AllocationOrder;
import org.recoup.domain.Bucket;
import org.recoup.domain.DayCount;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The ledger's invariants through the service and the database, in scales 0 (JPY), 2 (USD) and
 * 3 (KWD), with interest accruing: the balance summed in SQL equals the sum of the rows read back
 * and the itemization's current amount; accrual from SQL sums equals accrual from the whole
 * ledger; no owed bucket goes negative; a reversal restores every bucket exactly.
 */
class MoneyServiceProperties {

    private static Path dir;
    private static Fixture fixture;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("recoup-money-properties");
        fixture = new Fixture(dir, "2026-03-01");
    }

    @AfterContainer
    static void close() throws IOException {
        fixture.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("JPY", "USD", "KWD");
    }

    @Provide
    Arbitrary<AllocationOrder> orders() {
        return Arbitraries.shuffle(Bucket.values()).map(AllocationOrder::new);
    }

    @Provide
    Arbitrary<List<int[]>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 400_000),
                Arbitraries.integers().between(0, 999)).as((kind, amount, pick) -> new int[] {kind, amount, pick})
                .list().ofMinSize(1).ofMaxSize(15);
    }

    private static BigDecimal units(long minor, String currency) {
        return BigDecimal.valueOf(minor, Money.scaleOf(currency));
    }

    @Property(tries = 20)
    void balanceIsTheLedgerAndReversalsRestoreEveryBucket(@ForAll("currencies") String currency,
                                                          @ForAll("orders") AllocationOrder order,
                                                          @ForAll @LongRange(min = 1, max = 50_000_000) long placed,
                                                          @ForAll("steps") List<int[]> steps,
                                                          @ForAll DayCount dayCount,
                                                          @ForAll @LongRange(min = 0, max = 3000) long rateBasisPoints) {
        MoneyService money = fixture.money;
        long client = fixture.client("Client " + CLIENTS.incrementAndGet(), 5);
        money.setAllocationOrder(client, order);
        long debtor = fixture.debtor("Debtor", null, null);
        long debt = fixture.debt(client, debtor, "P-1", currency, units(placed, currency).toPlainString(),
                units(placed / 7, currency).toPlainString(), units(placed / 13, currency).toPlainString(),
                "2026-01-05", null);
        money.setInterestTerms(debt, BigDecimal.valueOf(rateBasisPoints, 2), dayCount, LocalDate.parse("2026-01-07"), null);
        LocalDate day = LocalDate.parse("2026-01-10");
        List<Long> payments = new ArrayList<>();
        for (int[] step : steps) {
            day = day.plusDays(1);
            BigDecimal amount = units(step[1], currency);
            BalanceView before = money.balance(debt);
            switch (step[0]) {
                case 0 -> payments.add(pay(money, debt, amount, day));
                case 1 -> {
                    if (!before.status().isClosed()) {
                        money.addFee(debt, amount, day, "fee");
                    }
                }
                case 2 -> {
                    Bucket bucket = Bucket.values()[step[2] % 3];
                    Money holds = bucket == Bucket.PRINCIPAL ? before.principal()
                            : bucket == Bucket.INTEREST ? before.interest() : before.fees();
                    BigDecimal down = amount.min(holds.amount());
                    if (down.signum() > 0) {
                        money.adjust(debt, bucket, down.negate(), day, "correction");
                    }
                }
                case 3 -> {
                    if (!payments.isEmpty()) {
                        long payment = payments.remove(step[2] % payments.size());
                        LedgerRow paid = money.ledger(debt).stream().filter(r -> r.id() == payment).findFirst().orElseThrow();
                        PostingReceipt reversal = money.reversePayment(payment, day, "returned");
                        assertThat(List.of(reversal.entry().principal(), reversal.entry().interest(),
                                reversal.entry().fees(), reversal.entry().credit()))
                                .isEqualTo(List.of(paid.principal().negate(), paid.interest().negate(),
                                        paid.fees().negate(), paid.credit().negate()));
                        assertThat(buckets(money.balance(debt))).isEqualTo(List.of(
                                before.principal().minus(paid.principal()), before.interest().minus(paid.interest()),
                                before.fees().minus(paid.fees()), before.credit().minus(paid.credit())));
                    }
                }
                case 4 -> {
                    PostingReceipt payment = money.recordPayment(
                            new PaymentRequest(debt, amount, day, PaymentMethod.CASH, null, null));
                    money.reversePayment(payment.entry().id(), day, "chargeback");
                    Money postedOnTheWay = payment.interestPosted() == null ? Money.zero(currency)
                            : payment.interestPosted().interest();
                    assertThat(buckets(money.balance(debt))).isEqualTo(List.of(before.principal(),
                            before.interest().plus(postedOnTheWay), before.fees(), before.credit()));
                }
                default -> money.postInterest(debt, day);
            }
            checkBalanceIsTheLedger(money, debt);
        }
    }

    private static long pay(MoneyService money, long debt, BigDecimal amount, LocalDate day) {
        return money.recordPayment(new PaymentRequest(debt, amount, day, PaymentMethod.CASH, null, null)).entry().id();
    }

    private static List<Money> buckets(BalanceView b) {
        return List.of(b.principal(), b.interest(), b.fees(), b.credit());
    }

    private static void checkBalanceIsTheLedger(MoneyService money, long debt) {
        BalanceView balance = money.balance(debt);
        List<LedgerRow> rows = money.ledger(debt);
        String currency = balance.currency();
        Money principal = Money.zero(currency);
        Money interest = Money.zero(currency);
        Money fees = Money.zero(currency);
        Money credit = Money.zero(currency);
        for (LedgerRow row : rows) {
            principal = principal.plus(row.principal());
            interest = interest.plus(row.interest());
            fees = fees.plus(row.fees());
            credit = credit.plus(row.credit());
        }
        assertThat(buckets(balance)).isEqualTo(List.of(principal, interest, fees, credit));
        assertThat(balance.principal().isNegative() || balance.interest().isNegative() || balance.fees().isNegative()
                || balance.credit().isNegative()).isFalse();
        assertThat(rows.get(rows.size() - 1).owedAfter()).isEqualTo(balance.owed());
        // accrual from SQL sums and from a scan of the whole ledger agree
        assertThat(balance.accruedInterest()).isEqualTo(money.overview(debt).balance().accruedInterest());
        ItemizationView itemization = money.itemization(debt);
        assertThat(itemization.current()).isEqualTo(balance.owed());
        assertThat(itemization.creditOwedToDebtor()).isEqualTo(balance.credit());
    }
}
