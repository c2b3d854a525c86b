package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.service.reports.ReportFixture;

/** {@code recoup report} on the hand-made portfolio of {@link ReportFixture}. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void portfolio() throws Exception {
        ReportFixture fixture = new ReportFixture(dir);
        fixture.close();
        db = fixture.path.toString();
    }

    @Test
    void aClientStatementIsWrittenAsPdfWithTheClientsCommission() throws Exception {
        Path out = dir.resolve("acme-june.pdf");
        CommandRunner.Run run = CommandRunner.run("report", "--db", db, "--kind", "statement", "--client", "acme bank",
                "--from", "2026-06-01", "--to", "2026-06-14", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("wrote the statement report for Acme Bank, 2026-06-01 to 2026-06-14, to " + out);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            // 25 % of the 750.10 collected for Acme Bank in the period
            assertThat(new PDFTextStripper().getText(pdf)).contains("Client statement", "Acme Bank", "750.10", "187.52",
                    "562.58");
        }
        assertThat(dir.resolve("acme-june.pdf.part")).doesNotExist();
    }

    @Test
    void aPortfolioSummaryOfAMonthIsWrittenInChinese() throws Exception {
        Path out = dir.resolve("portfolio.pdf");
        CommandRunner.Run run = CommandRunner.run("report", "--db", db, "--kind", "PORTFOLIO", "--month", "2026-06",
                "--language", "zh", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("for all clients, 2026-06-01 to 2026-06-30");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("华夏消费金融", "Acme Bank");
        }
    }

    @Test
    void unusableRequestsExitWithTwoAndOneLineSayingWhatToChange() {
        Path out = dir.resolve("never.pdf");
        assertThat(CommandRunner.run("report", "--db", db, "--kind", "statement", "--out", out.toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err().strip()).isEqualTo("recoup report: a statement is for one client: give --client NAME"));
        assertThat(CommandRunner.run("report", "--db", db, "--kind", "statement", "--client", "Nobody", "--out", out.toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).contains("no client named 'Nobody' (clients: Acme Bank, 华夏消费金融)"));
        assertThat(CommandRunner.run("report", "--db", db, "--kind", "aging", "--out", out.toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).contains("'aging' is not one of portfolio, activity, compliance, statement"));
        assertThat(CommandRunner.run("report", "--db", db, "--kind", "activity", "--month", "2026-13", "--out", out.toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).contains("is not a month (YYYY-MM"));
        assertThat(CommandRunner.run("report", "--db", db, "--kind", "activity", "--from", "2026-06-10", "--to", "2026-06-01",
                "--out", out.toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2));
        assertThat(out).doesNotExist();
    }
}
