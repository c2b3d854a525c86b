package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.Workspace;

/** recoup import and recoup export: counts, errors file, exit statuses, never a partial import. */
class ExchangeCommandsTest {

    @TempDir
    Path dir;

    static Path resource(String name) throws Exception {
        return Path.of(ExchangeCommandsTest.class.getResource("/exchange/" + name).toURI());
    }

    @Test
    void importPrintsTheCountsAndWritesRejectedRowsToTheErrorsFile() throws Exception {
        Path db = dir.resolve("db");
        Path errors = dir.resolve("rejected.csv");
        CommandRunner.Run run = CommandRunner.run("import", "--db", db.toString(), "--client", "华夏消费金融",
                resource("cn-lender-gb18030.csv").toString(), "--errors", errors.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out()).startsWith("created client '华夏消费金融'\n"
                + "read 9, imported 3, updated 0, skipped 0, rejected 6 in ");
        assertThat(run.out()).contains("rejected rows written to " + errors);

        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFline,field,column,reason,客户姓名,身份证号,手机号,地址,城市,省份,邮编,借据号,"
                + "欠款金额(元),利息,滞纳金,借款日期,逾期日期,备注");
        assertThat(lines).contains(
                "6,mobilePhone,手机号,'1380013800088' is not a possible phone number in CN,王芳,440101199212123456,"
                        + "1380013800088,天河区天河路1号,广州,广东省,510620,JD-0003,5000.00,,,2024年6月1日,2025年8月1日,",
                "7,principal,欠款金额(元),'-500' is negative,刘洋,,13700001111,南山区科技园1号,深圳,广东省,518057,JD-0004,"
                        + "-500,0,0,2024-02-02,2025-02-02,",
                "8,reference,借据号,is required,陈静,,13600002222,西湖区文三路2号,杭州,浙江省,310012,,800.00,0,0,2024-02-02,"
                        + "2025-02-02,缺少借据号",
                "9,reference,借据号,'JD-0001' is a duplicate of line 2,赵磊,,13500003333,武侯区人民南路3号,成都,四川省,610041,"
                        + "JD-0001,900.00,0,0,2024-02-02,2025-02-02,重复借据号");
        assertThat(lines).hasSize(7);

        CommandRunner.Run again = CommandRunner.run("import", "--db", db.toString(), "--client", "华夏消费金融",
                resource("cn-lender-gb18030.csv").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("read 9, imported 0, updated 0, skipped 3, rejected 6 in ")
                .contains("  line 6, mobilePhone: '1380013800088' is not a possible phone number in CN\n");
    }

