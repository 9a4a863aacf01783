package org.rapporteur.load.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rapporteur.source.Suggestions;

/**
 * Reads an .xlsx workbook or a .csv file into {@link Table}s, defensively: the file's size is limited, workbooks
 * are opened read-only with POI's zip-bomb guards tightened, a file's kind is told from its first bytes rather
 * than trusted from its name, and every failure becomes a problem for the inspector rather than an exception.
 */
public final class SpreadsheetReader {

    /** Files larger than this are refused before they are opened. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows of cases read from one file, over all its sheets: non-blank rows below each sheet's header row. */
    public static final int MAX_ROWS = 10_000;
    /** Columns per sheet (a case sheet needs a few hundred at most). */
    public static final int MAX_COLUMNS = 2_000;
    /** The most one part of an .xlsx may expand to when unzipped. */
    static final long MAX_UNZIPPED_PART = 100L * 1024 * 1024;
    /** Compressed size / expanded size below this is treated as a zip bomb (POI's default, set explicitly). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Parts in an .xlsx package. */
    static final long MAX_PARTS = 1_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    /** What was read: the tables, and whether they are the sheets of a workbook. */
    public record Contents(List<Table> tables, boolean workbook) {
    }

    private SpreadsheetReader() {
    }

    /**
     * The sheets of a workbook (all visible ones, or the one named), or the single table of a .csv file;
     * empty (with problems) when the file cannot be read.
     */
    public static Optional<Contents> read(Path file, String sheet, ImportProblems problems) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            problems.error(name, "this is a folder, not a spreadsheet", "give an .xlsx or .csv file");
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            problems.error(name, "no such file", "check the file name and folder");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(name, "this is not a regular file", "give an .xlsx or .csv file");
            return Optional.empty();
        }
        long size;
        byte[] head = new byte[8];
        int headLength;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                headLength = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            problems.error(name, "cannot read the file: " + message(e), "check that it exists and is readable");
            return Optional.empty();
        }
        if (size > MAX_BYTES) {
            problems.error(name, "the file is " + megabytes(size) + " MB; a case spreadsheet may be at most "
                    + (MAX_BYTES / (1024 * 1024)) + " MB", "save the case sheet alone, without images or other"
                    + " sheets, or export it as .csv");
            return Optional.empty();
        }
        if (size == 0) {
            problems.error(name, "the file is empty", "save the case sheet into it again");
            return Optional.empty();
        }
        String extension = extension(name);
        if (startsWith(head, headLength, ZIP)) {
            return readWorkbook(file, name, sheet, problems).map(t -> new Contents(t, true));
        }
        if (startsWith(head, headLength, OLE2)) {
            problems.error(name, "this is an old-style .xls workbook or a password-protected one, which cannot be read",
                    "remove any password and save it as 'Excel Workbook (.xlsx)' or as CSV");
            return Optional.empty();
        }
        if (extension.equals("xlsx") || extension.equals("xlsm") || extension.equals("xls")) {
            problems.error(name, "this is not an Excel workbook: the file " + (looksLikeText(head, headLength)
                    ? "holds plain text" : "is not in the .xlsx format"),
                    "if it is CSV, rename it to .csv; otherwise open it in Excel and save it as .xlsx");
            return Optional.empty();
        }
        if (!(extension.equals("csv") || extension.equals("txt") || extension.equals("tsv"))) {
            problems.error(name, "cannot tell what kind of file this is", "give an .xlsx workbook or a .csv file");
            return Optional.empty();
        }
        if (sheet != null) {
            problems.error(name, "--sheet " + sheet + " was given, but a CSV file has no sheets",
                    "leave out --sheet, or give the .xlsx workbook");
            return Optional.empty();
        }
        return readCsv(file, name, problems).map(t -> new Contents(List.of(t), false));
    }

    // ------------------------------------------------------------------------------------------------ workbooks

    private static Optional<List<Table>> readWorkbook(Path file, String name, String wanted, ImportProblems problems) {
        double ratio = ZipSecureFile.getMinInflateRatio();
        long entry = ZipSecureFile.getMaxEntrySize();
        long parts = ZipSecureFile.getMaxFileCount();
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_PART);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                pkg = null; // closed (reverted, never saved) with the workbook
                return sheets(wb, name, wanted, problems);
            }
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            workbookFailure(name, e, problems);
            return Optional.empty();
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
            ZipSecureFile.setMinInflateRatio(ratio);
            ZipSecureFile.setMaxEntrySize(entry);
            ZipSecureFile.setMaxFileCount(parts);
        }
    }

    private static void workbookFailure(String name, Throwable e, ImportProblems problems) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb")) {
                problems.error(name, "the workbook expands to far more data than its size suggests (a possible"
                        + " 'zip bomb'), so it was not read", "open it in Excel and save the case sheet as a new"
                        + " .xlsx file, or export it as .csv");
                return;
            }
            if (m.contains("more internal file entries than expected")) {
                problems.error(name, "the workbook holds more than " + MAX_PARTS + " parts, so it was not read",
                        "save the case sheet alone as a new .xlsx file, or export it as .csv");
                return;
            }
        }
        if (e instanceof OutOfMemoryError || e instanceof StackOverflowError) {
            problems.error(name, "the workbook is too large to read", "save the case sheet alone as a new .xlsx"
                    + " file, or export it as .csv");
            return;
        }
        problems.error(name, "cannot read the workbook: it is damaged or not an Excel .xlsx file ("
                + message(e) + ")", "open it in Excel and save it again as 'Excel Workbook (.xlsx)', or as CSV");
    }

    private static Optional<List<Table>> sheets(XSSFWorkbook wb, String name, String wanted,
                                                ImportProblems problems) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        DataFormatter formatter = new DataFormatter(Locale.UK);
        int[] rowsLeft = {MAX_ROWS};
        List<Table> tables = new ArrayList<>();
        if (wanted != null) {
            int index = names.indexOf(wanted);
            if (index < 0) {
                for (int i = 0; i < names.size() && index < 0; i++) {
                    if (names.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                        index = i;
                    }
                }
            }
            if (index < 0) {
                String hint = Suggestions.didYouMean(wanted, names);
                problems.error(name, "the workbook has no sheet '" + wanted + "'", hint != null ? hint
                        : "its sheets are " + quoted(names));
                return Optional.empty();
            }
            return table(wb.getSheetAt(index), name, formatter, rowsLeft, problems).map(List::of);
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                continue; // hidden sheets hold lookup lists and the like; --sheet reads one anyway
            }
            Optional<Table> t = table(wb.getSheetAt(i), name, formatter, rowsLeft, problems);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            tables.add(t.get());
        }
        return Optional.of(tables);
    }

    private static Optional<Table> table(Sheet sheet, String name, DataFormatter formatter, int[] rowsLeft,
                                         ImportProblems problems) {
        List<Table.Row> rows = new ArrayList<>();
        String where = name + ": sheet '" + sheet.getSheetName() + "'";
        for (Row row : sheet) {
            Map<Integer, Table.Cell> cells = new HashMap<>();
            for (Cell c : row) {
                Table.Cell cell = cell(c, formatter);
                if (cell == null) {
                    continue;
                }
                if (c.getColumnIndex() >= MAX_COLUMNS) {
                    tooManyColumns(where + ", row " + (row.getRowNum() + 1) + ", column "
                            + Table.columnLetters(c.getColumnIndex()), "sheet", problems);
                    return Optional.empty();
                }
                cells.put(c.getColumnIndex(), cell);
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (!rows.isEmpty() && --rowsLeft[0] < 0) { // the first non-blank row is the header
                tooManyRows(where + ", row " + (row.getRowNum() + 1), "workbook", problems);
                return Optional.empty();
            }
            rows.add(new Table.Row(row.getRowNum() + 1, cells));
        }
        return Optional.of(new Table(name, sheet.getSheetName(), rows));
    }

    /** The cell as shown, or null when blank. Formulas give their last calculated value. */
    private static Table.Cell cell(Cell c, DataFormatter formatter) {
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            type = c.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> {
                String text = c.getRichStringCellValue().getString();
                return blank(text) ? null : new Table.Cell(c.getColumnIndex(), Table.Kind.TEXT, clean(text));
            }
            case BOOLEAN -> {
                return new Table.Cell(c.getColumnIndex(), Table.Kind.BOOLEAN, c.getBooleanCellValue() ? "TRUE"
                        : "FALSE");
            }
            case ERROR -> {
                String text;
                try {
                    text = FormulaError.forInt(c.getErrorCellValue()).getString();
                } catch (IllegalArgumentException e) {
                    text = "#ERROR";
                }
                return new Table.Cell(c.getColumnIndex(), Table.Kind.ERROR, text);
            }
            case NUMERIC -> {
                CellStyle style = c.getCellStyle();
                String text = style == null ? formatter.formatRawCellContents(c.getNumericCellValue(), 0, "General")
                        : formatter.formatRawCellContents(c.getNumericCellValue(), style.getDataFormat(),
                        style.getDataFormatString());
                return blank(text) ? null : new Table.Cell(c.getColumnIndex(), Table.Kind.TEXT, clean(text));
            }
            default -> {
                return null;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ CSV

    private static Optional<Table> readCsv(Path file, String name, ImportProblems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(name, "cannot read the file: " + message(e), "check that it is readable");
            return Optional.empty();
        }
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            problems.error(name, "this is not a text file, so it cannot be read as CSV",
                    "export the case sheet from Excel as 'CSV UTF-8 (Comma delimited)'");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.error(name, "the file is empty", "save the case sheet into it again");
            return Optional.empty();
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                Map<Integer, Table.Cell> cells = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    if (!blank(value)) {
                        if (i >= MAX_COLUMNS) {
                            tooManyColumns(name + ": row " + record.getRecordNumber() + ", column "
                                    + Table.columnLetters(i), "file", problems);
                            return Optional.empty();
                        }
                        cells.put(i, new Table.Cell(i, Table.Kind.TEXT, clean(value)));
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (rows.size() > MAX_ROWS) { // the first non-blank row is the header
                    tooManyRows(name + ": row " + record.getRecordNumber(), "file", problems);
                    return Optional.empty();
                }
                rows.add(new Table.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.error(name, "cannot read the CSV: " + message(e), "check for a quote mark (\") that is"
                    + " never closed, or export the sheet from Excel again");
            return Optional.empty();
        }
        return Optional.of(new Table(name, null, rows));
    }

    /**
     * UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark (or, without one, when every other
     * byte is zero, as in text of Latin letters), else Windows-1252.
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** UTF-16LE or BE when the zero bytes of the file's start all fall at odd or all at even offsets, else null. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (n < 4 || bytes.length % 2 != 0) {
            return null;
        }
        if (evenZeros == 0 && oddZeros >= n / 4) {
            return StandardCharsets.UTF_16LE;
        }
        if (oddZeros == 0 && evenZeros >= n / 4) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The separator of the first line: the most frequent of , ; and tab outside quotes (comma when none). */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void tooManyRows(String where, String what, ImportProblems problems) {
        problems.error(where, String.format(Locale.UK, "the %s has more than %,d rows of cases", what, MAX_ROWS),
                "a case sheet has one row per inspected case: delete the other rows, or split the cases over"
                        + " several files and import them one at a time");
    }

    private static void tooManyColumns(String where, String what, ImportProblems problems) {
        problems.error(where, String.format(Locale.UK, "the %s has more than %,d columns", what, MAX_COLUMNS),
                "a case sheet has one column per key question and prompt: delete the others");
    }

    private static boolean blank(String s) {
        return s == null || clean(s).isEmpty();
    }

    /** Trims spaces, including no-break spaces that Excel and Word like to leave in cells. */
    static String clean(String s) {
        return s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long size) {
        return String.valueOf((size + 1024 * 1024 - 1) / (1024 * 1024));
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").reduce((a, b) -> a + ", " + b).orElse("none");
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }
}
