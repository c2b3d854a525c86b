package org.recoup.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.recoup.domain.UserInputException;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.demo.DemoService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Adds a realistic synthetic portfolio: the same for the same seed and as-of date.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--debtors", required = true, paramLabel = "N", description = "How many debtors to add.")
    int debtors;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the portfolio is dated from (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        if (debtors < 1) {
            throw new UserInputException("--debtors must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Workspace workspace = Workspace.open(database.path);
        try {
            LocalDate day = asOf != null ? asOf : LocalDate.now(workspace.clock());
            DemoService.Result result = workspace.demo().generate(debtors, seed, day, Progress.NONE,
                    (doneDebtors, doneDebts) -> {
                        out.println("committed " + doneDebtors + " debtors, " + doneDebts + " debts");
                        out.flush();
                    });
            out.printf(java.util.Locale.ROOT, "demo: %d debtors, %d debts in %.1f s (%.0f debts/s) into %s%n",
                    result.debtors(), result.debts(), result.seconds(), result.debtsPerSecond(),
                    workspace.databaseFile());
            if (workspace.letters().useSampleLetterheadIfNone()) {
                out.println("demo: the sample agency's letterhead is set for letters (change it in Settings)");
            }
            out.flush();
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        // Bulk writes leave dead space in the file, which H2 would otherwise compact at every open.
        workspace.closeCompacted();
        return 0;
    }
}
