package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Client;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.Product;
import org.recoup.service.Workspace;
import org.recoup.store.Database;

/** {@code recoup letters}: files, summary line, blocked lines, exit codes. */
class LettersCommandTest {

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void portfolio() {
        db = dir.resolve("letters");
        Instant now = Instant.now();
        try (Database database = Database.open(db)) {
            database.write(s -> {
                Client client = s.clients().save(new Client("Northwind Bank", "US", now));
                String[] names = {"Ann Lee", "Bo Chen", "Cy Diaz"};
                for (int i = 0; i < names.length; i++) {
                    Debtor debtor = new Debtor(DebtorKind.PERSON, names[i], null, Language.EN, now);
                    debtor.addLocation(Location.address(i + 1 + " Main St", "Chicago", "IL", "60601", "US",
                            "America/Chicago", false));
                    s.debtors().save(debtor);
                    Debt debt = new Debt(client.getId(), debtor.getId(), "NWB/" + (i + 1), Product.CREDIT_CARD, "USD", now);
                    debt.setDates(null, LocalDate.now().minusMonths(8), null, null, null);
                    s.debts().save(debt);
                    s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.now().minusMonths(1), now,
                            Money.of((i + 1) * 100 + "", "USD"), Money.zero("USD"), Money.zero("USD")));
                    if (names[i].startsWith("Bo")) {
                        s.events().append(ComplianceEvent.of(debtor.getId(), ComplianceEventType.CEASE,
                                now.minusSeconds(86_400), Set.of(), "wrote to us", now));
                    }
                }
                return null;
            });
        }
        try (Workspace workspace = Workspace.open(db)) {
            workspace.letters().useSampleLetterheadIfNone();
        }
    }

    @Test
    void writesOnePdfPerLetterListsBlockedOnesAndEndsWithASummary() throws Exception {
        Path out = dir.resolve("out");
        Path print = dir.resolve("print.pdf");
        CommandRunner.Run run = CommandRunner.run("letters", "--db", db.toString(), "--template", "demand",
                "--lang", "en+zh", "--out", out.toString(), "--print-file", print.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSize(2);
        assertThat(files).allMatch(f -> f.matches("demand_debtor-\\d+_debt-\\d+_[A-Za-z0-9-]+_[a-z0-9-]+\\.pdf"));
        assertThat(files.get(0)).contains("NWB-1", "ann-lee");
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("blocked: debtor ").contains("(Bo Chen)", "debt NWB/2", "US-CEASE"));
        String summary = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(summary).matches("letters DEMAND: made 2, blocked 1, \\d+\\.\\d s; files in .*; print file .* \\(2 pages\\)");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(print))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        try (Workspace workspace = Workspace.open(db)) {
            assertThat(workspace.debtors().contacts(workspace.debtors().search("Ann Lee", 1).get(0).debtorId()))
                    .anySatisfy(c -> assertThat(c.notes()).startsWith("Letter DEMAND (en+zh)"));
        }
    }

    @Test
    void filterSelectsTheDebts() throws Exception {
        Path out = dir.resolve("filtered");
        CommandRunner.Run run = CommandRunner.run("letters", "--db", db.toString(), "--template", "VALIDATION_NOTICE",
                "--filter", "balance>=250", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("made 1, blocked 0");
        try (Stream<Path> list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(f -> assertThat(f).startsWith("validation-notice_").contains("cy-diaz"));
        }
    }

    @Test
    void badInputExitsWithTwoAndSaysWhy() {
        String out = dir.resolve("bad").toString();
        CommandRunner.Run template = CommandRunner.run("letters", "--db", db.toString(), "--template", "POSTCARD",
                "--out", out);
        assertThat(template.exitCode()).isEqualTo(2);
        assertThat(template.err()).contains("POSTCARD", "DEMAND");
        CommandRunner.Run lang = CommandRunner.run("letters", "--db", db.toString(), "--template", "DEMAND",
                "--lang", "fr", "--out", out);
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).contains("'fr'");
        CommandRunner.Run filter = CommandRunner.run("letters", "--db", db.toString(), "--template", "DEMAND",
                "--filter", "colour=red", "--out", out);
        assertThat(filter.exitCode()).isEqualTo(2);
        assertThat(filter.err()).contains("colour");
        CommandRunner.Run noOut = CommandRunner.run("letters", "--db", db.toString(), "--template", "DEMAND");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
        CommandRunner.Run noDb = CommandRunner.run("letters", "--db", dir.resolve("nothing").toString(),
                "--template", "DEMAND", "--out", out);
        assertThat(noDb.exitCode()).isEqualTo(2);
        assertThat(noDb.err()).contains("no Recoup database");
        assertThat(Files.exists(dir.resolve("bad"))).isFalse();
    }

    @Test
    void withoutALetterheadNothingIsMade() {
        Path empty = dir.resolve("empty");
        try (Workspace workspace = Workspace.open(empty)) {
            assertThat(workspace.debtCount()).isZero();
        }
        CommandRunner.Run run = CommandRunner.run("letters", "--db", empty.toString(), "--template", "DEMAND",
                "--out", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("letterhead");
    }
}
