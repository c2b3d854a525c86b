package org.recoup.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.exchange.Table;
import org.recoup.exchange.Tables;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.debts.DebtView;

/** What is exported reads back as what the database holds, in CSV and in XLSX. */
class ExportRoundTripTest {

    @TempDir
    Path dir;

    Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("db"), ImportMessyFilesTest.CLOCK);
        importFile("cn-lender-gb18030.csv", workspace.clients().create("华夏消费金融", "CN"));
        importFile("us-bank-bom-semicolon.csv", workspace.clients().create("Northwind Bank", "US"));
        workspace.demo().generate(40, 3, java.time.LocalDate.of(2026, 11, 1), Progress.NONE, (a, b) -> { });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    void importFile(String name, ClientView client) throws Exception {
        ImportService imports = workspace.imports();
        ImportFile file = imports.open(ImportMessyFilesTest.resource(name));
        ImportClient target = ImportClient.existing(client.id());
        imports.run(file, target, imports.suggest(file, target), Progress.NONE);
    }

    static List<Map<String, String>> readBack(Path file) {
        Table table = Tables.open(file);
        List<Map<String, String>> rows = new ArrayList<>();
        table.rows((line, cells) -> {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(table.columns().get(i), cells[i]);
            }
            rows.add(row);
            return true;
        });
        return rows;
    }

    List<DebtView> allDebts() {
        List<DebtView> debts = new ArrayList<>();
        for (DebtorRow row : workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 10_000)) {
            debts.addAll(workspace.debts().forDebtor(row.id()));
        }
        return debts;
    }

    @Test
    void debtsExportedToCsvAndXlsxReadBackAsStored() throws Exception {
        List<DebtView> stored = allDebts();
        assertThat(stored).hasSizeGreaterThan(50);
        for (ExportService.Format format : ExportService.Format.values()) {
            Path file = dir.resolve("debts." + format.extension());
            ExportService.Result result = workspace.exports().export(DebtorFilter.ALL, ExportService.What.DEBTS, format,
                    file, Progress.NONE);
            assertThat(result.rows()).isEqualTo(stored.size());
            Map<Long, Map<String, String>> byId = new HashMap<>();
            readBack(file).forEach(r -> byId.put(Long.parseLong(r.get("debt_id")), r));
            for (DebtView d : stored) {
                Map<String, String> r = byId.get(d.id());
                assertThat(r).as(format + " " + d.reference()).isNotNull();
                assertThat(r.get("reference")).isEqualTo(d.reference());
                assertThat(r.get("client")).isEqualTo(d.clientName());
                assertThat(r.get("currency")).isEqualTo(d.currency());
                assertThat(r.get("status")).isEqualTo(d.status().name());
                assertThat(Long.parseLong(r.get("debtor_id"))).isEqualTo(d.debtorId());
                assertThat(new java.math.BigDecimal(r.get("principal"))).as(format + " principal of " + d.reference())
                        .isEqualByComparingTo(d.balance().principal().amount());
                assertThat(new java.math.BigDecimal(r.get("interest"))).isEqualByComparingTo(d.balance().interest().amount());
                assertThat(new java.math.BigDecimal(r.get("fees"))).isEqualByComparingTo(d.balance().fees().amount());
                assertThat(r.get("charge_off_date")).isEqualTo(d.chargeOffDate() == null ? "" : d.chargeOffDate().toString());
                assertThat(r.get("origination_date")).isEqualTo(d.originationDate() == null ? "" : d.originationDate().toString());
                assertThat(r.get("placed_at")).isEqualTo(d.placedAt().toString());
            }
        }
        List<String> csv = Files.readAllLines(dir.resolve("debts.csv"));
        assertThat(Files.readAllBytes(dir.resolve("debts.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv.get(0)).startsWith("\uFEFFdebt_id,client,reference,debtor_id,debtor_name");
        assertThat(csv).anyMatch(l -> l.contains(",JD-0001,") && l.contains("12345.67,100.00,50.00,"));
    }

    @Test
    void aFilterSelectsTheDebtorsAndOnlyTheDebtsInItsStatus() throws Exception {
        DebtorFilter disputed = workspace.debtors().parseFilter("status=DISPUTED");
        Path debts = dir.resolve("disputed.csv");
        workspace.exports().export(disputed, ExportService.What.DEBTS, ExportService.Format.CSV, debts, Progress.NONE);
        List<Map<String, String>> rows = readBack(debts);
        assertThat(rows).isNotEmpty().allMatch(r -> r.get("status").equals(DebtStatus.DISPUTED.name()))
                .anyMatch(r -> r.get("reference").equals("NWB-104"));

        Path debtors = dir.resolve("disputed-debtors.xlsx");
        ExportService.Result result = workspace.exports().export(disputed, ExportService.What.DEBTORS,
                ExportService.Format.XLSX, debtors, Progress.NONE);
        assertThat(result.rows()).isEqualTo(workspace.debtors().count(disputed));
        assertThat(readBack(debtors)).anyMatch(r -> r.get("name").equals("Susan Lee") && r.get("phones").equals("+13125550123")
                && r.get("home_zone").equals("America/Chicago") && r.get("balance").equals("500"));
    }

    @Test
    void ledgerAndContactsAreExportedWithTheirDebtsReferences() throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        ExportService.Result rows = workspace.exports().export(DebtorFilter.ALL, ExportService.What.LEDGER,
                ExportService.Format.CSV, ledger, Progress.NONE);
        List<Map<String, String>> read = readBack(ledger);
        assertThat(read).hasSize((int) rows.rows());
        assertThat(read).anyMatch(r -> r.get("reference").equals("JD-0001") && r.get("type").equals("PLACEMENT")
                && r.get("principal").equals("12345.67") && r.get("memo").equals("placement, imported from cn-lender-gb18030.csv")
                && r.get("recorded_at").equals("2026-11-02T10:00:00Z"));
        Path contacts = dir.resolve("contacts.xlsx");
        workspace.exports().export(DebtorFilter.ALL, ExportService.What.CONTACTS, ExportService.Format.XLSX, contacts,
                Progress.NONE);
        assertThat(readBack(contacts)).isNotEmpty().allMatch(r -> !r.get("at").isEmpty() && r.get("at").endsWith("Z"));
    }
}
