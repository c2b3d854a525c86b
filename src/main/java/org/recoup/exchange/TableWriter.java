package org.recoup.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.recoup.domain.RecoupException;

/**
 * Writes a table to CSV or XLSX, a row at a time. The file appears whole or not at all: rows go to
 * a temporary file beside it, moved into place by {@link #close()}; {@link #abort()} drops it.
 */
public abstract class TableWriter implements AutoCloseable {

    private final Path target;
    protected final Path temporary;
    protected final List<Column> columns;
    private long rows;
    private boolean done;

    private TableWriter(Path target, List<Column> columns) {
        this.target = target.toAbsolutePath();
        this.columns = List.copyOf(columns);
        try {
            Path dir = this.target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            this.temporary = Files.createTempFile(dir, "." + this.target.getFileName(), ".part");
        } catch (IOException e) {
            throw new RecoupException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Opens a writer of {@code columns} to {@code file}; the header row is written at once. */
    public static TableWriter open(Path file, ExportFormat format, String sheetName, List<Column> columns) {
        TableWriter writer = format == ExportFormat.CSV ? new Csv(file, columns) : new Xlsx(file, sheetName, columns);
        try {
            writer.header();
        } catch (IOException e) {
            writer.abort();
            throw writer.failure(e);
        }
        return writer;
    }

    /** Writes one row: a value per column (null for none), of the column's type. */
    public void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        try {
            write(values);
            rows++;
        } catch (IOException e) {
            abort();
            throw failure(e);
        }
    }

    /** Rows written so far, without the header. */
    public long rows() {
        return rows;
    }

    protected abstract void header() throws IOException;

    protected abstract void write(Object[] values) throws IOException;

    protected abstract void finish(Path file) throws IOException;

    protected abstract void discard();

    /** Finishes the file and puts it in place. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            finish(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTemporary();
            throw failure(e);
        }
    }

    /** Drops what was written; the target is left as it was. */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        discard();
        deleteTemporary();
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a stray .part file is harmless
        }
    }

    private RecoupException failure(IOException e) {
        return new RecoupException("Cannot write " + target + ": " + e.getMessage(), e);
    }

    static String text(Object value, Column.Type type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case DECIMAL -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            case INSTANT -> value instanceof Instant i ? DateTimeFormatter.ISO_INSTANT.format(i) : value.toString();
            default -> value.toString();
        };
    }

    /** CSV: UTF-8 with BOM, RFC 4180. */
    private static final class Csv extends TableWriter {
        private CSVPrinter printer;

        Csv(Path file, List<Column> columns) {
            super(file, columns);
        }

        @Override
        protected void header() throws IOException {
            OutputStream out = Files.newOutputStream(temporary);
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.RFC4180);
            printer.printRecord(columns.stream().map(Column::name).toList());
        }

        @Override
        protected void write(Object[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                printer.print(text(values[i], columns.get(i).type()));
            }
            printer.println();
        }

        @Override
        protected void finish(Path file) throws IOException {
            printer.close(true);
        }

        @Override
        protected void discard() {
            try {
                printer.close();
            } catch (IOException | RuntimeException ignored) {
                // dropping it anyway
            }
        }
    }

    /** XLSX through SXSSF: 200 rows in memory, the rest flushed to a temporary file. */
    private static final class Xlsx extends TableWriter {
        private static final int MAX_ROWS = 1_048_575;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();
        private final CellStyle dateStyle;
        private int next;

        Xlsx(Path file, String sheetName, List<Column> columns) {
            super(file, columns);
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName);
            DataFormat format = workbook.createDataFormat();
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(format.getFormat("yyyy-mm-dd"));
        }

        @Override
        protected void header() {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).name());
                cell.setCellStyle(style);
                int width = switch (columns.get(i).type()) {
                    case INSTANT -> 22;
                    case DATE, DECIMAL -> 13;
                    case INTEGER -> 10;
                    case TEXT -> Math.max(12, Math.min(40, columns.get(i).name().length() + 2));
                };
                sheet.setColumnWidth(i, width * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        protected void write(Object[] values) {
            if (next > MAX_ROWS) {
                throw new RecoupException("An Excel sheet holds at most " + MAX_ROWS + " rows; export these to CSV instead");
            }
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (columns.get(i).type()) {
                    case DATE -> {
                        if (value instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                    case DECIMAL -> {
                        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
                        if (d.precision() <= 15) {
                            cell.setCellValue(d.doubleValue());
                            cell.setCellStyle(decimalStyle(Math.max(0, d.scale())));
                        } else {
                            cell.setCellValue(d.toPlainString());
                        }
                    }
                    case INTEGER -> {
                        if (value instanceof Number n && Math.abs(n.longValue()) < 1_000_000_000_000_000L) {
                            cell.setCellValue(n.longValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                    default -> cell.setCellValue(text(value, columns.get(i).type()));
                }
            }
        }

        private CellStyle decimalStyle(int scale) {
            return decimalStyles.computeIfAbsent(scale, s -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
                return style;
            });
        }

        @Override
        protected void finish(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }

        @Override
        protected void discard() {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // dropping it anyway
            }
        }
    }
}
