package org.recoup.service.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.recoup.domain.PaymentMethod;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PaymentRequest;
import org.recoup.store.Database;

/**
 * {@code payment.rate}: payments recorded per second, each a whole use case in its own transaction
 * (interest, allocation, plan and limitation checks, ledger row, debtor list projection). It
 * writes, so it always runs on a scratch database of its own, never on one named with --db.
 */
public final class PaymentRateBenchmark implements Benchmark {

    static final String FIGURE = "payment.rate";
    private static final int DEBTS = 200;
    private static final int WARM_UP = 500;
    private static final int MEASURED = 3000;

    @Override
    public List<String> figures() {
        return List.of(FIGURE);
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        context.say(FIGURE + ": building a scratch database of " + DEBTS + " debts");
        try (Database db = ScratchMoney.fresh(context.workDir(), "money-payments")) {
            List<Long> debts = ScratchMoney.debts(db, DEBTS);
            MoneyService money = new MoneyService(db, Clock.systemDefaultZone());
            LocalDate today = LocalDate.now();
            for (int i = 0; i < WARM_UP; i++) {
                pay(money, debts.get(i % DEBTS), today, i);
            }
            context.say(FIGURE + ": recording " + MEASURED + " payments");
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                pay(money, debts.get(i % DEBTS), today, i);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return Map.of(FIGURE, Math.round(MEASURED / seconds * 10) / 10.0);
        }
    }

    private static void pay(MoneyService money, long debt, LocalDate day, int i) {
        money.recordPayment(new PaymentRequest(debt, new BigDecimal("1.25"), day, PaymentMethod.CASH, "P" + i, null));
    }
}
