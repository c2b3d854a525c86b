package org.recoup.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.recoup.domain.UserInputException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX workbook, streamed through POI's event API (the sheet is never held in
 * memory). Cells come out as text the row parser reads like CSV text: a date-formatted cell as an
 * ISO date (2026-01-31), a number as its exact decimal as Excel shows it (15 significant digits,
 * never through double arithmetic), a string as it is.
 */
final class XlsxTable implements Table {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final Path file;
    private final String fileName;
    private final List<String> columns;
    private final int headerLine;

    private XlsxTable(Path file, String fileName, List<String> columns, int headerLine) {
        this.file = file;
        this.fileName = fileName;
        this.columns = columns;
        this.headerLine = headerLine;
    }

    static XlsxTable open(Path file, String fileName) {
        @SuppressWarnings("unchecked")
        List<String>[] header = new List[1];
        int[] line = new int[1];
        read(file, fileName, (l, cells) -> {
            header[0] = List.of(cells);
            line[0] = l;
            return false;
        });
        if (header[0] == null) {
            throw new UserInputException(fileName + ": the first sheet is empty (no header row naming the columns)");
        }
        return new XlsxTable(file, fileName, Tables.columnNames(header[0]), line[0]);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String description() {
        return "Excel workbook (.xlsx), first sheet";
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
        read(file, fileName, (line, cells) -> {
            if (!headerSeen[0]) {
                headerSeen[0] = true;
                return true;
            }
            return visitor.row(line, Tables.fit(cells, width));
        });
    }

    /** Thrown inside the SAX handler to stop reading early. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private static void read(Path file, String fileName, RowVisitor visitor) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UserInputException(fileName + ": the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, styles, date1904, visitor));
                xml.parse(new InputSource(sheet));
            } catch (SAXException e) {
                if (!isStop(e)) {
                    throw e;
                }
            }
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            throw new UserInputException(fileName + ": cannot be read as an Excel workbook ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""))
                    + "); save it again from Excel as .xlsx, or as CSV");
        }
    }

    /** Whether reading stopped because the visitor asked to (a parser may wrap the signal). */
    private static boolean isStop(SAXException e) {
        return e instanceof Stop || e.getException() instanceof Stop;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, SAXException,
            ParserConfigurationException {
        boolean[] result = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) throws Stop {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        result[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                        throw new Stop();
                    }
                    if ("sheets".equals(localName)) {
                        throw new Stop();
                    }
                }
            });
            try {
                xml.parse(new InputSource(workbook));
            } catch (SAXException e) {
                if (!isStop(e)) {
                    throw e;
                }
            }
        }
        return result[0];
    }

    /** Reads rows of {@code <c>} cells; a row's cells are handed over when the row ends. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final RowVisitor visitor;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private int nextColumn;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inInlineText;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, RowVisitor visitor) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    cells.clear();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref != null ? columnOf(ref) : nextColumn;
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    value.setLength(0);
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    String text = Tables.clean(cellText());
                    if (cells.size() == column) {
                        cells.add(text);
                    } else {
                        cells.set(column, text);
                    }
                }
                case "row" -> {
                    String[] row = cells.toArray(String[]::new);
                    if (!Tables.blank(row) && !visitor.row(rowNumber, row)) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private String cellText() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                return isDate() ? date(raw) : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                case "e" -> "";
                default -> raw; // inlineStr, str (a formula's text), d (an ISO date)
            };
        }

        private boolean isDate() {
            if (style == null || styles == null) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }

        private String date(String raw) {
            double serial = Double.parseDouble(raw);
            LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904);
            return at == null ? raw : at.toLocalDate().toString();
        }

        /** The number as Excel shows it: at most 15 significant digits, without an exponent or trailing zeros. */
        private static String number(String raw) {
            try {
                BigDecimal exact = new BigDecimal(raw.trim());
                BigDecimal shown = exact.round(EXCEL_DIGITS).stripTrailingZeros();
                return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        /** The zero-based column of a cell reference such as "AB12". */
        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
            }
            return col - 1;
        }
    }
}
