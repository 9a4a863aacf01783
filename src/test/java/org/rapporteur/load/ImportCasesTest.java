package org.rapporteur.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.framework.Framework;
import org.rapporteur.load.sheet.SpreadsheetReader;
import org.rapporteur.model.Report;

/**
 * {@code rapporteur import-cases}: the example's cases survive a trip through .xlsx and .csv with the same
 * ratings, and every kind of bad input is reported (located by sheet, row and column) with nothing written.
 */
class ImportCasesTest {

    @TempDir
    Path tmp;

    Path dir;
    Report report;
    Framework fw;
    String ratingsBefore;

    @BeforeEach
    void copyExample() {
        dir = Example.copyTo(tmp);
        report = CaseSpreadsheets.report(dir);
        fw = CaseSpreadsheets.framework(report);
        ReportFolder.Run ratings = ReportFolder.run("ratings", "--json", dir.toString());
        assertThat(ratings.status()).isZero();
        assertThat(ratings.out().replace(" ", "")).contains("\"score\":22");
        ratingsBefore = ratings.out();
    }

    static ReportFolder.Run importCases(Object... args) {
        String[] all = new String[args.length + 1];
        all[0] = "import-cases";
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i].toString();
        }
        return ReportFolder.run(all);
    }

    void deleteCaseFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cases"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }

    void assertSameRatings() {
        ReportFolder.Run check = ReportFolder.run("check", dir.toString());
        assertThat(check.status()).as(check.err()).isZero();
        ReportFolder.Run after = ReportFolder.run("ratings", "--json", dir.toString());
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo(ratingsBefore);
    }

    Map<String, String> caseFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir.resolve("cases"))) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir.resolve("cases"))) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    // ------------------------------------------------------------------------------------------------ round trips

    @Test
    void theExampleSurvivesAWorkbook() throws IOException {
        Path xlsx = tmp.resolve("cases.xlsx");
        CaseSpreadsheets.exportWorkbook(report, fw, xlsx);
        byte[] workbook = Files.readAllBytes(xlsx);
        deleteCaseFiles();

        ReportFolder.Run run = importCases(xlsx, dir);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(xlsx)).as("the workbook is only read").isEqualTo(workbook);
        assertThat(run.out()).contains("imported 38 cases from " + xlsx)
                .contains("sheets 'Court', 'Out of court', 'Resettlement'")
                .containsPattern("court +20 +-> .*court\\.yaml")
                .containsPattern("out-of-court +15 +-> .*out-of-court\\.yaml")
                .containsPattern("resettlement +3 +-> .*resettlement\\.yaml")
                .contains("skipped sheet 'Instructions'")
                .contains(": no errors");
        String court = Files.readString(dir.resolve("cases/court.yaml"));
        assertThat(court).startsWith("# 20 court cases imported from cases.xlsx (sheet 'Court')")
                .contains("  - id: KF-C01\n    type: court\n    disposal: Referral order\n    answers:\n"
                        + "      2.1.1: { answer: yes, prompts: YYYYYYYYY }\n")
                .contains("      2.4.1: n/a\n");
        assertSameRatings();
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t'})
    void theExampleSurvivesACsvWithAByteOrderMark(char delimiter) throws IOException {
        Path csv = tmp.resolve("cases.csv");
        String text = CaseSpreadsheets.exportCsv(report, fw, delimiter);
        Files.write(csv, CaseSpreadsheets.utf8("\uFEFF" + text));
        deleteCaseFiles();

        ReportFolder.Run run = importCases(csv, dir);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 38 cases from " + csv + ":");
        assertThat(Files.readString(dir.resolve("cases/out-of-court.yaml")))
                .startsWith("# 15 out-of-court cases imported from cases.csv by 'rapporteur import-cases'.");
        assertSameRatings();
    }

    @Test
    void aCsvInWindows1252WithCrLfIsRead() throws IOException {
        Path csv = tmp.resolve("cases.csv");
        String text = CaseSpreadsheets.exportCsv(report, fw, ';').replace("\r\n", "\n").replace("\n", "\r\n")
                .replace("Referral order", "Referral order \u2013 caf\u00e9");
        Files.write(csv, text.getBytes("windows-1252"));
        deleteCaseFiles();

        ReportFolder.Run run = importCases(csv, dir);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("cases/court.yaml")))
                .contains("disposal: \"Referral order \u2013 caf\u00e9\"");
    }

    @Test
    void onlyTheNamedSheetIsReadAndTypeMayComeFromTheCommandLine() throws IOException {
        Path xlsx = tmp.resolve("cases.xlsx");
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = CaseSpreadsheets.courtHeader(fw);
        header.remove(1); // no type column
        rows.add(header);
        List<Object> row = CaseSpreadsheets.courtRow(fw, "X1", q -> null);
        row.remove(1);
        rows.add(row);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Other", List.of(List.of("id", "nonsense")));
        sheets.put("Court", rows);
        CaseSpreadsheets.workbook(xlsx, sheets);

        ReportFolder.Run run = importCases(xlsx, dir, "--sheet", "court", "--type", "court", "--force");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 1 case from " + xlsx + " (sheet 'Court')")
                .contains("(replaced)");
        assertThat(Files.readString(dir.resolve("cases/court.yaml"))).contains("  - id: X1\n    type: court\n");
        assertThat(Files.readString(dir.resolve("cases/out-of-court.yaml")))
                .isEqualTo(Files.readString(Example.DIR.resolve("cases/out-of-court.yaml")));
    }

    // ------------------------------------------------------------------------------------------------ bad cells

    @Test
    void everyBadCellIsReportedBySheetRowAndColumnAndNothingIsWritten() throws IOException {
        Path xlsx = tmp.resolve("cases.xlsx");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(CaseSpreadsheets.courtHeader(fw));
        for (int i = 1; i <= 5; i++) {
            rows.add(CaseSpreadsheets.courtRow(fw, "C" + i, q -> null));
        }
        rows.add(CaseSpreadsheets.courtRow(fw, "C6", q -> switch (q) {
            case "2.1.3" -> "maybe";
            case "2.2.1" -> "";
            case "2.1.1c" -> "";
            case "2.3.2" -> Boolean.FALSE; // fine: FALSE is no
            default -> null;
        }));
        List<Object> outOfCourt = CaseSpreadsheets.courtRow(fw, "C7", q -> q.equals("2.4.3") ? "NA" : null);
        outOfCourt.set(1, "out-of-court");
        rows.add(outOfCourt);
        rows.add(CaseSpreadsheets.courtRow(fw, "C1", q -> q.equals("2.4.2b") ? 3 : null));
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Court", rows);
        CaseSpreadsheets.workbook(xlsx, sheets);
        Map<String, String> before = caseFiles();

        ReportFolder.Run run = importCases(xlsx, dir, "--force");

        assertThat(run.status()).isEqualTo(2);
        List<Object> header = CaseSpreadsheets.courtHeader(fw);
        String c213 = col(header, "2.1.3");
        assertThat(run.err())
                .contains(xlsx + ": sheet 'Court', row 7, column " + c213 + " (2.1.3): 'maybe' is not an answer;"
                        + " use yes, no or n/a")
                .contains("sheet 'Court', row 7, column " + col(header, "2.2.1") + " (2.2.1): no answer for key"
                        + " question 2.2.1")
                .contains("sheet 'Court', row 7, column " + col(header, "2.1.1c") + " (2.1.1c): no answer for"
                        + " prompt 2.1.1c")
                .contains("sheet 'Court', row 8, columns D to " + col(header, "2.4.3c") + ": out-of-court cases do"
                        + " not answer key questions 2.1.1 to 2.4.3, but " + (courtCells() - 1) + " of these cells are"
                        + " filled in; leave them blank, or correct the case's type (column B)")
                .contains("sheet 'Court', row 1: no columns for key questions 3.1.1, 3.1.2, 3.1.3, 3.2.1, 3.2.2,"
                        + " 3.2.3, 3.3.1, 3.3.2, 3.3.3, which out-of-court cases answer")
                .contains("sheet 'Court', row 9, column A (id): case id 'C1' is also used on sheet 'Court', row 2")
                .contains("sheet 'Court', row 9, column " + col(header, "2.4.2b") + " (2.4.2b): '3' is not an"
                        + " answer")
                .doesNotContain("(2.3.2)")
                .contains("7 errors; nothing was written");
        assertThat(caseFiles()).isEqualTo(before);
    }

    @Test
    void excelErrorsAndBadTypesAreReported() {
        Path xlsx = tmp.resolve("cases.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Court");
            List<Object> header = CaseSpreadsheets.courtHeader(fw);
            var h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i).toString());
            }
            List<Object> values = CaseSpreadsheets.courtRow(fw, "E1", q -> null);
            var r = sheet.createRow(1);
            for (int i = 0; i < values.size(); i++) {
                r.createCell(i).setCellValue(values.get(i).toString());
            }
            r.getCell(1).setCellValue("cort");
            var r2 = sheet.createRow(2);
            for (int i = 0; i < values.size(); i++) {
                r2.createCell(i).setCellValue(values.get(i).toString());
            }
            r2.getCell(0).setCellValue("E2");
            r2.getCell(3).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        ReportFolder.Run run = importCases(xlsx, dir, "--force");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("sheet 'Court', row 2, column B (type): 'cort' is not a case type; did you mean 'court'?")
                .contains("sheet 'Court', row 3, column D (2.1.1): '#N/A' is an Excel error, not an answer; use yes,"
                        + " no or n/a (type n/a without #)")
                .contains("2 errors; nothing was written");
    }

    @Test
    void unknownColumnsAreReportedWithSuggestions() throws IOException {
        Path csv = tmp.resolve("cases.csv");
        List<Object> header = CaseSpreadsheets.courtHeader(fw);
        header.set(2, "disposl");
        header.add("2.1.4");
        header.add("2.1.2d");
        header.add("1.1.1");
        header.add("Comments");
        header.add("# comments");
        List<Object> row = CaseSpreadsheets.courtRow(fw, "C1", q -> null);
        row.addAll(List.of("yes", "Y", "yes", "fine", "fine"));
        Files.writeString(csv, String.join(",", header.stream().map(Object::toString).toList()) + "\n"
                + String.join(",", row.stream().map(Object::toString).toList()) + "\n");

        ReportFolder.Run run = importCases(csv, dir, "--force");

        assertThat(run.status()).isEqualTo(2);
        int n = header.size();
        assertThat(run.err())
                .contains(csv + ": row 1, column C (disposl): unknown column 'disposl'; did you mean 'disposal'?")
                .contains("row 1, column " + letters(n - 5) + " (2.1.4): framework hmip-youth-2021 has no key"
                        + " question 2.1.4; did you mean")
                .contains("row 1, column " + letters(n - 4) + " (2.1.2d): key question 2.1.2 has prompts a to c;"
                        + " there is no prompt d")
                .contains("row 1, column " + letters(n - 3) + " (1.1.1): key question 1.1.1 is not answered from"
                        + " cases")
                .contains("row 1, column " + letters(n - 2) + " (Comments): unknown column 'Comments'; columns are"
                        + " id, type, disposal, then key questions (2.1.1) and prompts (2.1.1a); start a header with #"
                        + " to keep a column of notes")
                .doesNotContain("# comments")
                .contains("5 errors; nothing was written");
    }

    @Test
    void missingAndIncompleteColumnsAreReported() throws IOException {
        Path csv = tmp.resolve("cases.csv");
        Files.writeString(csv, "id,type,2.1.1,2.1.1a,2.1.1b,2.1.2a,,x\nC1,court,yes,Y,Y,Y,stray\n");

        ReportFolder.Run run = importCases(csv, dir, "--force");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("row 1, column C (2.1.1): no columns for prompts 2.1.1c, 2.1.1d, 2.1.1e, 2.1.1f, 2.1.1g,"
                        + " 2.1.1h, 2.1.1i; give a column to every prompt of 2.1.1 (a to i), or to none")
                .contains("row 1, column F (2.1.2a): there are columns for the prompts of 2.1.2 but none for the"
                        + " key question itself")
                .contains("row 1, column G: this column has entries but no header")
                .contains("row 1, column H (x): unknown column 'x'")
                .contains("row 1: no columns for key questions 2.1.3, 2.2.1, 2.2.2, 2.2.3, 2.3.1, 2.3.2, 2.3.3, 2.4.1,"
                        + " 2.4.2, 2.4.3, which court cases answer");
    }

    // ------------------------------------------------------------------------------------------------ bad files

    @Test
    void anEmptyFileIsReported() throws IOException {
        Path csv = Files.write(tmp.resolve("cases.csv"), new byte[0]);
        Path xlsx = Files.write(tmp.resolve("cases.xlsx"), new byte[0]);
        Path bomOnly = Files.write(tmp.resolve("bom.csv"), CaseSpreadsheets.utf8("\uFEFF\r\n ;;\r\n"));

        assertRefused(importCases(csv, dir), csv + ": the file is empty");
        assertRefused(importCases(xlsx, dir), xlsx + ": the file is empty");
        assertRefused(importCases(bomOnly, dir), bomOnly + ": the file has no rows");
    }

    @Test
    void anEmptyWorkbookIsReported() {
        Path xlsx = tmp.resolve("cases.xlsx");
        CaseSpreadsheets.workbook(xlsx, Map.of("Sheet1", List.of()));
        assertRefused(importCases(xlsx, dir), xlsx + ": sheet 'Sheet1': the sheet is empty");
    }

    @Test
    void aHeaderWithoutCasesIsReported() throws IOException {
        Path csv = tmp.resolve("cases.csv");
        Files.writeString(csv, "id,type,disposal\n");
        assertRefused(importCases(csv, dir), csv + ": no cases found");
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = tmp.resolve("nope.xlsx");
        assertRefused(importCases(missing, dir), missing + ": no such file");
    }

    @Test
    void aFolderIsNotASpreadsheet() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("cases.xlsx"));
        assertRefused(importCases(folder, dir), folder + ": this is a folder, not a spreadsheet");
    }

    @Test
    void aTextFileNamedXlsxIsReported() throws IOException {
        Path xlsx = tmp.resolve("cases.xlsx");
        Files.writeString(xlsx, "id,type\nC1,court\n");
        assertRefused(importCases(xlsx, dir), xlsx + ": this is not an Excel workbook: the file holds plain text;"
                + " if it is CSV, rename it to .csv");
    }

    @Test
    void aDamagedWorkbookIsReported() throws IOException {
        Path xlsx = tmp.resolve("cases.xlsx");
        CaseSpreadsheets.workbook(xlsx, Map.of("Court", List.of(List.of("id"))));
        byte[] bytes = Files.readAllBytes(xlsx);
        Files.write(xlsx, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(importCases(xlsx, dir), xlsx + ": cannot read the workbook: it is damaged or not an Excel"
                + " .xlsx file");
    }

    @Test
    void anOldXlsWorkbookIsReported() throws IOException {
        Path xls = tmp.resolve("cases.xlsx");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
            0, 0, 0, 0};
        Files.write(xls, ole2);
        assertRefused(importCases(xls, dir), "old-style .xls workbook or a password-protected one");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("cases.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SpreadsheetReader.MAX_BYTES + 1);
        }
        assertRefused(importCases(big, dir), big + ": the file is 21 MB; a case spreadsheet may be at most 20 MB");
    }

    @Test
    void aZipBombIsNotInflated() throws IOException {
        Path plain = tmp.resolve("plain.xlsx");
        CaseSpreadsheets.workbook(plain, Map.of("Court", List.of(List.of("id", "type"), List.of("C1", "court"))));
        Path bomb = tmp.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        assertRefused(importCases(bomb, dir), bomb + ": the workbook expands to far more data than its size"
                + " suggests (a possible 'zip bomb'), so it was not read");
    }

    @Test
    void sheetNamesAndCsvSheetsAreChecked() throws IOException {
        Path xlsx = tmp.resolve("cases.xlsx");
        CaseSpreadsheets.workbook(xlsx, Map.of("Court cases", List.of(List.of("id"))));
        assertRefused(importCases(xlsx, dir, "--sheet", "Court case"), xlsx + ": the workbook has no sheet"
                + " 'Court case'; did you mean 'Court cases'?");
        Path csv = Files.writeString(tmp.resolve("cases.csv"), "id\n");
        assertRefused(importCases(csv, dir, "--sheet", "Court"), csv + ": --sheet Court was given, but a CSV file"
                + " has no sheets");
        assertRefused(importCases(csv, dir, "--type", "cort"), "--type cort: not a case type of framework"
                + " hmip-youth-2021; did you mean 'court'?");
    }

    @Test
    void aReportWithoutFrameworkIsReported() throws IOException {
        Path csv = Files.writeString(tmp.resolve("cases.csv"), "id\n");
        Path nowhere = tmp.resolve("no-report");
        assertRefused(importCases(csv, nowhere), "no report folder here");
    }

    // ------------------------------------------------------------------------------------------------ overwriting

    @Test
    void existingCaseFilesAreKeptWithoutForce() throws IOException {
        Path csv = tmp.resolve("cases.csv");
        Files.writeString(csv, CaseSpreadsheets.exportCsv(report, fw, ','));
        Map<String, String> before = caseFiles();

        ReportFolder.Run run = importCases(csv, dir);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(dir.resolve("cases/court.yaml") + ": already exists; give --force to replace it with the"
                        + " court cases of cases.csv")
                .contains(dir.resolve("cases/out-of-court.yaml") + ": already exists")
                .contains(dir.resolve("cases/resettlement.yaml") + ": already exists")
                .contains("3 errors; nothing was written");
        assertThat(caseFiles()).isEqualTo(before);

        ReportFolder.Run forced = importCases(csv, dir, "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("(replaced)");
        assertThat(caseFiles().keySet()).containsExactly("court.yaml", "out-of-court.yaml", "resettlement.yaml");
        assertSameRatings();
    }

    @Test
    void idsAlreadyUsedInOtherCaseFilesAreReported() throws IOException {
        Files.move(dir.resolve("cases/court.yaml"), dir.resolve("cases/court-2025.yaml"));
        Path csv = tmp.resolve("cases.csv");
        List<Object> header = CaseSpreadsheets.courtHeader(fw);
        List<Object> row = CaseSpreadsheets.courtRow(fw, "KF-C02", q -> null);
        Files.writeString(csv, String.join(",", header.stream().map(Object::toString).toList()) + "\n"
                + String.join(",", row.stream().map(Object::toString).toList()) + "\n");

        ReportFolder.Run run = importCases(csv, dir);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(csv + ": row 2: case id 'KF-C02' is already used in ")
                .contains("court-2025.yaml:");
        assertThat(run.err()).contains("court-2025.yaml: warning: this file also holds court cases");
        assertThat(Files.exists(dir.resolve("cases/court.yaml"))).isFalse();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    void assertRefused(ReportFolder.Run run, String message) {
        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("nothing was written").doesNotContain("Exception");
        try {
            assertThat(caseFiles().keySet()).containsExactly("court.yaml", "out-of-court.yaml", "resettlement.yaml");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    int courtCells() {
        return CaseSpreadsheets.courtHeader(fw).size() - 3;
    }

    static String col(List<Object> header, String name) {
        return letters(header.indexOf(name));
    }

    static String letters(int index) {
        return org.rapporteur.load.sheet.Table.columnLetters(index);
    }
}
