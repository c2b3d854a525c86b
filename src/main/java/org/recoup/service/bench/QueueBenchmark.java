package org.recoup.service.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recoup.service.Workspace;
import org.recoup.service.work.Queue;

/**
 * {@code queue.time}: milliseconds (wall clock, median of 5 after 4 warm-up runs) to build the work
 * queue of a portfolio of 100,000 debtors: read it, check every debtor's candidate actions with the
 * compliance engine, sort. {@code queue.cpu}: the process's CPU milliseconds for one build (the
 * machine may be shared, so wall time alone can mislead). On a database named with --db it
 * measures that one, at the bench portfolio's as-of day.
 */
public final class QueueBenchmark implements Benchmark {

    static final String FIGURE = "queue.time";
    static final String CPU = "queue.cpu";
    static final int DEBTORS = 100_000;
    private static final int WARM_UP = 4;
    private static final int MEASURED = 5;

    @Override
    public List<String> figures() {
        return List.of(FIGURE, CPU);
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        Path db = BenchPortfolios.withDebtors(context, DEBTORS);
        Instant at = BenchPortfolios.AS_OF.atTime(14, 30).toInstant(ZoneOffset.UTC);
        try (Workspace workspace = Workspace.open(db, Clock.fixed(at, ZoneOffset.UTC))) {
            Queue queue = null;
            for (int i = 0; i < WARM_UP; i++) {
                queue = workspace.daily().queue().at(at);
            }
            context.say(FIGURE + ": " + queue.items().size() + " actions for " + queue.debtorsConsidered()
                    + " debtors, " + queue.checks() + " checks");
            long[] wall = new long[MEASURED];
            long[] cpu = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                workspace.daily().queue().at(at);
                wall[i] = System.nanoTime() - start;
                cpu[i] = processCpuNanos() - cpuStart;
                context.say(FIGURE + ": run " + (i + 1) + ": " + millis(wall[i]) + " ms wall, " + millis(cpu[i])
                        + " ms CPU");
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put(FIGURE, millis(wall[MEASURED / 2]));
            figures.put(CPU, millis(cpu[MEASURED / 2]));
            return figures;
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
