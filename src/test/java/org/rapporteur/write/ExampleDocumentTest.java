package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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

/** The example report as published: the PDF and the HTML page checked as a reader and a validator would. */
class ExampleDocumentTest {

    @TempDir
    static Path out;
    static byte[] pdf;
    static Path html;
    static Ratings ratings;
    static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        ReportFolder.Run run = Example.build(Example.DIR, out, "--format", "pdf,html", "--final");
        assertThat(run.status()).as(run.err()).isZero();
        pdf = Files.readAllBytes(out.resolve("example-yjs/example-yjs.pdf"));
        html = out.resolve("example-yjs/example-yjs.html");
        Diagnostics d = new Diagnostics();
        Report report = ReportLoader.load(Example.DIR, d).orElseThrow();
        ratings = RatingCalculator.rate(FrameworkLoader.load("hmip-youth-2021", null, d).orElseThrow(), report);
        pages = PdfText.pages(pdf);
    }

    static String allText() {
        return String.join("\n", pages);
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
    void everyStandardHeadingRatingAndPercentageAppearsInOrder() {
        String text = allText().replaceAll("\\s+", " ");
        int from = text.indexOf("Domain 1: Organisational delivery", text.indexOf("Background"));
        assertThat(from).isPositive();
        for (StandardRating s : ratings.standards()) {
            String heading = s.id() + ". " + s.standard().name();
            int at = text.indexOf(heading, from);
            assertThat(at).as("heading " + heading + " after position " + from).isGreaterThan(from);
            int rating = text.indexOf(s.rating().name(), at + heading.length());
            assertThat(rating).as("rating of " + s.id()).isGreaterThan(at);
            from = rating;
            for (KeyQuestionResult k : s.keyQuestions()) {
                String cell = k.percent() + "%";
                int found = text.indexOf(cell, from);
                assertThat(found).as(k.id() + " " + cell).isGreaterThan(from);
                from = found + cell.length();
            }
        }
    }

    @Test
    void theScorePrintedIsTheCalculators() {
        assertThat(ratings.score()).isEqualTo(22);
        String ratingsPage = pages.stream().filter(p -> p.startsWith("Ratings") || p.contains("\nRatings\n"))
                .findFirst().orElseThrow();
        assertThat(ratingsPage).contains("Score " + ratings.score() + "/" + ratings.maxScore())
                .contains("Overall rating\n" + ratings.overall().name());
    }

    /** Contents lines end in page numbers; each must be the page where that heading stands. */
    @Test
    void contentsPageNumbersPointAtTheirPages() {
        assertThat(PdfText.checkContentsPageNumbers(pages)).as("contents entries").isGreaterThanOrEqualTo(25);
    }


    /** In each key-question table the lowest figure, and only the lowest, is set in bold. */
    @Test
    void theBoldCellIsTheLowest() throws IOException {
        List<String[]> cells = new ArrayList<>(); // {text, bold}
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    Matcher m = Pattern.compile("(?<![\\d.])\\d{1,3}%").matcher(text);
                    while (m.find()) {
                        if (m.start() < positions.size()) {
                            String font = positions.get(m.start()).getFont().getName();
                            cells.add(new String[] {m.group(), String.valueOf(font != null && font.contains("Bold"))});
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        int checkedTables = 0;
        int from = 0;
        for (StandardRating s : ratings.standards()) {
            if (s.keyQuestions().isEmpty()) {
                continue;
            }
            // find the table: the key questions' percentages in a row
            int start = -1;
            for (int i = from; i + s.keyQuestions().size() <= cells.size() && start < 0; i++) {
                boolean match = true;
                for (int k = 0; k < s.keyQuestions().size(); k++) {
                    match &= cells.get(i + k)[0].equals(s.keyQuestions().get(k).percent() + "%");
                }
                if (match) {
                    start = i;
                }
            }
            assertThat(start).as("key-question table of " + s.id() + " in " + cells.stream().map(c -> c[0] + "/" + c[1]).toList()).isGreaterThanOrEqualTo(0);
            for (int k = 0; k < s.keyQuestions().size(); k++) {
                assertThat(Boolean.parseBoolean(cells.get(start + k)[1])).as(s.keyQuestions().get(k).id() + " bold")
                        .isEqualTo(s.keyQuestions().get(k).lowest());
            }
            from = start + s.keyQuestions().size();
            checkedTables++;
        }
        assertThat(checkedTables).isEqualTo(7);
    }

    @Test
    void pdfOutlineFollowsTheHeadings() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            List<String> titles = new ArrayList<>();
            outline.children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).contains("Foreword", "Ratings", "Recommendations", "Domain 2: Court disposals",
                    "Annexe 3: Glossary");
            assertThat(doc.getDocumentInformation().getTitle()).contains("Kestrelford");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void finalBuildHasNoDraftMarking() {
        assertThat(allText()).doesNotContain("DRAFT");
    }

    @Test
    void aDraftBuildMarksEveryPage(@TempDir Path tmp) throws IOException {
        ReportFolder.Run run = Example.build(Example.DIR, tmp, "--format", "pdf", "--draft");
        assertThat(run.status()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(tmp.resolve("example-yjs/example-yjs-draft.pdf")))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("page " + p).contains("DRAFT");
            }
        }
    }

    @Test
    void htmlIsOneSelfContainedAccessiblePage() throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.getElementById("main")).isNotNull();
        int previous = 1;
        for (Element h : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading '" + h.text() + "' follows level " + previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        for (Element table : page.select("table")) {
            assertThat(table.select("caption")).as("caption of a table").hasSize(1);
            assertThat(table.select("th[scope]")).as("headers of '" + table.select("caption").text() + "'").isNotEmpty();
        }
        assertThat(page.select("link[rel=stylesheet], script, img[src^=http], iframe")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.text()).contains("Score 22/36");
    }

    @Test
    void htmlPassesAxe() {
        assertThat(AxeCheck.violations(html)).isEmpty();
    }
}
