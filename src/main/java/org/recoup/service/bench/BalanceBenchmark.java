package org.recoup.service.bench;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.recoup.domain.UserInputException;
import org.recoup.service.money.MoneyService;
import org.recoup.store.Database;

/**
 * {@code balance.p95}: milliseconds, 95th percentile, to compute one debt's balance (with accrued
 * interest) and its itemization, as the window does, for a debt with 1,000 ledger rows. On a
 * database named with --db it reads the debt with the most rows and writes nothing.
 */
public final class BalanceBenchmark implements Benchmark {

    static final String FIGURE = "balance.p95";
    private static final int ROWS = 1000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 500;

    @Override
    public List<String> figures() {
        return List.of(FIGURE);
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        if (context.database() != null) {
            try (Database db = Database.open(context.database())) {
                long debt = db.read(s -> s.ledgerLines().debtWithMostRows())
                        .orElseThrow(() -> new UserInputException(context.database() + " has no ledger rows to measure"));
                int rows = db.read(s -> s.ledgerLines().forDebt(debt).size());
                context.say(FIGURE + ": measuring debt " + debt + " (" + rows + " ledger rows)");
                return Map.of(FIGURE, measure(context, db, debt));
            }
        }
        context.say(FIGURE + ": building a debt with " + ROWS + " ledger rows");
        try (Database db = ScratchMoney.fresh(context.workDir(), "money-balance")) {
            long debt = ScratchMoney.debts(db, 1).get(0);
            ScratchMoney.history(db, debt, ROWS);
            return Map.of(FIGURE, measure(context, db, debt));
        }
    }

    private static double measure(BenchContext context, Database db, long debt) {
        MoneyService money = new MoneyService(db, Clock.systemDefaultZone());
        for (int i = 0; i < WARM_UP; i++) {
            once(money, debt);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            once(money, debt);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = millis(nanos[MEASURED / 2]);
        double p95 = millis(nanos[(int) Math.ceil(MEASURED * 0.95) - 1]);
        context.say(FIGURE + ": median " + median + " ms, p95 " + p95 + " ms over " + MEASURED + " runs");
        return p95;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static void once(MoneyService money, long debt) {
        if (money.balance(debt).owed() == null || money.itemization(debt).current() == null) {
            throw new IllegalStateException("no balance");
        }
    }
}
