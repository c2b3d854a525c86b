package org.recoup.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.recoup.domain.UserInputException;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.letters.BlockedLetter;
import org.recoup.service.letters.LetterBatchReport;
import org.recoup.service.letters.LetterBatchRequest;
import org.recoup.service.letters.LetterLanguageChoice;
import org.recoup.service.letters.LetterTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "letters", mixinStandardHelpOptions = true,
        description = {"Makes one letter per debt of the debtors a filter selects: each is checked by the compliance"
                + " rules first, stored in the database with its SHA-256 and logged as a LETTER contact, and"
                + " written as one PDF into --out. Blocked letters go to standard error, one line each"
                + " (rule and reason). The last line says how many were made and blocked, and how long it took.",
                "Exit status: 0 when it ran (blocked letters included), 2 on bad input."})
final class LettersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--template", required = true, paramLabel = "ID",
            description = "VALIDATION_NOTICE, DEMAND, FINAL_NOTICE, PLAN_CONFIRMATION, PAID_IN_FULL, CN_DEMAND"
                    + " or UK_DEFAULT_NOTICE.")
    String template;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "en, zh or en+zh (default: each debtor's preferred language).")
    String language;

    @Option(names = "--filter", paramLabel = "EXPR",
            description = "Which debts, as the debtors list filters them, e.g. \"status=ACTIVE,balance>=1000\""
                    + " (keys: status, client, balance, name, lastContact; default: every debt).")
    String filter;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder for one PDF per letter (created when missing).")
    Path out;

    @Option(names = "--print-file", paramLabel = "FILE",
            description = "Also write one print-ready PDF of all letters to FILE.")
    Path printFile;

    @Override
    public Integer call() {
        LetterTemplate chosen = LetterTemplate.fromId(template);
        LetterLanguageChoice lang = language == null ? null : LetterLanguageChoice.fromCode(language);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + " is a file, not a folder");
        }
        if (printFile != null && Files.isDirectory(printFile)) {
            throw new UserInputException("--print-file " + printFile + " is a folder, not a file");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (Workspace workspace = Workspace.openExisting(database.path, Clock.systemDefaultZone())) {
            DebtorFilter selected = workspace.debtors().parseFilter(filter);
            List<Long> debts = workspace.debtors().debtIds(selected);
            LetterBatchReport report = workspace.letters().batch(
                    new LetterBatchRequest(debts, chosen, lang, out, printFile), Progress.NONE);
            for (BlockedLetter b : report.blocked()) {
                stderr.println("blocked: debtor " + b.debtorId() + " (" + b.debtorName() + "), debt " + b.debtReference()
                        + ": " + b.rule() + ": " + oneLine(b.reason()));
            }
            stderr.flush();
            stdout.println(String.format(Locale.ROOT, "letters %s: made %d, blocked %d, %.1f s%s", chosen.name(),
                    report.made(), report.blocked().size(), report.seconds(),
                    (report.made() > 0 ? "; files in " + out : "")
                            + (report.printFile() != null ? "; print file " + report.printFile() + " ("
                            + report.printPages() + " pages)" : "")));
            stdout.flush();
            return 0;
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
