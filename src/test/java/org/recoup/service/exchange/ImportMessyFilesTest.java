package org.recoup.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debtors.DebtorDetail;
import org.recoup.service.debtors.LocationView;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.debts.DebtView;

/** Importing the kind of files creditors really send: every row judged, the good ones stored exactly. */
class ImportMessyFilesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("db"), CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Path resource(String name) throws Exception {
        return Path.of(ImportMessyFilesTest.class.getResource("/exchange/" + name).toURI());
    }

    ImportResult importWithGuess(String file, ClientView client) throws Exception {
        ImportService imports = workspace.imports();
        ImportFile opened = imports.open(resource(file));
        ImportSettings settings = imports.suggest(opened, ImportClient.existing(client.id()));
        return imports.run(opened, ImportClient.existing(client.id()), settings, Progress.NONE);
    }

    static Map<Integer, List<String>> problemsByLine(ImportResult result) {
        return result.rejectedRows().stream().collect(Collectors.toMap(RejectedRow::line,
                r -> r.problems().stream().map(p -> p.field() + ": " + p.reason()).toList()));
    }

    DebtView debt(String reference) {
        return workspace.debtors().search(reference, 5).stream()
                .flatMap(hit -> workspace.debts().forDebtor(hit.debtorId()).stream())
                .filter(d -> d.reference().equals(reference)).findFirst().orElseThrow();
    }

    @Test
    void chineseLenderFileInGb18030IsReadWithItsHeadersGuessed() throws Exception {
        ClientView client = workspace.clients().create("华夏消费金融", "CN");
        ImportService imports = workspace.imports();
        ImportFile file = imports.open(resource("cn-lender-gb18030.csv"));
        assertThat(file.description()).isEqualTo("CSV, GB18030, separated by ','");
        ImportSettings settings = imports.suggest(file, ImportClient.existing(client.id()));
        assertThat(settings.columns()).containsEntry("客户姓名", "name").containsEntry("身份证号", null)
                .containsEntry("手机号", "mobilePhone").containsEntry("借据号", "reference")
                .containsEntry("欠款金额(元)", "principal").containsEntry("滞纳金", "fees")
                .containsEntry("借款日期", "originationDate").containsEntry("逾期日期", "delinquencyDate")
                .containsEntry("备注", "notes");
        assertThat(settings.defaultCurrency()).isEqualTo("CNY");

        ImportResult result = imports.run(file, ImportClient.existing(client.id()), settings, Progress.NONE);

        assertThat(result.summary()).startsWith("read 9, imported 3, updated 0, skipped 0, rejected 6");
        assertThat(result.debtorsCreated()).isEqualTo(2);
        assertThat(problemsByLine(result)).containsOnlyKeys(6, 7, 8, 9, 11, 14);
        assertThat(problemsByLine(result).get(6)).containsExactly("mobilePhone: '1380013800088' is not a possible phone number in CN");
        assertThat(problemsByLine(result).get(7)).containsExactly("principal: '-500' is negative");
        assertThat(problemsByLine(result).get(8)).containsExactly("reference: is required");
        assertThat(problemsByLine(result).get(9)).containsExactly("reference: 'JD-0001' is a duplicate of line 2");
        assertThat(problemsByLine(result).get(11))
                .containsExactly("principal: '100.555' has more decimals than CNY allows (2)");
        assertThat(problemsByLine(result).get(14)).containsExactly("delinquencyDate: '2025年13月1日' is not a date");

        DebtView first = debt("JD-0001");
        assertThat(first.currency()).isEqualTo("CNY");
        assertThat(first.balance().principal().amount()).isEqualByComparingTo("12345.67");
        assertThat(first.balance().interest().amount()).isEqualByComparingTo("100.00");
        assertThat(first.balance().fees().amount()).isEqualByComparingTo("50.00");
        assertThat(first.originationDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.delinquencyDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(debt("JD-0007").debtorId()).as("same name and phone: the same debtor").isEqualTo(first.debtorId());
        assertThat(debt("JD-0002").balance().principal().amount()).isEqualByComparingTo("3000.00");

        DebtorDetail zhang = workspace.debtors().detail(first.debtorId()).orElseThrow();
        assertThat(zhang.name()).isEqualTo("张伟");
        assertThat(zhang.preferredLanguage().code()).isEqualTo("zh");
        assertThat(zhang.locations()).extracting(LocationView::timeZone).containsOnly("Asia/Shanghai");
        assertThat(zhang.locations()).extracting(l -> l.form().phone()).contains("+8613800138000");
        assertThat(zhang.locations()).extracting(l -> l.form().addressLine()).contains("朝阳区建国路88号,3单元");
        DebtorRow row = workspace.debtors().row(first.debtorId()).orElseThrow();
        assertThat(row.balance()).as("the list's projection holds both debts").isEqualByComparingTo("13496.17");
        assertThat(workspace.integrityProblems()).isEmpty();
    }

    @Test
    void theMappingUsedIsKeptForTheClientAndSuggestedNextTime() throws Exception {
        ClientView client = workspace.clients().create("华夏消费金融", "CN");
        ImportService imports = workspace.imports();
        ImportFile file = imports.open(resource("cn-lender-gb18030.csv"));
        ImportClient target = ImportClient.existing(client.id());
        ImportSettings chosen = imports.suggest(file, target).withColumn("备注", null).withColumn("城市", null)
                .withDefaultProduct(org.recoup.domain.Product.LOAN);
        imports.run(file, target, chosen, Progress.NONE);

        assertThat(imports.savedSettings(client.id())).hasValue(chosen);
        ImportSettings next = imports.suggest(imports.open(resource("cn-lender-gb18030.csv")), target);
        assertThat(next.columns()).containsEntry("备注", null).containsEntry("城市", null).containsEntry("客户姓名", "name");
        assertThat(next.defaultProduct()).isEqualTo(org.recoup.domain.Product.LOAN);
        assertThat(imports.toJson(next)).contains("\"备注\" : null").contains("\"defaultProduct\" : \"LOAN\"");
    }

    @Test
    void usBankFileWithBomSemicolonsAndMonthFirstDates() throws Exception {
        ClientView client = workspace.clients().create("Northwind Bank", "US");
        ImportResult result = importWithGuess("us-bank-bom-semicolon.csv", client);

        assertThat(result.summary()).startsWith("read 5, imported 3, updated 0, skipped 0, rejected 2");
        assertThat(problemsByLine(result)).containsOnlyKeys(6, 7);
        assertThat(problemsByLine(result).get(6)).containsExactly(
                "principal: '1.234,50' is not an amount (the decimal separator is '.', and ',' may only group thousands: 1,234.50)",
                "email: 'john@example' is not an e-mail address (name@example.com)");
        assertThat(problemsByLine(result).get(7)).containsExactly("chargeOffDate: '13/31/2026' is not a date read month/day/year");

        DebtView bob = debt("NWB-100");
        assertThat(bob.balance().principal().amount()).isEqualByComparingTo("1234.50");
        assertThat(bob.balance().interest().amount()).isEqualByComparingTo("12.00");
        assertThat(bob.balance().fees().amount()).isEqualByComparingTo("35.00");
        assertThat(bob.chargeOffDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(bob.lastPaymentDate()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(bob.status()).isEqualTo(DebtStatus.ACTIVE);
        assertThat(workspace.debts().statusHistory(bob.id())).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("imported"));
        DebtorDetail smith = workspace.debtors().detail(bob.debtorId()).orElseThrow();
        assertThat(smith.name()).isEqualTo("Robert \"Bob\" Smith");
        assertThat(smith.locations()).extracting(LocationView::timeZone).containsOnly("America/Phoenix");
        assertThat(smith.locations()).extracting(l -> l.form().phone()).contains("+16025550143");

        DebtView maria = debt("NWB-101");
        DebtorDetail garcia = workspace.debtors().detail(maria.debtorId()).orElseThrow();
        assertThat(garcia.locations()).extracting(l -> l.form().region()).contains("TX");
        assertThat(garcia.locations()).extracting(l -> l.form().addressLine()).contains("22 Elm St\nApt 4");
        assertThat(garcia.locations()).extracting(LocationView::timeZone).containsOnly("America/Chicago");
        assertThat(debt("NWB-104").status()).isEqualTo(DebtStatus.DISPUTED);
        assertThat(workspace.integrityProblems()).isEmpty();
    }

    @Test
    void ukFileWithTabsDayFirstDatesAndExcelSerials() throws Exception {
        ClientView client = workspace.clients().create("Albion Telecom", "GB");
        ImportResult result = importWithGuess("uk-telecom-tab.txt", client);

        assertThat(result.summary()).startsWith("read 3, imported 3, updated 0, skipped 0, rejected 0");
        DebtView oliver = debt("ALB-1");
        assertThat(oliver.currency()).isEqualTo("GBP");
        assertThat(oliver.balance().principal().amount()).isEqualByComparingTo("1200.00");
        assertThat(oliver.balance().fees().amount()).isEqualByComparingTo("25.00");
        assertThat(oliver.originationDate()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(oliver.delinquencyDate()).as("Excel serial 46053").isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(debt("ALB-2").delinquencyDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(debt("ALB-3").originationDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(debt("ALB-3").delinquencyDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        DebtorDetail amelia = workspace.debtors().detail(debt("ALB-2").debtorId()).orElseThrow();
        assertThat(amelia.notes()).isEqualTo("Called twice;\r\nno answer");
        assertThat(amelia.locations()).extracting(l -> l.form().phone()).contains("+442079460018");
        assertThat(amelia.locations()).extracting(LocationView::timeZone).containsOnly("Europe/London");
        assertThat(workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 10)).hasSize(3);
    }
}
