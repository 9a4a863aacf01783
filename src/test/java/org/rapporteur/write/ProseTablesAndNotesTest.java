package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Markdown notes ({@code [^1]}) and pipe tables, written by an author in a foreword and a background, come out of
 * every writer as the document conventions say: the XHTML's data table (a header row of {@code th scope="col"})
 * and notes ({@code sup.fnref} marks, {@code p.footnote} after the prose, ids unique in the document, links both
 * ways); a PDF that passes PDF/UA-1 and PDF/A-3u; a web page that passes axe; a Word document with real footnotes
 * and a repeated header row, which LibreOffice opens. No raw syntax reaches any of them.
 */
class ProseTablesAndNotesTest {

    static final String FOREWORD = """
            foreword: |
              The partnership board met each month of the year.[^minutes] It agreed one plan for the
              children it works with, and reviewed it twice.[^plan]

              | Quarter | Referrals | Seen within ten days |
              |:--------|----------:|:--------------------:|
              | First   | 14        | 12                   |
              | Second  | 11        | 11[^minutes]         |

              [^minutes]: Minutes of every meeting were kept and shared with the board's members.
              [^plan]: The plan's *second review* was due after the fieldwork.
            """;

    /** A second piece of prose with a note of the same label: its ids must differ from the foreword's. */
    static final String BACKGROUND = """
            background: |
              Gatehaven is a coastal district with one youth court.[^minutes]

              [^minutes]: The court sits on Tuesdays and Thursdays.
            """;

