package org.recoup.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.exchange.ExportService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Exports the debtors, debts, ledger rows or contacts of the debtors a filter selects, to CSV",
                "(UTF-8 with BOM) or XLSX. Amounts are plain decimals, dates ISO, times ISO-8601 in UTC."},
        footer = {"",
                "--filter takes the debtors list's conditions, comma-separated: status=ACTIVE, client=NAME,",
                "balance>=1000, balance<=5000, name=zhang, lastContact<30d, lastContact>=2026-10-01.",
                "Debts and ledger rows are those of the debts the filter selects (only those in its status,",
                "for its client, when it names one); debtors and contacts those of the debtors it lets through."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--what", required = true, paramLabel = "debtors|debts|ledger|contacts", description = "What to export.")
    String what;

    @Option(names = "--filter", paramLabel = "EXPR", description = "Which debtors (default: all).")
    String filter;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx", description = "The file format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced whole).")
    Path out;

    @Override
    public Integer call() {
        ExportService.What kind = ExportService.What.parse(what);
        ExportService.Format as = ExportService.Format.parse(format);
        PrintWriter printer = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(database.path)) {
            DebtorFilter selected = workspace.debtors().parseFilter(filter);
            ExportService.Result result = workspace.exports().export(selected, kind, as, out, Progress.NONE);
            printer.println("exported " + result.rows() + " " + (result.rows() == 1 ? singular(kind) : plural(kind))
                    + " to " + result.file());
            printer.flush();
        }
        return 0;
    }

    private static String plural(ExportService.What what) {
        return what == ExportService.What.LEDGER ? "ledger rows" : what.key();
    }

    private static String singular(ExportService.What what) {
        return switch (what) {
            case DEBTORS -> "debtor";
            case DEBTS -> "debt";
            case LEDGER -> "ledger row";
            case CONTACTS -> "contact";
        };
    }
}
