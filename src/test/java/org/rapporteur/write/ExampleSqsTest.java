package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.model.Letter;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Report;
import org.rapporteur.model.Section;
import org.rapporteur.source.Diagnostics;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The example Short Quality Screening letter as published: an unrated letter, checked as a reader and a validator would. */
class ExampleSqsTest {

    static final Path DIR = ReportFolder.project().resolve("content/example-sqs");
    /** The letter's title line, which the template builds from the service's area. */
    static final String TITLE = "Report of Short Quality Screening (SQS) of youth offending work in Brackenford";

    @TempDir
    static Path out;
    static byte[] pdf;
    static Path html;
    static Report report;
    static List<String> pages;
    /** The PDF's text with ligatures decomposed and all white space as single spaces. */
    static String text;

    @BeforeAll
    static void build() throws IOException {
        ReportFolder.Run run = Example.build(DIR, out, "--format", "pdf,html", "--final");
        assertThat(run.status()).as(run.err()).isZero();
        pdf = Files.readAllBytes(out.resolve("example-sqs/example-sqs.pdf"));
        html = out.resolve("example-sqs/example-sqs.html");
        Diagnostics d = new Diagnostics();
        report = ReportLoader.load(DIR, d).orElseThrow();
        assertThat(d.hasErrors()).isFalse();
        pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(flat(stripper.getText(doc)));
            }
        }
        text = String.join(" ", pages);
    }

    static String flat(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    /** Asserts each piece occurs in the text after the one before it. */
    static void inOrder(List<String> pieces) {
        int from = 0;
        for (String piece : pieces) {
            String p = flat(piece);
            int at = text.indexOf(p, from);
            assertThat(at).as("'" + p + "' after position " + from + " of the PDF text").isGreaterThanOrEqualTo(from);
            from = at + p.length();
        }
    }

    /** The first words of a piece of prose, as the PDF prints them (plain text in this example). */
    static String opening(Prose p, int words) {
        String[] w = flat(p.markdown()).split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(words, w.length)));
    }

    @Test
    void pdfIsPdfUa1() {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void pdfIsPdfA3u() {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void aShortLetterWithoutACoverAndWithPageNumbers() {
        assertThat(pages).hasSizeBetween(3, 4);
        assertThat(pages.get(0)).contains("Inspection of Youth Offending Work HM Inspectorate of Probation");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("footer of page " + (i + 1))
                    .contains("Page " + (i + 1) + " of " + pages.size())
                    .contains("SQS of youth offending work in Brackenford");
        }
    }

    @Test
    void addresseeBlockTitleAndOpeningComeFirst() {
        Letter l = report.letter();
        inOrder(List.of("HM Inspectorate of Probation", "To:", l.to(), "Copy to:", l.copyTo(), "From:", l.from(),
                "Publication date:", "12 July 2016", TITLE,
                "The inspection took place from 17 to 19 May 2016"));
        assertThat(text.indexOf("To:")).isLessThan(text.indexOf("Context"));
    }

    @Test
    void sectionsAndNumberedParagraphsAppearInOrder() {
        List<String> expected = new ArrayList<>();
        boolean commentary = false;
        int numbered = 0;
        for (Section s : report.sections()) {
            if (s.numbered()) {
                if (!commentary) {
                    expected.add("Commentary on the inspection in Brackenford:");
                    commentary = true;
                }
                numbered++;
                expected.add(numbered + ". " + s.title());
                for (int i = 0; i < s.paragraphs().size(); i++) {
                    expected.add(numbered + "." + (i + 1) + " " + opening(s.paragraphs().get(i), 6));
                }
            } else {
                expected.add(s.title());
                expected.add(opening(s.text(), 6));
            }
        }
        assertThat(numbered).isEqualTo(4);
        assertThat(expected).contains("1. Reducing reoffending", "2. Protecting the public",
                "3. Protecting the child or young person", "4. Making sure the sentence is served");
        expected.add("Key strengths");
        report.strengths().forEach(p -> expected.add(opening(p, 6)));
        expected.add("Areas requiring improvement");
        report.areasForImprovement().forEach(p -> expected.add(opening(p, 6)));
        expected.add("We would like to thank the staff of Brackenford Youth Offending Team");
        expected.add("Miriam Ashdown led this inspection.");
        expected.add("Copy list");
        report.letter().copyList().forEach(c -> {
            expected.add(c.role());
            expected.add(c.names());
        });
        expected.add("Glossary");
        report.glossary().forEach(g -> expected.add(g.term()));
        expected.add("Notes");
        expected.add("Note 1:");
        inOrder(expected);
    }

    @Test
    void noRatingsAnywhere() throws IOException {
        Pattern ratingWords = Pattern.compile("(?i:\\b(ratings?|rated|outstanding|inadequate|requires improvement)\\b)"
                + "|\\bGood\\b|★");
        assertThat(ratingWords.matcher(text).results().map(m -> m.group()).toList()).as("rating words in the PDF")
                .isEmpty();
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select(".rating, .rating-word, .star, .score")).isEmpty();
        assertThat(ratingWords.matcher(page.body().text()).results().map(m -> m.group()).toList())
                .as("rating words in the HTML").isEmpty();
    }

    @Test
    void pdfOutlineFollowsTheHeadingsAndUsesOnlyDejaVuFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            List<String> top = new ArrayList<>();
            List<String> commentary = new ArrayList<>();
            for (PDOutlineItem i : outline.children()) {
                top.add(i.getTitle());
                if (i.getTitle().startsWith("Commentary")) {
                    i.children().forEach(c -> commentary.add(c.getTitle()));
                }
            }
            assertThat(top).containsSubsequence("Context", "Summary", "Commentary on the inspection in Brackenford:",
                    "Operational management", "Key strengths", "Areas requiring improvement", "Copy list", "Glossary", "Notes");
            assertThat(commentary).containsExactly("1. Reducing reoffending", "2. Protecting the public",
                    "3. Protecting the child or young person", "4. Making sure the sentence is served");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            for (PDPage p : doc.getPages()) {
                for (COSName name : p.getResources().getFontNames()) {
                    assertThat(p.getResources().getFont(name).getName()).contains("DejaVu");
                }
            }
        }
    }

    @Test
    void finalBuildHasNoDraftMarking() {
        assertThat(text).doesNotContain("DRAFT");
    }

    @Test
    void htmlIsOneSelfContainedAccessiblePage() throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo(TITLE);
        assertThat(page.title()).isEqualTo(page.select("h1").text());
        assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.getElementById("main")).isNotNull();
        int previous = 1;
        for (Element h : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading '" + h.text() + "' follows level " + previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(page.select("table")).hasSize(3);
        for (Element table : page.select("table")) {
            assertThat(table.select("caption")).as("caption of a table").hasSize(1);
            assertThat(table.select("th")).allMatch(th -> th.hasAttr("scope"));
        }
        assertThat(page.select("table.addressee th[scope=row]").eachText())
                .containsExactly("To:", "Copy to:", "From:", "Publication date:");
        assertThat(page.select("table.copy-list tbody th[scope=row]")).hasSize(report.letter().copyList().size());
        assertThat(page.select("p.para .para-number").eachText()).startsWith("1.1", "1.2").contains("4.4");
        assertThat(page.select("link[rel=stylesheet], script, img[src^=http], iframe")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
    }

    @Test
    void htmlPassesAxe() {
        assertThat(AxeCheck.violations(html)).isEmpty();
    }
}
