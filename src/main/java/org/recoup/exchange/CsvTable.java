package org.recoup.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recoup.domain.UserInputException;

/**
 * A CSV file as creditors send it. The encoding is read from a byte-order mark (UTF-8, UTF-16),
 * else the text is UTF-8 when it decodes as strict UTF-8 and GB18030 (which covers GBK and GB2312)
 * otherwise. The separator is the one of comma, semicolon and tab that the header row uses most.
 * Quoted fields may hold separators, line breaks and doubled quotes (RFC 4180).
 */
final class CsvTable implements Table {

    static final Charset GB18030 = Charset.forName("GB18030");

    private final String fileName;
    private final String text;
    private final Charset charset;
    private final boolean bom;
    private final char separator;
    private final List<String> columns;
    private final int headerLine;

    private CsvTable(String fileName, String text, Charset charset, boolean bom, char separator) {
        this.fileName = fileName;
        this.text = text;
        this.charset = charset;
        this.bom = bom;
        this.separator = separator;
        String[][] header = new String[1][];
        int[] line = new int[1];
        parse((l, cells) -> {
            header[0] = cells;
            line[0] = l;
            return false;
        });
        if (header[0] == null) {
            throw new UserInputException(fileName + ": is empty (no header row naming the columns)");
        }
        this.columns = Tables.columnNames(Arrays.asList(header[0]));
        this.headerLine = line[0];
    }

    static CsvTable read(String fileName, byte[] bytes) {
        int offset = 0;
        Charset charset;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
            bom = true;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
            bom = true;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
            bom = true;
        } else {
            charset = null;
        }
        String text;
        if (charset != null) {
            text = new String(bytes, offset, bytes.length - offset, charset);
        } else {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                charset = StandardCharsets.UTF_8;
                text = utf8;
            } else {
                charset = GB18030;
                text = new String(bytes, GB18030);
            }
        }
        return new CsvTable(fileName, text, charset, bom, sniffSeparator(text));
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The separator the first non-blank record uses most, outside quotes: tab, semicolon or comma
     * (comma when it uses none).
     */
    static char sniffSeparator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    seenContent = true;
                }
                case ',' -> comma++;
                case ';' -> semicolon++;
                case '\t' -> tab++;
                case '\n', '\r' -> {
                    if (seenContent || comma + semicolon + tab > 0) {
                        return pick(comma, semicolon, tab);
                    }
                }
                default -> {
                    if (!Character.isWhitespace(c)) {
                        seenContent = true;
                    }
                }
            }
        }
        return pick(comma, semicolon, tab);
    }

    private static char pick(int comma, int semicolon, int tab) {
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        if (semicolon > comma) {
            return ';';
        }
        return ',';
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String description() {
        String sep = switch (separator) {
            case '\t' -> "tab";
            case ';' -> "';'";
            default -> "','";
        };
        return "CSV, " + charset.name() + (bom ? " with BOM" : "") + ", separated by " + sep;
    }

    Charset charset() {
        return charset;
    }

    char separator() {
        return separator;
    }

    @Override
    public long estimatedRows() {
        long lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            lines++;
        }
        return Math.max(0, lines - headerLine);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public int headerLine() {
        return headerLine;
    }

    @Override
    public void rows(RowVisitor visitor) {
        int width = columns.size();
        boolean[] headerSeen = {false};
        parse((line, cells) -> {
            if (!headerSeen[0]) {
                headerSeen[0] = true;
                return true;
            }
            return visitor.row(line, Tables.fit(cells, width));
        });
    }

    /** Parses the text, handing each non-blank record and the line it starts on to {@code visitor}. */
    private void parse(RowVisitor visitor) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
        long line = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long before = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int start = (int) (before + 1);
                before = parser.getCurrentLineNumber();
                line = start;
                String[] cells = record.values();
                if (Tables.blank(cells)) {
                    continue;
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = Tables.clean(cells[i]);
                }
                if (!visitor.row(start, cells)) {
                    return;
                }
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String why = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            if (why.contains("EOF reached before encapsulated token finished")) {
                why = "a quoted field opened near here is never closed";
            }
            throw new UserInputException(fileName + ": cannot be read as CSV after line " + line + " (" + why + ")");
        }
    }
}
