package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.model.Recommendation;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostics;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The example council pack (content/example-council-pack): a council's cover report, the Kestrelford inspection
 * report as Appendix A and the partnership board's improvement plan as Appendix B, built from copies of both
 * folders, as a reader, a validator and Word (through LibreOffice) see it.
 */
class CouncilPackTest {

    static final Path PACK = ReportFolder.project().resolve("content/example-council-pack");
    static final String APPENDIX_A = "Appendix A: the inspection report";
    static final String APPENDIX_B = "Appendix B: improvement plan";
    static final String OFFICE_HINT = "install LibreOffice and Poppler (apt-get update && apt-get install -y"
            + " libreoffice-writer-nogui poppler-utils); .ci/run does";

    @TempDir
    static Path tmp;
    static Path pack;
    static Path out;
    static byte[] pdf;
    static byte[] docx;
    static Path html;
    static List<Recommendation> recommendations;
    /** The PDF's pages as text, white space collapsed. */
    static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        pack = copyBoth(tmp.resolve("content"));
        out = tmp.resolve("out");
        ReportFolder.Run run = Example.build(pack, out, "--final");
        assertThat(run.status()).as(run.out() + run.err()).isZero();
        Path dir = out.resolve("example-council-pack");
        pdf = Files.readAllBytes(dir.resolve("example-council-pack.pdf"));
        docx = Files.readAllBytes(dir.resolve("example-council-pack.docx"));
        html = dir.resolve("example-council-pack.html");
        recommendations = recommendationsOf(pack.resolveSibling("example-yjs"));
        assertThat(recommendations).hasSize(7);
        pages = pages(pdf);
    }

    /** Copies the example report and the pack into {@code parent} (the pack names its report as ../example-yjs). */
    static Path copyBoth(Path parent) {
        Example.copyTo(parent);
        return Example.copyTree(PACK, parent.resolve("example-council-pack"));
    }

    static List<Recommendation> recommendationsOf(Path report) {
        Diagnostics d = new Diagnostics();
        Report r = ReportLoader.load(report, d).orElseThrow();
        assertThat(d.hasErrors()).as("the example report loads").isFalse();
        return r.allRecommendations();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        List<String> list = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                list.add(flat(stripper.getText(doc)));
            }
        }
        return list;
    }

    static String flat(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The text of the PDF's Appendix B: the pages whose footer says so. */
    static String appendixB(List<String> pages) {
        List<String> b = pages.stream().filter(p -> p.contains("Appendix B – page")).toList();
        assertThat(b).as("pages of Appendix B").isNotEmpty();
        assertThat(b.get(0)).contains(APPENDIX_B);
        return String.join(" ", b);
    }

    static int count(String text, String piece) {
        int n = 0;
        for (int i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + piece.length())) {
            n++;
        }
        return n;
    }

    /** Asserts each piece occurs in the text after the one before it. */
    static void inOrder(String text, List<String> pieces) {
        int from = 0;
        for (String piece : pieces) {
            String p = flat(piece);
            int at = text.indexOf(p, from);
            assertThat(at).as("'%s' after position %d", p, from).isGreaterThanOrEqualTo(from);
            from = at + p.length();
        }
    }

    // ------------------------------------------------------------------------------------ (a) the plan's rows

    @Test
    void everyRecommendationIsInAppendixBOnceWordForWordInThePdf() {
        String b = appendixB(pages);
        for (Recommendation r : recommendations) {
            assertThat(count(b, flat(r.text().markdown()))).as("recommendation %d in Appendix B", r.number())
                    .isEqualTo(1);
        }
        // the board's own rows are there too, marked
        assertThat(count(b, "Added by the board")).isEqualTo(2);
        assertThat(b).contains("B1", "B2", "At risk", "Off track", "On track", "Complete", "Not started");
    }

    @Test
    void everyRecommendationIsInAppendixBOnceWordForWordInTheDocx() throws IOException {
        String b = docxAppendixB(docx);
        for (Recommendation r : recommendations) {
            assertThat(count(b, flat(r.text().markdown()))).as("recommendation %d in the Word plan", r.number())
                    .isEqualTo(1);
        }
    }

    /** The text of the Word document's tables after the Appendix B heading, cell by cell. */
    /** In Word, Appendix A is a section numbered from 1 and Appendix B a landscape section numbered from 1. */
    @Test
    void wordGivesTheAppendicesSectionsOfTheirOwn() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr> sections = new java.util.ArrayList<>();
            for (var p : doc.getParagraphs()) {
                if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(3);
            assertThat(sections.get(0).isSetPgNumType()).as("the cover report continues its numbering").isFalse();
            assertThat(sections.get(1).getPgNumType().getStart().intValue()).as("Appendix A from page 1").isEqualTo(1);
            assertThat(sections.get(2).getPgNumType().getStart().intValue()).as("Appendix B from page 1").isEqualTo(1);
            assertThat(sections.get(2).getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(sections.get(1).getPgSz().getOrient().toString()).isEqualTo("portrait");
        }
    }

    static String docxAppendixB(byte[] docx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            boolean in = false;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p && p.getText().strip().equals(APPENDIX_B)) {
                    assertThat(p.getStyle()).isEqualTo("Heading1");
                    in = true;
                } else if (in && e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            text.append(cell.getText()).append(" | ");
                        }
                    }
                }
            }
            assertThat(in).as("a Heading 1 '%s' in the .docx", APPENDIX_B).isTrue();
        }
        assertThat(text).as("the plan's table in the .docx").isNotEmpty();
        return flat(text.toString());
    }

    // ------------------------------------------------------------------- (b) the plan follows the report

    @Test
    void changingARecommendationInTheReportChangesThePlan(@TempDir Path other) throws IOException {
        Path copy = copyBoth(other.resolve("content"));
        Path file = copy.resolveSibling("example-yjs").resolve("recommendations.yaml");
        String old = recommendations.get(2).text().markdown().strip();
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(yaml).contains(old);
        String changed = "publish monthly waiting times for emotional and mental health support for children"
                + " known to the YJS, and agree a maximum wait with the partnership board";
        Files.writeString(file, yaml.replace(old, changed), StandardCharsets.UTF_8);
        ReportFolder.Run run = Example.build(copy, other.resolve("out"), "--format", "pdf,docx");
        assertThat(run.status()).as(run.out() + run.err()).isZero();
        Path dir = other.resolve("out/example-council-pack");
        String b = appendixB(pages(Files.readAllBytes(dir.resolve("example-council-pack-draft.pdf"))));
        assertThat(count(b, changed)).isEqualTo(1);
        assertThat(b).doesNotContain(flat(old));
        String word = docxAppendixB(Files.readAllBytes(dir.resolve("example-council-pack-draft.docx")));
        assertThat(count(word, changed)).isEqualTo(1);
        assertThat(word).doesNotContain(flat(old));
    }

    // --------------------------------------------------------------------------------- (c) PDF/UA, PDF/A

    @Test
    void pdfIsPdfUa1() {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void pdfIsPdfA3u() {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void pdfHasThePacksPropertiesAndOneTitle() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle())
                    .isEqualTo("Inspection of Kestrelford Youth Justice Service by HM Inspectorate of Probation");
            assertThat(info.getAuthor()).contains("Director of Children's Services", "Kestrelford County Council");
            assertThat(info.getSubject()).contains("Children and Young People Scrutiny Panel", "12 March 2026");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        var page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Children and Young People Scrutiny Panel");
        assertThat(page.select("img[src^=data:image/png]").attr("alt")).isEqualTo("Kestrelford County Council emblem");
    }

    // ----------------------------------------------------------------------------- (d) Word, via LibreOffice

    @Test
    void libreOfficeOpensTheDocxAndItHoldsTheCoverReportThenAppendixAThenAppendixB(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("example-council-pack.docx");
        Files.write(file, docx);
        run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), file.toString());
        Path converted = dir.resolve("example-council-pack.pdf");
        assertThat(converted).as("LibreOffice made a PDF of the .docx").exists();
        run(dir, "pdftotext", "-enc", "UTF-8", converted.toString(), dir.resolve("out.txt").toString());
        String text = flat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>(List.of("Kestrelford County Council",
                "Children and Young People Scrutiny Panel", "Date", "12 March 2026", "Report of",
                "Dr Miriam Lockwood, Director of Children's Services", "Subject", "Status", "Open",
                "Contribution to our aims", "Executive summary", "Matters for consideration",
                "1. Background and issues", "2. Risks and opportunities",
                "3. Reputation and communications considerations", "4. Financial considerations",
                "5. Children and young people implications", "6. Climate change and environmental implications",
                "7. Financial implications", "8. Monitoring comments", "9. Background papers",
                "10. Contact officers", "Summary of the inspection ratings", "Score 22/36",
                APPENDIX_A, "HM Inspectorate of Probation", "Kestrelford YJS", "Foreword", "Ratings",
                "Recommendations", "2.1. Assessment", "Annexe 3: Glossary", APPENDIX_B));
        recommendations.forEach(r -> expected.add(r.text().markdown()));
        inOrder(text, expected);
        // the figures in the council's prose were filled in from the report
        assertThat(text).contains("rated 'Good' overall, with a score of 22 out of 36")
                .doesNotContain("{{");
    }

    static void run(Path dir, String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(command[0] + " is not installed: " + OFFICE_HINT);
            return;
        }
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command[0] + " did not finish in 240 s");
        }
        assertThat(p.exitValue()).as("%s: %s", command[0], new String(output, StandardCharsets.UTF_8)).isZero();
    }

    // -------------------------------------------------------------------------- (e) Appendix A's numbering

    @Test
    void appendixANumbersItsOwnPagesFromItsCover() {
        int cover = -1;
        for (int i = 0; i < pages.size() && cover < 0; i++) {
            if (pages.get(i).startsWith(APPENDIX_A) || pages.get(i).contains(APPENDIX_A + " HM Inspectorate")) {
                cover = i;
            }
        }
        assertThat(cover).as("the page with Appendix A's label and the report's cover").isGreaterThan(3);
        assertThat(pages.get(cover)).contains("Kestrelford YJS").doesNotContain("page 1");
        assertThat(pages.get(cover + 1)).contains("Appendix A – page 2");
        assertThat(pages.get(cover + 2)).contains("Appendix A – page 3");
        // the cover report before it counts from 1, and Appendix B starts again
        assertThat(pages.get(0)).contains("Page 1");
        assertThat(pages.get(cover - 1)).contains("Page " + cover);
        int b = 0;
        while (!pages.get(b).contains("Appendix B – page")) {
            b++;
        }
        assertThat(pages.get(b)).contains("Appendix B – page 1").contains(APPENDIX_B);
        assertThat(pages.get(b - 1)).contains("Appendix A – page " + (b - cover));
    }

    // ------------------------------------------------------------------------ (f) check finds bad references

    @Test
    void checkReportsAnUnknownRecommendationAndAreaAtTheirPlace(@TempDir Path other) throws IOException {
        Path copy = copyBoth(other.resolve("content"));
        Path plan = copy.resolve("plan.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(plan, StandardCharsets.UTF_8));
        int rec = lines.indexOf("    - recommendation: 7");
        int area = lines.indexOf("        - area: \"1.3/4\"");
        assertThat(rec).isPositive();
        assertThat(area).isPositive();
        lines.set(rec, "    - recommendation: 12");
        lines.set(area, "        - area: \"1.3/9\"");
        Files.write(plan, lines, StandardCharsets.UTF_8);

        ReportFolder.Run run = ReportFolder.run("check", copy.toString());
        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(2);
        String all = run.out() + run.err();
        assertThat(all).contains(plan + ":" + (rec + 1) + ":" + (lines.get(rec).indexOf("recommendation") + 1)
                + ": error: the report has no recommendation 12");
        assertThat(all).contains(plan + ":" + (area + 1) + ":" + (lines.get(area).indexOf("area") + 1)
                + ": error: the report has no area for improvement 1.3/9");
        assertThat(all).contains("standard 1.3 has areas 1 to 5");
    }

    // ----------------------------------------------------------------------------------- (g) accessible HTML

    @Test
    void htmlHasNoAccessibilityViolations() {
        assertThat(AxeCheck.violations(html)).isEmpty();
    }
}
