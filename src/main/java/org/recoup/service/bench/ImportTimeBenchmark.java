package org.recoup.service.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.exchange.ImportClient;
import org.recoup.service.exchange.ImportFile;
import org.recoup.service.exchange.ImportResult;
import org.recoup.service.exchange.ImportService;
import org.recoup.service.exchange.ImportSettings;

/**
 * {@code import.time}: milliseconds to import 100,000 rows of a generated, realistic creditor file
 * into a fresh database, end to end (read, map, validate, write, commit); {@code import.cpu}: the
 * CPU time the process spent on it (every thread), which a busy shared machine does not inflate.
 *
 * <p>The file is a Chinese lender's: GB18030, Chinese headers, amounts with thousands separators
 * and currency signs, dates in three formats, quoted addresses, a national ID column to ignore,
 * one debtor in ten with a second debt, and one row in a hundred with a problem (a bad phone, a
 * negative amount, a repeated reference).
 */
public final class ImportTimeBenchmark implements Benchmark {

    static final int ROWS = 100_000;
    private static final int WARM_UP_ROWS = 20_000;

    @Override
    public List<String> figures() {
        return List.of("import.time", "import.cpu");
    }

    @Override
    public Map<String, Number> run(BenchContext context) throws Exception {
        Path warmFile = file(context, WARM_UP_ROWS);
        Path file = file(context, ROWS);
        long[] warm = importInto(BenchPortfolios.scratch(context, "import-warmup"), warmFile);
        context.say("import.time: warm-up of " + WARM_UP_ROWS + " rows in " + warm[0] + " ms");
        long[] measured = importInto(BenchPortfolios.scratch(context, "import-time"), file);
        context.say("import.time: " + ROWS + " rows in " + measured[0] + " ms by the clock, " + measured[1]
                + " ms of CPU time (all threads); " + measured[2] + " debts imported, " + measured[3] + " rejected");
        return Map.of("import.time", measured[0], "import.cpu", measured[1]);
    }

    /** Imports the file into a fresh database; returns {wall ms, process CPU ms, imported, rejected}. */
    static long[] importInto(Path database, Path file) {
        try (Workspace workspace = Workspace.open(database)) {
            ClientView client = workspace.clients().create("华夏消费金融", "CN");
            ImportService imports = workspace.imports();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            ImportFile opened = imports.open(file);
            ImportSettings settings = imports.suggest(opened, ImportClient.existing(client.id()));
            ImportResult result = imports.run(opened, ImportClient.existing(client.id()), settings, Progress.NONE);
            long wall = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (processCpuNanos() - cpu) / 1_000_000;
            return new long[] {wall, cpuMs, result.imported(), result.rejected()};
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The generated file of {@code rows} rows in the bench folder, made once. */
    static Path file(BenchContext context, int rows) throws IOException {
        Files.createDirectories(context.workDir());
        Path file = context.workDir().resolve("import-" + rows + "-v1.csv");
        if (!Files.exists(file)) {
            Path part = context.workDir().resolve("import-" + rows + "-v1.csv.part");
            ImportFiles.write(part, rows, 2026);
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

}
