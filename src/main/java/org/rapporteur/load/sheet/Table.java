package org.rapporteur.load.sheet;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet of a workbook, or a whole .csv file, as rows of cells. Row numbers are the ones a spreadsheet shows
 * (1 for the first row); columns are 0-based and shown as letters (A, B, ... Z, AA ...). Blank cells are left out.
 */
public record Table(String file, String sheet, List<Row> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    /** What a cell holds: text (also numbers and dates, as shown), an Excel TRUE/FALSE, or an Excel error. */
    public enum Kind {
        TEXT, BOOLEAN, ERROR
    }

    /** A non-blank cell. {@code text} is "TRUE"/"FALSE" for booleans and e.g. "#N/A" for errors. */
    public record Cell(int column, Kind kind, String text) {
    }

    /** A row with its non-blank cells by column. */
    public record Row(int number, Map<Integer, Cell> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableMap(new TreeMap<>(cells));
        }

        public Cell cell(int column) {
            return cells.get(column);
        }

        public boolean isBlank() {
            return cells.isEmpty();
        }
    }

    /** Where a place in this table is, as printed: {@code cases.xlsx: sheet 'Court', row 7}. */
    public String where(int row) {
        return file + (sheet == null ? "" : ": sheet '" + sheet + "'") + (sheet == null ? ": " : ", ") + "row " + row;
    }

    /** {@code cases.xlsx: sheet 'Court', row 7, column D (2.1.3)}; the header is left out when blank. */
    public String where(int row, int column, String header) {
        String h = header == null || header.isBlank() ? "" : " (" + header + ")";
        return where(row) + ", column " + columnLetters(column) + h;
    }

    /** The file, with the sheet: {@code cases.xlsx: sheet 'Court'}. */
    public String whereSheet() {
        return file + (sheet == null ? "" : ": sheet '" + sheet + "'");
    }

    /** 0 -> A, 25 -> Z, 26 -> AA. */
    public static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.toString();
    }
}
