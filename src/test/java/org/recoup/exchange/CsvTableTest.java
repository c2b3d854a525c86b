package org.recoup.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV as it arrives: any of the usual encodings and separators, with the line numbers the user sees. */
class CsvTableTest {

    record Row(int line, List<String> cells) {
    }

    static List<Row> rows(Table table) {
        List<Row> rows = new ArrayList<>();
        table.rows((line, cells) -> rows.add(new Row(line, List.of(cells))));
        return rows;
    }

    @Test
    void recordsKeepTheLineWhereTheyStartAcrossQuotedBreaksAndBlankLines() {
        String text = "\r\n\r\nname,note,amount\r\n"
                + "Ann,\"two\r\nlines\",1\r\n"
                + "\r\n"
                + ",,\r\n"
                + "\"Bob \"\"B\"\" Ray\",\"a, b\",2\r\n"
                + "Cy,,3";
        CsvTable table = CsvTable.read("t.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.headerLine()).isEqualTo(3);
        assertThat(table.columns()).containsExactly("name", "note", "amount");
        assertThat(rows(table)).containsExactly(
                new Row(4, List.of("Ann", "two\r\nlines", "1")),
                new Row(8, List.of("Bob \"B\" Ray", "a, b", "2")),
                new Row(9, List.of("Cy", "", "3")));
    }

    @Test
    void encodingComesFromTheBomOrStrictUtf8ElseGb18030() {
        byte[] bom = ("\uFEFF姓名,金额\n张伟,1\n").getBytes(StandardCharsets.UTF_8);
        CsvTable utf8Bom = CsvTable.read("a.csv", bom);
        assertThat(utf8Bom.description()).isEqualTo("CSV, UTF-8 with BOM, separated by ','");
        assertThat(utf8Bom.columns()).containsExactly("姓名", "金额");

        CsvTable utf8 = CsvTable.read("b.csv", "姓名,金额\n张伟,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.description()).isEqualTo("CSV, UTF-8, separated by ','");
        assertThat(rows(utf8).get(0).cells()).containsExactly("张伟", "1");

        CsvTable gb = CsvTable.read("c.csv", "姓名,金额\n张伟,1\n".getBytes(CsvTable.GB18030));
        assertThat(gb.description()).isEqualTo("CSV, GB18030, separated by ','");
        assertThat(rows(gb).get(0).cells()).containsExactly("张伟", "1");

        byte[] utf16 = "\uFEFFname\tamount\nAnn\t1\n".getBytes(StandardCharsets.UTF_16LE);
        CsvTable excelUnicode = CsvTable.read("d.txt", utf16);
        assertThat(excelUnicode.description()).isEqualTo("CSV, UTF-16LE with BOM, separated by tab");
        assertThat(rows(excelUnicode).get(0).cells()).containsExactly("Ann", "1");
    }

    @Test
    void separatorIsTheOneTheHeaderUsesOutsideQuotes() {
        assertThat(CsvTable.sniffSeparator("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvTable.sniffSeparator("a\tb\tc\n")).isEqualTo('\t');
        assertThat(CsvTable.sniffSeparator("\"x;y\",b\n")).isEqualTo(',');
        assertThat(CsvTable.sniffSeparator("\n\nname\n")).isEqualTo(',');
    }

    @Test
    void headersAreTrimmedAndMadeUnique() {
        CsvTable table = CsvTable.read("t.csv", " Phone ,Phone,,\u00a0Name\u3000\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.columns()).containsExactly("Phone", "Phone (2)", "Column C", "Name");
    }

    @Test
    void shortAndLongRowsAreFittedToTheHeader() {
        CsvTable table = CsvTable.read("t.csv", "a,b,c\n1\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows(table)).extracting(Row::cells).containsExactly(List.of("1", "", ""), List.of("1", "2", "3"));
    }

    @Test
    void anUnclosedQuoteMakesTheFileUnusableNamingWhere() {
        CsvTable table = CsvTable.read("t.csv", "a,b\n1,2\n3,\"never closed\n4,5\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> rows(table)).hasMessageContaining("t.csv: cannot be read as CSV")
                .hasMessageContaining("never closed");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> CsvTable.read("e.csv", "\n\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("e.csv: is empty (no header row naming the columns)");
    }
}
