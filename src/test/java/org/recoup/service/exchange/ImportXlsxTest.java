package org.recoup.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debtors.LocationView;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.debts.DebtView;

/** A workbook as Excel users make it: numbers, date cells, serial numbers in general cells, text dates. */
class ImportXlsxTest {

    @TempDir
    Path dir;

    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("db"), ImportMessyFilesTest.CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void numbersAreExactAndDateCellsSerialsAndTextDatesAllRead() throws Exception {
        Path file = dir.resolve("华夏-2026-11.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("委案清单");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("¥#,##0.00"));
            String[] header = {"序号", "姓名", "身份证号", "手机号码", "合同编号", "欠款金额", "利息", "借款日期", "逾期日期", "地址"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {1, "张伟", "110101199003071234", 13800138000d, "HT-001", 12345.67, 0.1 + 0.2, LocalDate.of(2024, 3, 5), 46053d, "北京市朝阳区建国路88号"},
                    {2, "李娜", "310101198805052345", "139 1234 5678", "HT-002", 3000d, 0d, "2024年1月15日", "2025-07-01", "上海市浦东新区世纪大道100号"},
                    {3, "王芳", "", 13700001111d, "HT-003", -5d, 0d, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 8, 1), "广州市天河区"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    var cell = row.createCell(c);
                    if (v instanceof Integer i) {
                        cell.setCellValue(i);
                    } else if (v instanceof Double d) {
                        cell.setCellValue(d);
                        if (c == 5) {
                            cell.setCellStyle(money);
                        }
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue((String) v);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        ClientView client = workspace.clients().create("华夏消费金融", "CN");
        ImportService imports = workspace.imports();
        ImportFile opened = imports.open(file);
        assertThat(opened.description()).isEqualTo("Excel workbook (.xlsx), first sheet");
        ImportClient target = ImportClient.existing(client.id());
        ImportSettings settings = imports.suggest(opened, target);
        assertThat(settings.columns()).containsEntry("序号", null).containsEntry("身份证号", null)
                .containsEntry("手机号码", "mobilePhone").containsEntry("合同编号", "reference");

        ImportResult result = imports.run(opened, target, settings, Progress.NONE);

        assertThat(result.summary()).startsWith("read 3, imported 2, updated 0, skipped 0, rejected 1");
        assertThat(result.rejectedRows()).singleElement().satisfies(r -> assertThat(r.problems())
                .extracting(RowProblem::toString).containsExactly("line 4, principal: '-5' is negative"));
        DebtView first = workspace.debts().forDebtor(workspace.debtors().search("HT-001", 1).get(0).debtorId()).get(0);
        assertThat(first.balance().principal().amount()).isEqualByComparingTo("12345.67");
        assertThat(first.balance().interest().amount()).as("0.1 + 0.2 as Excel shows it").isEqualByComparingTo("0.30");
        assertThat(first.originationDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.delinquencyDate()).as("serial 46053 in a general cell").isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(workspace.debtors().detail(first.debtorId()).orElseThrow().locations())
                .extracting(l -> l.form().phone()).contains("+8613800138000");
        DebtView second = workspace.debts().forDebtor(workspace.debtors().search("HT-002", 1).get(0).debtorId()).get(0);
        assertThat(second.originationDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(workspace.debtors().detail(second.debtorId()).orElseThrow().locations())
                .extracting(LocationView::timeZone).containsOnly("Asia/Shanghai");
    }
}
