package org.recoup.service.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.demo.DemoService;

/** {@code demo.rate}: debts per second the demo portfolio writes into a fresh database. */
public final class DemoRateBenchmark implements Benchmark {

    private static final int DEBTORS = 100_000;

    @Override
    public List<String> figures() {
        return List.of("demo.rate");
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        Path warm = BenchPortfolios.scratch(context, "demo-warmup");
        try (Workspace workspace = Workspace.open(warm)) {
            workspace.demo().generate(10_000, 1, BenchPortfolios.AS_OF, Progress.NONE, (a, b) -> { });
        }
        Path db = BenchPortfolios.scratch(context, "demo-rate");
        try (Workspace workspace = Workspace.open(db)) {
            DemoService.Result result = workspace.demo().generate(DEBTORS, BenchPortfolios.SEED, BenchPortfolios.AS_OF,
                    Progress.NONE, (a, b) -> { });
            context.say("demo.rate: " + result.debts() + " debts in " + String.format("%.1f", result.seconds()) + " s");
            return Map.of("demo.rate", Math.round(result.debtsPerSecond()));
        }
    }
}
