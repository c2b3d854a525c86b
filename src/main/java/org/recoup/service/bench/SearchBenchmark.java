package org.recoup.service.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.recoup.domain.view.DebtorRow;
import org.recoup.service.Workspace;
import org.recoup.service.debtors.DebtorDetail;
import org.recoup.service.debtors.LocationView;
import org.recoup.service.debts.DebtView;

/**
 * {@code search.p50} and {@code search.p95}: milliseconds per global search, over 1,000 random
 * queries by name prefix, debt reference and phone number, on a million debts.
 */
public final class SearchBenchmark implements Benchmark {

    private static final int QUERIES = 1_000;

    @Override
    public List<String> figures() {
        return List.of("search.p50", "search.p95");
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        Path db = BenchPortfolios.withDebts(context, DatabaseOpenBenchmark.DEBTS);
        try (Workspace workspace = Workspace.open(db)) {
            List<String> queries = queries(workspace, new Random(7));
            for (int i = 0; i < 200; i++) {
                workspace.debtors().search(queries.get(i % queries.size()), 12);
            }
            double[] ms = new double[queries.size()];
            int empty = 0;
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                if (workspace.debtors().search(queries.get(i), 12).isEmpty()) {
                    empty++;
                }
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            context.say("search: " + queries.size() + " queries, " + empty + " without a hit, max "
                    + String.format("%.1f", ms[ms.length - 1]) + " ms");
            return Map.of("search.p50", round(ms[ms.length / 2]), "search.p95", round(ms[(int) (ms.length * 0.95)]));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Queries made from real rows: a third name prefixes, a third references, a third phone numbers. */
    private static List<String> queries(Workspace workspace, Random random) {
        long maxId = workspace.debtors().maxDebtorId();
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            DebtorRow row = workspace.debtors().row(1 + (long) (random.nextDouble() * maxId)).orElse(null);
            if (row == null) {
                continue;
            }
            switch (queries.size() % 3) {
                case 0 -> {
                    String name = random.nextBoolean() || row.nativeName() == null ? row.name() : row.nativeName();
                    queries.add(name.substring(0, Math.min(name.length(), 2 + random.nextInt(4))));
                }
                case 1 -> {
                    List<DebtView> debts = workspace.debts().forDebtor(row.id());
                    String reference = debts.get(random.nextInt(debts.size())).reference();
                    queries.add(reference.substring(0, Math.max(4, reference.length() - random.nextInt(3))));
                }
                default -> {
                    DebtorDetail detail = workspace.debtors().detail(row.id()).orElseThrow();
                    String phone = detail.locations().stream().map(LocationView::form)
                            .filter(f -> f.phone() != null).map(f -> f.phone()).findFirst().orElse(row.name());
                    queries.add(!phone.startsWith("+") || random.nextBoolean() ? phone
                            : org.recoup.domain.PhoneNumbers.nationalDigits(phone));
                }
            }
        }
        return queries;
    }
}
