package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.Workspace;

class FoundationCommandsTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("demo", "backup", "restore", "bench")) {
            CommandRunner.Run run = CommandRunner.run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: recoup " + command);
        }
    }

    @Test
    void badArgumentsExitWithTwoAndOneLine() {
        CommandRunner.Run unknown = CommandRunner.run("demo", "--debtors", "many");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip().lines()).hasSize(1);
        assertThat(unknown.err()).contains("--debtors").doesNotContain("Exception");

        CommandRunner.Run zero = CommandRunner.run("demo", "--db", dir.resolve("x").toString(), "--debtors", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err().strip()).isEqualTo("recoup demo: --debtors must be at least 1");

        CommandRunner.Run missing = CommandRunner.run("restore", "--db", dir.resolve("x").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--from");
    }

    @Test
    void demoLeavesOnlyTheDatabaseFileBehind() throws Exception {
        CommandRunner.Run run = CommandRunner.run("demo", "--db", dir.resolve("tidy").toString(), "--debtors", "20");
        assertThat(run.exitCode()).isZero();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("tidy.mv.db");
        }
    }

    @Test
    void demoIsTheSameForTheSameSeedAndAsOfDate() {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(CommandRunner.run("demo", "--db", a.toString(), "--debtors", "300", "--seed", "42", "--as-of", "2026-11-01")
                .exitCode()).isZero();
        assertThat(CommandRunner.run("demo", "--db", b.toString(), "--debtors", "300", "--seed", "42", "--as-of", "2026-11-01")
                .exitCode()).isZero();
        assertThat(snapshot(a)).isEqualTo(snapshot(b));
        Path c = dir.resolve("c");
        CommandRunner.run("demo", "--db", c.toString(), "--debtors", "300", "--seed", "43", "--as-of", "2026-11-01");
        assertThat(snapshot(c)).isNotEqualTo(snapshot(a));
    }

    @Test
    void demoPortfolioSpansMarketsZonesCurrenciesCommissionRatesAndPromiseHistory() {
        Path db = dir.resolve("demo");
        CommandRunner.run("demo", "--db", db.toString(), "--debtors", "600", "--seed", "7", "--as-of", "2026-11-01");
        try (Workspace workspace = Workspace.open(db)) {
            List<DebtorRow> rows = workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 600);
            assertThat(rows).hasSize(600);
            assertThat(rows).extracting(DebtorRow::currency).contains("USD", "CNY", "GBP");
            assertThat(rows).extracting(DebtorRow::homeZone).contains("America/Phoenix", "America/New_York",
                    "America/Chicago", "America/Los_Angeles", "Asia/Shanghai", "Europe/London");
            assertThat(rows).filteredOn(r -> "CNY".equals(r.currency())).allMatch(r -> r.nativeName() != null);
            assertThat(rows).filteredOn(r -> r.lastContactAt() != null).hasSizeGreaterThan(100);
            assertThat(workspace.debtors().search("+1602", 5)).isNotEmpty();
            // agencies are paid a commission by most clients; the statements have something to charge
            assertThat(workspace.reports().clients()).filteredOn(c -> c.commissionRate() != null).hasSize(3);
            // promises of the half year before: some kept (paid), some broken
            org.recoup.service.reports.Figures halfYear = workspace.reports().dashboard(java.time.LocalDate.of(2026, 11, 1),
                    new org.recoup.service.reports.ReportPeriod(java.time.LocalDate.of(2026, 5, 1),
                            java.time.LocalDate.of(2026, 10, 31))).all();
            assertThat(halfYear.promisesKept()).isPositive();
            assertThat(halfYear.promisesBroken()).isPositive();
        }
    }

    private static List<String> snapshot(Path db) {
        try (Workspace workspace = Workspace.open(db)) {
            return workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 1000).stream()
                    .map(r -> r.name() + "|" + r.nativeName() + "|" + r.status() + "|" + r.balance() + "|" + r.currency()
                            + "|" + r.lastContactAt() + "|" + r.homeZone())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void backupAndRestoreRoundTrip() throws Exception {
        Path db = dir.resolve("live");
        CommandRunner.run("demo", "--db", db.toString(), "--debtors", "50", "--as-of", "2026-11-01");
        Path zip = dir.resolve("copy.zip");
        CommandRunner.Run backup = CommandRunner.run("backup", "--db", db.toString(), "--to", zip.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(zip).exists();
        CommandRunner.run("demo", "--db", db.toString(), "--debtors", "25", "--as-of", "2026-11-01");
        assertThat(count(db)).isEqualTo(75);
        CommandRunner.Run restore = CommandRunner.run("restore", "--db", db.toString(), "--from", zip.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(count(db)).isEqualTo(50);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("live.before-restore-"));
        }
    }

    @Test
    void restoreRefusesAnOpenDatabaseAndLeavesItAlone() {
        Path db = dir.resolve("open");
        CommandRunner.run("demo", "--db", db.toString(), "--debtors", "10", "--as-of", "2026-11-01");
        Path zip = dir.resolve("b.zip");
        CommandRunner.run("backup", "--db", db.toString(), "--to", zip.toString());
        try (Workspace workspace = Workspace.open(db)) {
            CommandRunner.Run restore = CommandRunner.run("restore", "--db", db.toString(), "--from", zip.toString());
            assertThat(restore.exitCode()).isEqualTo(1);
            assertThat(restore.err()).contains("already open").doesNotContain("Exception");
            assertThat(workspace.debtors().count(DebtorFilter.ALL)).isEqualTo(10);
        }
    }

    @Test
    void restoreOfAFileThatIsNotABackupChangesNothing() throws Exception {
        Path db = dir.resolve("keep");
        CommandRunner.run("demo", "--db", db.toString(), "--debtors", "10", "--as-of", "2026-11-01");
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip");
        CommandRunner.Run restore = CommandRunner.run("restore", "--db", db.toString(), "--from", junk.toString());
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("not a Recoup backup");
        assertThat(count(db)).isEqualTo(10);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    private static long count(Path db) {
        try (Workspace workspace = Workspace.open(db)) {
            return workspace.debtors().count(DebtorFilter.ALL);
        }
    }
}
