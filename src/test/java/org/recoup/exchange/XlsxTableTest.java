package org.recoup.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX read as a stream: dates as dates, numbers exact, rows numbered as Excel numbers them. */
class XlsxTableTest {

    @TempDir
    Path dir;

    @Test
    void cellsComeOutAsTheirExactTextAndRowsKeepTheirNumbers() throws Exception {
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("债务");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(1);
            String[] names = {"姓名", "手机", "金额", "到期日", "序号", "备注"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row r = sheet.createRow(2);
            r.createCell(0).setCellValue("张伟");
            r.createCell(1).setCellValue(13800138000d);
            r.createCell(2).setCellValue(1234.5);
            r.getCell(2).setCellStyle(money);
            r.createCell(3).setCellValue(LocalDate.of(2026, 1, 31));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue(0.1 + 0.2);
            r.createCell(5).setCellValue(true);
            Row sparse = sheet.createRow(5);
            sparse.createCell(0).setCellValue("李娜");
            sparse.createCell(3).setCellValue("2026年1月31日");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        Table table = Tables.open(file);
        assertThat(table.description()).contains("xlsx");
        assertThat(table.headerLine()).isEqualTo(2);
        assertThat(table.columns()).containsExactly("姓名", "手机", "金额", "到期日", "序号", "备注");
        List<String> lines = new ArrayList<>();
        table.rows((line, cells) -> lines.add(line + ": " + String.join("|", cells)));
        assertThat(lines).containsExactly(
                "3: 张伟|13800138000|1234.5|2026-01-31|0.3|TRUE",
                "6: 李娜|||2026年1月31日||");
    }

    @Test
    void anOldExcelFileIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("old.xls");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Tables.open(file))
                .hasMessageContaining("Excel 97-2003").hasMessageContaining("save it as .xlsx or as CSV");
    }
}