    static final List<String> CELLS = List.of("Quarter", "Referrals", "Seen within ten days", "First", "14", "12",
            "Second", "11");
    static final List<String> NOTES = List.of("Minutes of every meeting were kept and shared with the board's members.",
            "second review", "The court sits on Tuesdays and Thursdays.");
    static final List<String> RAW = List.of("[^", "|---", "|:---", "---:|");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        // a glossary: without one the template prints an empty glossary table, which PDF/UA refuses (a table
        // header with no body), whatever the prose holds
        Path dir = ReportFolder.minimal(tmp.resolve("notes")).write("foreword.yaml", FOREWORD)
                .write("background.yaml", BACKGROUND)
                .write("glossary.yaml", "glossary:\n  - term: Board\n    definition: The partnership board.\n").dir();
        out = tmp.resolve("out");
        ReportFolder.Run run = Example.build(dir, out, "--format", "pdf,docx,html,xhtml");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).as("no error or warning about the notes or the table").doesNotContain("foreword.yaml:")
                .doesNotContain("background.yaml:");
    }

    static Path output(String extension) {
        return out.resolve("notes/notes-draft." + extension);
    }

    @Test
    void theXhtmlHasADataTableAndNotesWithIdsUniqueInTheDocument() throws IOException {
        Document xhtml = Jsoup.parse(Files.readString(output("xhtml")), "", Parser.xmlParser());
        Element foreword = xhtml.selectFirst("#foreword").parent();
        Element table = foreword.selectFirst("table");
        assertThat(table).isNotNull();
        assertThat(table.select("> thead > tr > th[scope=col]").eachText())
                .containsExactly("Quarter", "Referrals", "Seen within ten days");
        assertThat(table.select("> tbody > tr")).hasSize(2);
        assertThat(table.select("> tbody td").eachText()).containsExactly("First", "14", "12", "Second", "11", "111");
        assertThat(table.select("th, td").eachAttr("style")).contains("text-align: right", "text-align: center");

        // every mark links to a note and every note back to its first mark; no id twice in the document
        var marks = xhtml.select("sup.fnref > a[href^=#fn-m]");
        assertThat(marks).hasSize(4);
        var notes = xhtml.select("p.footnote[id^=fn-m]");
        assertThat(notes.eachText()).anyMatch(t -> t.startsWith("1 Minutes of every meeting"))
                .anyMatch(t -> t.startsWith("2 The plan's second review"))
                .anyMatch(t -> t.startsWith("1 The court sits"));
        for (Element a : marks) {
            assertThat(xhtml.select("p.footnote[id=" + a.attr("href").substring(1) + "]")).as(a.outerHtml())
                    .hasSize(1);
        }
        assertThat(xhtml.select("p.footnote[id^=fn-m] > sup:first-child > a")).hasSize(3);
        for (Element note : xhtml.select("p.footnote[id^=fn-m] > sup:first-child > a")) {
            assertThat(xhtml.select("sup.fnref > a[id=" + note.attr("href").substring(1) + "]")).hasSize(1);
        }
        List<String> ids = xhtml.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).as("ids unique").hasSameSizeAs(ids);
        assertThat(foreword.select("p.footnote")).as("the foreword's notes after its prose").hasSize(2);
        assertThat(foreword.select("table ~ p.footnote")).hasSize(2);
        RAW.forEach(raw -> assertThat(xhtml.body().text()).doesNotContain(raw));
    }

    @Test
    void thePdfPrintsTheTableAndTheNotesAndPassesPdfUaAndPdfA() throws IOException {
        byte[] pdf = Files.readAllBytes(output("pdf"));
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        String text = String.join("\n", PdfText.pages(pdf)).replaceAll("\\s+", " ");
        CELLS.forEach(cell -> assertThat(text).contains(cell));
        NOTES.forEach(note -> assertThat(text).contains(note));
        RAW.forEach(raw -> assertThat(text).doesNotContain(raw));
    }

    @Test
    void theWebPagePassesAxeAndItsNotesLinkBothWays() throws IOException {
        assertThat(AxeCheck.violations(output("html"))).isEmpty();
        Document html = Jsoup.parse(Files.readString(output("html")));
        for (Element a : html.select("a[href^=#fn]")) {
            assertThat(html.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
        }
        assertThat(html.select("a[href^=#fnref-]")).as("links back from the notes").hasSize(3);
        RAW.forEach(raw -> assertThat(html.body().text()).doesNotContain(raw));
    }

    @Test
    void wordHasRealFootnotesAndATableWithARepeatedHeaderRow() throws Exception {
        try (InputStream in = Files.newInputStream(output("docx")); XWPFDocument doc = new XWPFDocument(in)) {
            Set<String> footnotes = new HashSet<>();
            for (XWPFFootnote f : doc.getFootnotes()) {
                f.getParagraphs().forEach(p -> footnotes.add(p.getText().strip()));
            }
            assertThat(footnotes).anyMatch(t -> t.contains(NOTES.get(0))).anyMatch(t -> t.contains(NOTES.get(1)))
                    .anyMatch(t -> t.contains(NOTES.get(2)));
            XWPFTable table = doc.getTables().stream().filter(t -> t.getText().contains("Seen within ten days"))
                    .findFirst().orElseThrow();
            assertThat(table.getRow(0).isRepeatHeader()).as("the header row repeats").isTrue();
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("Second");
            String body = doc.getDocument().getBody().xmlText();
            assertThat(body).as("notes are footnotes, not text").doesNotContain("Minutes of every meeting")
                    .contains("footnoteReference");
            RAW.forEach(raw -> assertThat(body).doesNotContain(raw));
        }
        Path pdf = libreOfficePdf(output("docx"));
        String text = pdfText(pdf);
        CELLS.forEach(cell -> assertThat(text).contains(cell));
        NOTES.forEach(note -> assertThat(text).contains(note));
        RAW.forEach(raw -> assertThat(text).doesNotContain(raw));
    }

    @Test
    void aCouncilPackAndItsReportNumberTheirNotesApart(@TempDir Path parent) throws IOException {
        Path report = Example.copyTo(parent);
        Path pack = Example.copyTree(ReportFolder.project().resolve("content/example-council-pack"),
                parent.resolve("example-council-pack"));
        append(report.resolve("foreword.yaml"), "foreword", "The report's own note.");
        append(pack.resolve("cover.yaml"), "executiveSummary", "The pack's own note.");
        ReportFolder.Run run = Example.build(pack, parent.resolve("out"), "--format", "xhtml");
        assertThat(run.status()).as(run.err()).isZero();
        Document xhtml = Jsoup.parse(Files.readString(parent.resolve("out/example-council-pack/"
                + "example-council-pack-draft.xhtml")), "", Parser.xmlParser());
        assertThat(xhtml.select("p.footnote").eachText()).contains("1 The report's own note.", "1 The pack's own note.");
        List<String> ids = xhtml.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).as("ids unique").hasSameSizeAs(ids);
        for (Element a : xhtml.select("a[href^=#]")) {
            assertThat(xhtml.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
        }
    }

    /** A mark at the end of the first line of a prose value, and its note after the value's text. */
    private static void append(Path file, String key, String note) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        int at = lines.indexOf(key + ": |");
        assertThat(at).as(key + " in " + file).isNotNegative();
        lines.set(at + 1, lines.get(at + 1) + "[^n]");
        int end = at + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith("  "))) {
            end++;
        }
        lines.add(end, "");
        lines.add(end + 1, "  [^n]: " + note);
        Files.write(file, lines);
    }

    /** The Word document as LibreOffice prints it. */
    static Path libreOfficePdf(Path docx) throws Exception {
        Path dir = tmp.resolve("libreoffice");
        Files.createDirectories(dir);
        run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
        assertThat(pdf).as("LibreOffice made a PDF").exists();
        return pdf;
    }

    static String pdfText(Path pdf) throws Exception {
        Path txt = pdf.resolveSibling("notes.txt");
        run(pdf.getParent(), "pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString());
        return Files.readString(txt, StandardCharsets.UTF_8).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    static void run(Path dir, String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(command[0] + " is not installed: install LibreOffice and Poppler (apt-get install -y "
                    + "libreoffice-writer-nogui poppler-utils)");
            return;
        }
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command[0] + " did not finish in 180 s");
        }
        assertThat(p.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
    }
}
