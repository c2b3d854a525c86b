package org.recoup.service.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.recoup.service.Workspace;
import org.recoup.service.reports.Dashboard;
import org.recoup.service.reports.ReportPeriod;

/**
 * {@code dashboard.time}: milliseconds to compute the Reports screen's figures (every client's and
 * all clients' together, as the window asks for them) on the 100,000-debt demo portfolio; the
 * median of {@value #MEASURED} runs after {@value #WARM_UP} warm-up runs, in an open workspace as
 * the window has one. {@code dashboard.cpu} is the process CPU time of the median run's share
 * (all threads), to tell a slow query from a busy machine. Target: at most 1,000 ms.
 */
public final class DashboardBenchmark implements Benchmark {

    static final long DEBTS = 100_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 7;

    @Override
    public List<String> figures() {
        return List.of("dashboard.time", "dashboard.cpu");
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        Path db = BenchPortfolios.withDebts(context, DEBTS);
        // the bench portfolio is dated 2026-11-01; a database named with --db is measured as of today
        LocalDate asOf = context.database() == null ? BenchPortfolios.AS_OF : LocalDate.now();
        ReportPeriod period = ReportPeriod.lastDays(asOf, 30);
        try (Workspace workspace = Workspace.open(db)) {
            for (int i = 0; i < WARM_UP; i++) {
                workspace.reports().dashboard(asOf, period);
            }
            long[] wall = new long[MEASURED];
            long[] cpu = new long[MEASURED];
            Dashboard last = null;
            for (int i = 0; i < MEASURED; i++) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                last = workspace.reports().dashboard(asOf, period);
                wall[i] = System.nanoTime() - start;
                cpu[i] = processCpuNanos() - cpuStart;
            }
            long[] sortedWall = wall.clone();
            Arrays.sort(sortedWall);
            long[] sortedCpu = cpu.clone();
            Arrays.sort(sortedCpu);
            long open = last.all().currencies().stream().mapToLong(c -> c.openDebts()).sum();
            context.say("dashboard.time: " + last.clients().size() + " clients, " + open + " open debts, "
                    + last.all().currencies().size() + " currencies; runs " + Arrays.toString(millis(wall)) + " ms; load average "
                    + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " on "
                    + Runtime.getRuntime().availableProcessors() + " processors");
            return Map.of("dashboard.time", millis(sortedWall[MEASURED / 2]), "dashboard.cpu",
                    millis(sortedCpu[MEASURED / 2]));
        }
    }

    private static long[] millis(long[] nanos) {
        return Arrays.stream(nanos).map(n -> n / 1_000_000).toArray();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
