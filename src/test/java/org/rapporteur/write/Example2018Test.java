package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.model.Report;
import org.rapporteur.rate.KeyQuestionResult;
import org.rapporteur.rate.RatingCalculator;
import org.rapporteur.rate.Ratings;
import org.rapporteur.rate.StandardRating;
import org.rapporteur.source.Diagnostics;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The 2018 example report (content/example-2018, framework hmip-youth-2018, template hmip-youth-2018) as
 * published: the PDF and the HTML page checked as a validator and a reader would.
 */
class Example2018Test {

    static final Path DIR = ReportFolder.project().resolve("content/example-2018");

    @TempDir
    static Path out;
    static byte[] pdf;
    static Path html;
    static Ratings ratings;
    static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        ReportFolder.Run run = Example.build(DIR, out, "--format", "pdf,html", "--final");
        assertThat(run.status()).as(run.err()).isZero();
        pdf = Files.readAllBytes(out.resolve("example-2018/example-2018.pdf"));
        html = out.resolve("example-2018/example-2018.html");
        Diagnostics d = new Diagnostics();
        Report report = ReportLoader.load(DIR, d).orElseThrow();
        ratings = RatingCalculator.rate(FrameworkLoader.load("hmip-youth-2018", null, d).orElseThrow(), report);
        pages = PdfText.pages(pdf);
    }

    static String allText() {
        return String.join("\n", pages).replaceAll("\\s+", " ");
    }

    /** Where the annex of inspection results begins in the text (its heading, not its contents line). */
    static int annex2() {
        String text = allText();
        int at = text.lastIndexOf("Annex 2: Inspection results");
        assertThat(at).isPositive();
        return at;
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
    void theExampleHasAMixOfRatingsAndDiscretionOn24() {
        assertThat(ratings.overall().name()).isEqualTo("Good");
        assertThat(ratings.standards()).extracting(s -> s.rating().name())
                .contains("Outstanding", "Good", "Requires improvement", "Inadequate");
        StandardRating reviewing = ratings.standard("2.4").orElseThrow();
        assertThat(reviewing.discretionApplied()).isTrue();
        assertThat(reviewing.calculated().name()).isEqualTo("Requires improvement");
        assertThat(reviewing.rating().name()).isEqualTo("Good");
    }

    /** In the domain chapters, each standard's heading is followed by its rating, in the framework's order. */
    @Test
    void everyStandardHeadingAndItsRatingAppearInOrder() {
        String text = allText();
        int from = text.indexOf("1. Organisational delivery", text.lastIndexOf("Key facts"));
        assertThat(from).as("domain one chapter after the key facts").isPositive();
        for (StandardRating s : ratings.standards()) {
            String heading = s.id() + ". " + s.standard().name();
            int at = text.indexOf(heading, from);
            assertThat(at).as("heading " + heading + " after position " + from).isGreaterThan(from);
            int rating = text.indexOf(s.rating().name(), at + heading.length());
            assertThat(rating).as("rating of " + s.id()).isGreaterThan(at);
            assertThat(text.substring(at + heading.length(), rating).strip()).as("between heading and rating of "
                    + s.id()).isEmpty();
            from = rating;
        }
        assertThat(from).as("the chapters come before Annex 2").isLessThan(annex2());
    }

    /** Annex 2 lists every standard with its rating and every key-question percentage, in order. */
    @Test
    void annex2ListsEveryStandardRatingAndPercentage() {
        String text = allText();
        int from = annex2();
        for (StandardRating s : ratings.standards()) {
            String heading = s.id() + ". " + s.standard().name();
            int at = text.indexOf(heading, from);
            assertThat(at).as("Annex 2 row of " + heading).isGreaterThan(from);
            String rating = s.rating().name() + (s.discretionApplied() ? "*" : "");
            int r = text.indexOf(rating, at);
            assertThat(r).as("Annex 2 rating of " + s.id()).isGreaterThan(at);
            from = r + rating.length();
            for (KeyQuestionResult k : s.keyQuestions()) {
                String cell = k.percent() + "%";
                int found = text.indexOf(cell, from);
                assertThat(found).as(k.id() + " " + cell).isGreaterThan(from);
                from = found + cell.length();
            }
        }
    }

    @Test
    void annex2ShowsTheDiscretionAsteriskAndNote() {
        String annex = allText().substring(annex2());
        StandardRating reviewing = ratings.standard("2.4").orElseThrow();
        KeyQuestionResult k = reviewing.keyQuestions().stream().filter(q -> q.id().equals("2.4.3")).findFirst()
                .orElseThrow();
        assertThat(annex).contains("Good*").contains(k.percent() + "%*");
        assertThat(annex).contains("* Professional discretion was exercised on key question 2.4.3")
                .contains("rated 'Good' rather than the 'Requires improvement'")
                .contains("change of case management system");
        assertThat(annex.indexOf(k.percent() + "%*")).isLessThan(annex.indexOf("* Professional discretion"));
    }

    @Test
    void noScoreIsPrinted() {
        assertThat(allText()).doesNotContainIgnoringCase("score").doesNotContain("/36");
        assertThat(allText()).contains("Overall rating Good");
    }

    /** Contents lines end in page numbers; each must be the page where that heading stands. */
    @Test
    void contentsPageNumbersPointAtTheirPages() {
        assertThat(PdfText.checkContentsPageNumbers(pages)).as("contents entries").isGreaterThanOrEqualTo(27);
    }


    @Test
    void pdfOutlineFollowsTheHeadings() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            List<String> titles = new ArrayList<>();
            outline.children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).contains("Foreword", "Overall findings", "Summary of ratings", "Recommendations",
                    "Introduction", "Key facts", "1. Organisational delivery", "2. Court disposals",
                    "3. Out-of-court disposals", "Annex 1: Methodology", "Annex 2: Inspection results",
                    "Annex 3: Glossary");
            assertThat(doc.getDocumentInformation().getTitle()).contains("Harbridge");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void theBarChartsHaveTheirTablesAsTextEquivalents() throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        List<Element> charts = page.select("div.bar-chart");
        assertThat(charts).hasSize(5);
        for (Element chart : charts) {
            assertThat(chart.attr("aria-hidden")).isEqualTo("true");
            assertThat(chart.select("svg, img")).isEmpty();
            assertThat(chart.select(".bar")).isNotEmpty().allSatisfy(bar -> {
                String cls = bar.classNames().stream().filter(c -> c.startsWith("inline-style-")).findFirst()
                        .orElseThrow();
                assertThat(page.select("head > style").last().data()).containsPattern("\\." + cls
                        + " \\{ width: [0-9.]+% !important; \\}");
            });
            Element table = chart.nextElementSibling();
            assertThat(table).isNotNull();
            assertThat(table.tagName()).isEqualTo("table");
            assertThat(table.select("caption").text()).endsWith("the figures in the chart");
            assertThat(table.select("thead th[scope=col]")).isNotEmpty();
            assertThat(table.select("tbody th[scope=row]")).isNotEmpty();
            // every figure drawn is in the table
            for (Element value : chart.select(".bar-value")) {
                assertThat(table.select("td").eachText()).contains(value.text());
            }
        }
        assertThat(allText()).contains("First-time entrant rate: the figures in the chart")
                .contains("Caseload by ethnicity: the figures in the chart");
    }

    @Test
    void htmlIsOneSelfContainedAccessiblePage() throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Harbridge");
        assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        int previous = 1;
        for (Element h : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading '" + h.text() + "' follows level " + previous)
                    .isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        for (Element table : page.select("table")) {
            assertThat(table.select("caption")).as("caption of a table").hasSize(1);
            assertThat(table.select("th")).allSatisfy(th -> assertThat(th.hasAttr("scope")).isTrue());
        }
        for (Element img : page.select("img")) {
            assertThat(img.attr("alt")).isNotBlank();
        }
        assertThat(page.select("link[rel=stylesheet], script, svg, img[src^=http], iframe")).isEmpty();
        assertThat(page.text()).contains("children and young people").doesNotContainIgnoringCase("score");
    }

    @Test
    void htmlPassesAxe() {
        assertThat(AxeCheck.violations(html)).isEmpty();
    }

    @Test
    void fontsAreDejaVuAndSetInEveryMarginBox() throws IOException {
        String css = Files.readString(ReportFolder.project().resolve("templates/hmip-youth-2018/report.css"));
        Matcher families = Pattern.compile("font-family:\\s*([^;]+);").matcher(css);
        while (families.find()) {
            for (String family : families.group(1).split(",")) {
                assertThat(family.strip().replace("'", "")).isIn("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono",
                        "sans-serif", "serif", "monospace");
            }
        }
        Matcher boxes = Pattern.compile("@(top|bottom|left|right)-[a-z-]+\\s*\\{([^}]*)}").matcher(css);
        int count = 0;
        while (boxes.find()) {
            assertThat(boxes.group(2)).as("margin box @" + boxes.group(1)).contains("font-family");
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
    }
}
