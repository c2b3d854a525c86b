package org.recoup.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.recoup.domain.Language;
import org.recoup.domain.UserInputException;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.reports.ClientInfo;
import org.recoup.service.reports.ReportKind;
import org.recoup.service.reports.ReportPeriod;
import org.recoup.service.reports.ReportService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a PDF report, as the Reports screen does: the portfolio summary, the activity or the",
                "compliance log of a period, or a client's statement (collected, commission, due to the client)."},
        footer = {"", "The period is --month, or --from and --to, or else this month up to today."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--kind", required = true, paramLabel = "portfolio|activity|compliance|statement",
            description = "Which report.")
    String kind;

    @Option(names = "--client", paramLabel = "NAME",
            description = "One client's figures (required for a statement; default: all clients).")
    String client;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The period: a calendar month.")
    String month;

    @Option(names = "--from", paramLabel = "DATE", converter = IsoDate.class, description = "The period's first day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = IsoDate.class, description = "The period's last day.")
    LocalDate to;

    @Option(names = "--language", paramLabel = "en|zh", description = "The report's language (default: en).")
    String language = "en";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write (replaced whole).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ReportKind report = kind(kind);
        Language lang = Language.fromCode(language);
        PrintWriter printer = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(database.path)) {
            ReportService reports = workspace.reports();
            ClientInfo chosen = client == null ? null : reports.client(client).orElseThrow(() -> new UserInputException(
                    "no client named '" + client + "' (clients: "
                            + reports.clients().stream().map(ClientInfo::name).collect(Collectors.joining(", ")) + ")"));
            if (report == ReportKind.STATEMENT && chosen == null) {
                throw new UserInputException("a statement is for one client: give --client NAME");
            }
            ReportPeriod period = period(reports.today());
            Path written = reports.save(report, chosen == null ? null : chosen.id(), period, lang, out, Progress.NONE);
            printer.println("wrote the " + report.name().toLowerCase(Locale.ROOT) + " report for "
                    + (chosen == null ? "all clients" : chosen.name()) + ", " + period.from() + " to " + period.to()
                    + ", to " + written);
            printer.flush();
        }
        return 0;
    }

    private static ReportKind kind(String text) {
        try {
            return ReportKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--kind '" + text + "' is not one of portfolio, activity, compliance, statement");
        }
    }

    private ReportPeriod period(LocalDate today) {
        if (month != null) {
            if (from != null || to != null) {
                throw new UserInputException("give either --month or --from and --to, not both");
            }
            try {
                return ReportPeriod.month(YearMonth.parse(month.trim()));
            } catch (DateTimeParseException e) {
                throw new UserInputException("--month '" + month + "' is not a month (YYYY-MM, e.g. 2026-10)");
            }
        }
        if ((from == null) != (to == null)) {
            throw new UserInputException("give both --from and --to (or --month)");
        }
        return from == null ? new ReportPeriod(today.withDayOfMonth(1), today) : new ReportPeriod(from, to);
    }
}
