package org.recoup.service.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.recoup.exchange.Table;

/**
 * A file opened for import: how it was read (format, encoding, separator), its columns and its
 * first rows, for the user to map before anything is imported.
 */
public final class ImportFile {

    /** Rows kept as samples: for the mapping table and for guessing date order and decimal separator. */
    static final int SAMPLES = 50;

    private final Path path;
    private final Table table;
    private final List<String[]> samples;

    ImportFile(Path path, Table table) {
        this.path = path;
        this.table = table;
        List<String[]> rows = new ArrayList<>();
        table.rows((line, cells) -> {
            rows.add(cells);
            return rows.size() < SAMPLES;
        });
        this.samples = List.copyOf(rows);
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return table.fileName();
    }

    /** "CSV, GB18030, separated by ';'" or "Excel workbook (.xlsx), first sheet". */
    public String description() {
        return table.description();
    }

    public List<String> columns() {
        return table.columns();
    }

    /** Up to {@code count} values of a column from the first rows, blanks left out. */
    public List<String> samples(String column, int count) {
        int index = table.columns().indexOf(column);
        List<String> values = new ArrayList<>();
        if (index < 0) {
            return values;
        }
        for (String[] row : samples) {
            if (values.size() >= count) {
                break;
            }
            if (index < row.length && row[index] != null && !row[index].isBlank()) {
                values.add(row[index]);
            }
        }
        return values;
    }

    /** About how many data rows the file has, or -1 when it cannot be told without reading it all. */
    public long estimatedRows() {
        return table.estimatedRows();
    }

    Table table() {
        return table;
    }

    List<String[]> sampleRows() {
        return samples;
    }
}
