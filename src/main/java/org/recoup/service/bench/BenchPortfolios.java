package org.recoup.service.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.recoup.service.Progress;
import org.recoup.service.Workspace;

/**
 * Demo portfolios the benchmarks measure on, built once in the bench folder and reused: building
 * a million debts takes a while, measuring on it should not.
 */
final class BenchPortfolios {

    /** The day the bench portfolios are dated from, fixed so that they are the same on every run. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final long SEED = 2026;

    private BenchPortfolios() {
    }

    /** The database named with --db, or a cached one with at least {@code debts} debts. */
    static Path withDebts(BenchContext context, long debts) throws Exception {
        if (context.database() != null) {
            return context.database();
        }
        Path base = context.workDir().resolve("portfolio-" + debts);
        Path ready = context.workDir().resolve("portfolio-" + debts + ".ready");
        if (Files.exists(ready)) {
            return base;
        }
        Files.createDirectories(context.workDir());
        Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".mv.db"));
        context.say("building a demo portfolio of " + debts + " debts in " + base + " (once; it is cached)");
        Workspace workspace = Workspace.open(base);
        try {
            workspace.demo().generateDebts(debts, SEED, AS_OF, Progress.NONE, (debtors, written) -> {
                if (debtors % 100_000 == 0) {
                    context.say("  " + written + " debts");
                }
            });
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        context.say("  compacting the file");
        workspace.closeCompacted();
        Files.writeString(ready, "ok");
        return base;
    }

    /**
     * The database named with --db, or a cached demo portfolio of {@code debtors} debtors, compacted
     * once built (as a database in use is by H2's background compaction).
     */
    static Path withDebtors(BenchContext context, int debtors) throws Exception {
        if (context.database() != null) {
            return context.database();
        }
        Path base = context.workDir().resolve("debtors-" + debtors);
        Path ready = context.workDir().resolve("debtors-" + debtors + ".ready");
        if (Files.exists(ready) && Files.readString(ready).equals("compacted")) {
            return base;
        }
        if (!Files.exists(ready)) {
            Files.createDirectories(context.workDir());
            Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".mv.db"));
            context.say("building a demo portfolio of " + debtors + " debtors in " + base + " (once; it is cached)");
            try (Workspace workspace = Workspace.open(base)) {
                workspace.demo().generate(debtors, SEED, AS_OF, Progress.NONE, (written, debts) -> {
                    if (written % 20_000 == 0) {
                        context.say("  " + written + " debtors");
                    }
                });
            }
            Files.writeString(ready, "ok");
        }
        context.say("compacting " + base);
        org.recoup.store.Maintenance.compact(base);
        Files.writeString(ready, "compacted");
        return base;
    }

    /** A fresh, empty database file in the bench folder. */
    static Path scratch(BenchContext context, String name) throws Exception {
        Files.createDirectories(context.workDir());
        Path base = context.workDir().resolve(name);
        Files.deleteIfExists(base.resolveSibling(name + ".mv.db"));
        Files.deleteIfExists(base.resolveSibling(name + ".trace.db"));
        return base;
    }
}
