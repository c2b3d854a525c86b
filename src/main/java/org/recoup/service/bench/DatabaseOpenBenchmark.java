package org.recoup.service.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.recoup.service.Workspace;

/**
 * {@code db.open}: milliseconds from asking to open a database with a million debts to having it
 * ready (migrated, validated), in a fresh process each time, as a user starting Recoup sees it.
 * The median of three.
 */
public final class DatabaseOpenBenchmark implements Benchmark {

    static final long DEBTS = 1_000_000;

    @Override
    public List<String> figures() {
        return List.of("db.open");
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        Path db = BenchPortfolios.withDebts(context, DEBTS);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            times.add(openInFreshProcess(db));
        }
        Collections.sort(times);
        context.say("db.open: " + times + " ms");
        return Map.of("db.open", times.get(1));
    }

    private static long openInFreshProcess(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DatabaseOpenBenchmark.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (process.waitFor() != 0 || line == null) {
                throw new IllegalStateException("the open probe failed");
            }
            return Long.parseLong(line.trim());
        }
    }

    /** The probe run in the fresh process: prints the milliseconds the open took. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
            workspace.debtors().maxDebtorId();
            System.out.println((System.nanoTime() - start) / 1_000_000);
        }
    }
}