    @Test
    void aMappingFileAndOnDuplicateAreUsedAsGiven() throws Exception {
        Path db = dir.resolve("db");
        Path mapping = dir.resolve("uk.json");
        Files.writeString(mapping, """
                {"columns": {"Customer": "name", "Mobile": "mobilePhone", "Address Line": "addressLine",
                             "Town": "city", "Postcode": "postalCode", "Country": "country", "Account No": "reference",
                             "Balance": "principal", "Late Fee": "fees", "Date Opened": null, "Default Date": "delinquencyDate"},
                 "dateOrder": "DMY", "defaultCurrency": "GBP", "defaultCountry": "GB", "onDuplicate": "reject"}
                """);
        String file = resource("uk-telecom-tab.txt").toString();
        CommandRunner.Run first = CommandRunner.run("import", "--db", db.toString(), "--client", "Albion Telecom", file,
                "--mapping", mapping.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("read 3, imported 3, updated 0, skipped 0, rejected 0");

        CommandRunner.Run rejected = CommandRunner.run("import", "--db", db.toString(), "--client", "albion telecom", file,
                "--mapping", mapping.toString());
        assertThat(rejected.out()).contains("read 3, imported 0, updated 0, skipped 0, rejected 3")
                .contains("line 2, reference: 'ALB-1' already exists for this client");

        CommandRunner.Run skipped = CommandRunner.run("import", "--db", db.toString(), "--client", "Albion Telecom", file,
                "--mapping", mapping.toString(), "--on-duplicate", "skip");
        assertThat(skipped.out()).contains("read 3, imported 0, updated 0, skipped 3, rejected 0");
        try (Workspace workspace = Workspace.open(db)) {
            assertThat(workspace.clients().all()).hasSize(1);
            assertThat(workspace.debtCount()).isEqualTo(3);
        }
    }

    @Test
    void unusableInputExitsWithTwoOnOneLineAndImportsNothing() throws Exception {
        Path db = dir.resolve("db");
        CommandRunner.Run missing = CommandRunner.run("import", "--db", db.toString(), "--client", "X",
                dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("recoup import: " + dir.resolve("nope.csv") + ": no such file");

        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"columns\": {\"客户姓名\": \"name\", \"欠款金额(元)\": \"principal\"}, \"defaultCurrency\": \"CNY\"}");
        CommandRunner.Run unmapped = CommandRunner.run("import", "--db", db.toString(), "--client", "New Client",
                resource("cn-lender-gb18030.csv").toString(), "--mapping", mapping.toString());
        assertThat(unmapped.exitCode()).isEqualTo(2);
        assertThat(unmapped.err().strip().lines()).hasSize(1);
        assertThat(unmapped.err()).startsWith("recoup import: no column is mapped to the required field reference;");

        Files.writeString(mapping, "{\"columns\": {\"客户姓名\": \"fullName\"}}");
        CommandRunner.Run badMapping = CommandRunner.run("import", "--db", db.toString(), "--client", "New Client",
                resource("cn-lender-gb18030.csv").toString(), "--mapping", mapping.toString());
        assertThat(badMapping.exitCode()).isEqualTo(2);
        assertThat(badMapping.err()).contains("m.json: column '客户姓名': 'fullName' is not a field");

        CommandRunner.Run badPolicy = CommandRunner.run("import", "--db", db.toString(), "--client", "New Client",
                resource("cn-lender-gb18030.csv").toString(), "--on-duplicate", "merge");
        assertThat(badPolicy.exitCode()).isEqualTo(2);
        assertThat(badPolicy.err().strip())
                .isEqualTo("recoup import: --on-duplicate: 'merge' is not one of skip, update, reject");

        try (Workspace workspace = Workspace.open(db)) {
            assertThat(workspace.clients().all()).as("an import that did not run creates no client").isEmpty();
            assertThat(workspace.debtCount()).isZero();
        }
    }

    @Test
    void exportWritesWhatTheFilterSelects() throws Exception {
        Path db = dir.resolve("db");
        CommandRunner.run("import", "--db", db.toString(), "--client", "Northwind Bank",
                resource("us-bank-bom-semicolon.csv").toString());
        Path out = dir.resolve("out/debts.xlsx");
        CommandRunner.Run run = CommandRunner.run("export", "--db", db.toString(), "--what", "debts", "--filter",
                "client=northwind bank,status=ACTIVE", "--format", "xlsx", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("exported 1 debt to " + out);
        assertThat(out).exists();

        CommandRunner.Run csv = CommandRunner.run("export", "--db", db.toString(), "--what", "DEBTORS", "--format", "CSV",
                "--out", dir.resolve("debtors.csv").toString());
        assertThat(csv.out().strip()).isEqualTo("exported 3 debtors to " + dir.resolve("debtors.csv"));

        CommandRunner.Run bad = CommandRunner.run("export", "--db", db.toString(), "--what", "payments", "--format", "csv",
                "--out", dir.resolve("x.csv").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("recoup export: --what: 'payments' is not one of debtors, debts, ledger, contacts");
        CommandRunner.Run badFilter = CommandRunner.run("export", "--db", db.toString(), "--what", "debts", "--format", "csv",
                "--filter", "client=Nobody", "--out", dir.resolve("x.csv").toString());
        assertThat(badFilter.exitCode()).isEqualTo(2);
        assertThat(badFilter.err()).contains("there is no client named 'Nobody'");
        assertThat(dir.resolve("x.csv")).doesNotExist();
        try (Workspace workspace = Workspace.open(db)) {
            assertThat(workspace.debtors().count(DebtorFilter.ALL)).isEqualTo(3);
        }
    }

    @Test
    void helpExplainsTheMappingFormat() {
        CommandRunner.Run help = CommandRunner.run("import", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: recoup import").contains("--on-duplicate=skip|update|reject")
                .contains("\"columns\"").contains("defaultCurrency");
        assertThat(CommandRunner.run("export", "--help").out()).contains("--what=debtors|debts|ledger|contacts");
    }
}
