package org.recoup.exchange;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.recoup.domain.UserInputException;

/** Opens the spreadsheets creditors send: CSV (any of the usual encodings and separators) and XLSX. */
public final class Tables {

    private Tables() {
    }

    /**
     * Opens a file, telling XLSX from CSV by its content, not its name.
     *
     * @throws UserInputException when the file cannot be read or is not a table Recoup reads
     */
    public static Table open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + ": is a folder, not a file");
        }
        byte[] head = new byte[8];
        int read;
        try (var in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserInputException(file + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XlsxTable.open(file, name);
        }
        if (read >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new UserInputException(name + ": is an Excel 97-2003 workbook (.xls); open it in Excel and save it"
                    + " as .xlsx or as CSV");
        }
        try {
            return CsvTable.read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            throw new UserInputException(file + ": is too large to import at once; split it into smaller files");
        }
    }

    /**
     * The columns' names as the header row gives them: trimmed, an empty one named after its
     * position ("Column C"), a repeated one numbered ("Phone (2)").
     */
    static List<String> columnNames(List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : clean(header.get(i));
            String name = raw.isEmpty() ? "Column " + letters(i) : raw;
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            names.add(unique);
        }
        return names;
    }

    /** Trims spaces, including the no-break and ideographic spaces spreadsheets are full of. */
    static String clean(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u2007' || c == '\u202F';
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }

    /** The cells cut or padded with empty strings to {@code width}. */
    static String[] fit(String[] cells, int width) {
        if (cells.length == width) {
            return cells;
        }
        String[] fitted = new String[width];
        for (int i = 0; i < width; i++) {
            fitted[i] = i < cells.length && cells[i] != null ? cells[i] : "";
        }
        return fitted;
    }

    /** Whether every cell is blank. */
    static boolean blank(String[] cells) {
        for (String cell : cells) {
            if (cell != null && !clean(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
