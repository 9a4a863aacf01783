package org.rapporteur.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.check.ReportChecker;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.model.Report;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.rate.RatingCalculator;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.HouseStyle;
import org.rapporteur.write.Writers;

/**
 * A framework with rating words of its own (four ratings shown in Welsh, its own colours and its own "not rated")
 * goes through load, rate, render and every writer without a line of Java that knows it: the words come out in
 * the PDF, the Word document and the HTML, the colours in the stylesheet, and no HM Inspectorate of Probation
 * rating word anywhere. The framework, a minimal report and its template are test resources.
 */
class OtherRatingWordsTest {

    static final Path HERE = ReportFolder.project().resolve("src/test/resources/org/rapporteur/render/vocabulary");
    static final List<String> WORDS = List.of("Rhagorol", "Da", "Digonol", "Gwan");
    static final List<String> HMIP_WORDS = List.of("Outstanding", "Requires improvement", "Inadequate", "Not rated");

    static Framework framework;
    static Map<String, byte[]> outputs;

    @BeforeAll
    static void build(@TempDir Path tmp) throws IOException {
        Path templates = tmp.resolve("templates");
        copy(Example.TEMPLATES.resolve("common"), templates.resolve("common"));
        copy(HERE.resolve("templates/fourfold-report"), templates.resolve("fourfold-report"));

        Diagnostics d = new Diagnostics();
        Report report = ReportLoader.load(HERE.resolve("report"), d).orElseThrow(() -> new AssertionError(d.all()));
        framework = FrameworkLoader.load(HERE.resolve("frameworks"), report.metadata().framework(),
                report.metadata().frameworkAt(), d).orElseThrow(() -> new AssertionError(d.all()));
        ReportChecker.check(framework, report, d);
        assertThat(d.hasErrors()).as(d.all().toString()).isFalse();
        RatedReport rated = new RatedReport(report, framework, RatingCalculator.rate(framework, report));
        RenderedDocument document = new DocumentRenderer(templates).render(rated, true, d)
                .orElseThrow(() -> new AssertionError(d.all()));
        HouseStyle style = HouseStyle.load(templates.resolve("fourfold-report"), d)
                .orElseThrow(() -> new AssertionError(d.all()));
        outputs = new LinkedHashMap<>();
        for (String format : List.of("pdf", "docx", "html", "xhtml")) {
            DocumentWriter writer = Writers.create(format, style).orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(document, out);
            outputs.put(format, out.toByteArray());
        }
        assertThat(d.hasErrors()).as(d.all().toString()).isFalse();
    }

    @Test
    void theFrameworkIsReadFromItsFolderWithItsOwnScale() {
        assertThat(framework.ratingNames()).containsExactly("Weak", "Adequate", "Good", "Excellent");
        assertThat(framework.ratingsHighestFirst()).extracting(r -> r.label().word())
                .containsExactlyElementsOf(WORDS);
        assertThat(framework.topRating().orElseThrow().name()).isEqualTo("Excellent");
        assertThat(framework.rating("Weak").orElseThrow().label().colour()).as("colours in lower case")
                .isEqualTo("#922b21");
        assertThat(framework.notRated().word()).isEqualTo("Heb ei farnu");
        assertThat(FrameworkLoader.available()).as("a test framework is not shipped").doesNotContain("fourfold-2025");
    }

    @Test
    void thePdfPrintsTheFrameworksWords() throws IOException {
        String text = pdfText(outputs.get("pdf"));
        assertThat(text).contains("Rhagorol ★", "Digonol", "Gwan", "Heb ei farnu", "Rhag.", "Dig.")
                .contains("Overall\nDa");
        HMIP_WORDS.forEach(w -> assertThat(text).doesNotContain(w));
    }

    @Test
    void thePdfPaintsTheTilesInTheFrameworksColours() throws IOException {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        try (PDDocument doc = Loader.loadPDF(outputs.get("pdf"))) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                    .renderImageWithDPI(0, 50);
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    colours.add(page.getRGB(x, y) & 0xffffff);
                }
            }
        }
        assertThat(colours).contains(0x1b4f72, 0x2e86c1, 0x922b21, 0xd5d8dc).doesNotContain(0x0b5d1e, 0x2f7d32);
    }

    @Test
    void theHtmlShowsTheWordsOnTilesColouredByTheFramework() {
        for (String format : List.of("html", "xhtml")) {
            String page = new String(outputs.get(format), StandardCharsets.UTF_8);
            assertThat(page).as(format)
                    .contains(".rating-excellent { background-color: #1b4f72; color: #fdfefe; }")
                    .contains(".rating-good { background-color: #2e86c1; color: #ffffff; }")
                    .contains(".rating-adequate { background-color: #f4d03f; color: #1a1a1a; }")
                    .contains(".rating-weak { background-color: #922b21; color: #ffffff; }")
                    .contains(".rating-heb-ei-farnu { background-color: #d5d8dc; color: #17202a; }")
                    .contains("<p class=\"rating rating-good rating-overall\"><span class=\"rating-word\">Da</span></p>")
                    .contains("<td class=\"rating rating-excellent\"><span class=\"rating-word\">Rhagorol</span>"
                            + " <span class=\"star\">★</span></td>")
                    .contains("<td class=\"rating rating-weak\"><span class=\"rating-word\">Gwan</span></td>")
                    .contains("<td class=\"rating rating-heb-ei-farnu\"><span class=\"rating-word\">Heb ei farnu</span>"
                            + "</td>")
                    .contains("Vision is rated 'Rhagorol', and the service overall 'Da'.")
                    .doesNotContain("rating-outstanding", "rating-not-rated");
            HMIP_WORDS.forEach(w -> assertThat(page).as(format).doesNotContain(w));
        }
    }

    @Test
    void theWordDocumentHasTheWords() throws IOException {
        String body = docxText(outputs.get("docx"));
        WORDS.forEach(w -> assertThat(body).contains(">" + w + "<"));
        assertThat(body).contains(">Heb ei farnu<");
        HMIP_WORDS.forEach(w -> assertThat(body).doesNotContain(w));
        // the tiles take the framework's colours (from the document's stylesheet), as cell and paragraph fills
        assertThat(body).contains("w:fill=\"1B4F72\"", "w:fill=\"2E86C1\"", "w:fill=\"922B21\"", "w:fill=\"D5D8DC\"")
                .doesNotContain("w:fill=\"0B5D1E\"");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.createDirectories(to.resolve(from.relativize(p).toString()).getParent());
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
