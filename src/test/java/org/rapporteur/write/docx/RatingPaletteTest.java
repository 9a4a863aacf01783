package org.rapporteur.write.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;

/** The ratings the Word writer knows are the document's own: the .rating-<slug> rules of its stylesheet. */
class RatingPaletteTest {

    private static final String WELSH = """
            /* graddfeydd */
            .rating { font-weight: bold; }
            .rating-rhagorol { background-color: #0B5D1E; color: #FFFFFF; }
            .rating-da{background-color:#2f7d32;color:#fff}
            .rating-angen-gwella {
                color: #1a1a1a;
                background-color: #f2b33d;
            }
            p.rating-overall { font-size: 14pt; }
            .rating-overall { font-size: 14pt; margin: 2pt 0; }
            .rating-anfoddhaol, .other { background-color: #b3261e; color: #ffffff; }
            .ratings-key .rating-digonol { background-color: #123456; color: #ffffff; }
            @media print { .rating-argraffu { background-color: #abcdef; color: #000000; } }
            .rating-anfoddhaol { background-color: #b3261e; color: #ffffff; }
            """;

    @Test
    void readsExactlyTheRatingRulesInDocumentOrder() {
        RatingPalette p = RatingPalette.parse(WELSH);
        assertThat(p.ratings()).containsExactly(
                new RatingColours("rhagorol", "0B5D1E", "FFFFFF"),
                new RatingColours("da", "2F7D32", "FFFFFF"),
                new RatingColours("angen-gwella", "F2B33D", "1A1A1A"),
                new RatingColours("anfoddhaol", "B3261E", "FFFFFF"));
        assertThat(p.ratings()).extracting(RatingColours::paragraphStyle, RatingColours::label)
                .containsExactly(
                        tuple("RatingRhagorol", "Rhagorol"),
                        tuple("RatingDa", "Da"),
                        tuple("RatingAngenGwella", "Angen Gwella"),
                        tuple("RatingAnfoddhaol", "Anfoddhaol"));
    }

    @Test
    void aSlugGivenTwiceKeepsItsPlaceAndTakesTheLaterColours() {
        RatingPalette p = RatingPalette.parse(".rating-a { background-color: #111111; color: #222222; }"
                + ".rating-b { background-color: #333333; color: #444444; }"
                + ".rating-a { background-color: #555555; color: #666666; }");
        assertThat(p.ratings()).containsExactly(new RatingColours("a", "555555", "666666"),
                new RatingColours("b", "333333", "444444"));
    }

    @Test
    void aDocumentWithoutRatingRulesTakesTheHousePalette() {
        String xhtml = "<html><head><style>.rating { font-weight: bold; }</style></head><body/></html>";
        RatingPalette p = RatingPalette.of(Jsoup.parse(xhtml, "", Parser.xmlParser()));
        assertThat(p).isEqualTo(RatingPalette.house());
        assertThat(p.ratings()).hasSize(5).allSatisfy(r -> assertThat(r.fill()).matches("[0-9A-F]{6}"));
    }

    @Test
    void otherRatingWordsGiveWordStylesOfThoseNamesAndFills() throws IOException {
        String css = ".rating-excellent { background-color: #1b5e20; color: #ffffff; }\n"
                + ".rating-adequate { background-color: #fdd835; color: #1a1a1a; }\n"
                + ".rating-weak { background-color: #b71c1c; color: #ffffff; }\n";
        String body = "<h1>Ratings</h1><p class=\"rating rating-adequate\">Adequate</p>"
                + "<table><thead><tr><th>Area</th><th>Rating</th></tr></thead><tbody>"
                + "<tr><th scope=\"row\">One</th><td class=\"rating rating-excellent\">Excellent</td></tr>"
                + "<tr><th scope=\"row\">Two</th><td class=\"rating rating-weak\">Weak</td></tr>"
                + "<tr><th scope=\"row\">Three</th><td class=\"rating rating-good\">Good</td></tr>"
                + "</tbody></table>";
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " lang=\"en-GB\"><head><title>T</title><style type=\"text/css\">" + css + "</style></head><body>"
                + body + "</body></html>";
        RenderedDocument doc = new RenderedDocument("t", xhtml, new DocumentInfo("T", "A", "S", "k", "en-GB", false,
                Instant.parse("2026-02-01T00:00:00Z")), Path.of("."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(doc, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            for (String[] s : List.of(new String[] {"Excellent", "1B5E20"}, new String[] {"Adequate", "FDD835"},
                    new String[] {"Weak", "B71C1C"})) {
                XWPFStyle tile = d.getStyles().getStyle("Rating" + s[0]);
                assertThat(tile.getName()).isEqualTo("Rating " + s[0]);
                assertThat(tile.getCTStyle().getPPr().getShd().xmlText()).contains(s[1]);
                XWPFStyle cell = d.getStyles().getStyle("TableRating" + s[0]);
                assertThat(cell.getName()).isEqualTo("Table Rating " + s[0]);
                assertThat(cell.getCTStyle().getPPr().getShd().xmlText()).contains(s[1]);
            }
            assertThat(d.getStyles().styleExist("RatingGood")).as("no rating the document does not colour").isFalse();
            XWPFParagraph tile = d.getParagraphs().stream().filter(p -> p.getText().equals("Adequate"))
                    .findFirst().orElseThrow();
            assertThat(tile.getStyleID()).isEqualTo("RatingAdequate");
            List<XWPFTableCell> cells = d.getTables().get(0).getRows().stream().skip(1)
                    .map(r -> r.getCell(1)).toList();
            assertThat(cells).extracting(c -> c.getParagraphs().get(0).getStyleID())
                    .containsExactly("TableRatingExcellent", "TableRatingWeak", "TableText");
            assertThat(cells).extracting(XWPFTableCell::getColor).containsExactly("1B5E20", "B71C1C", null);
        }
    }
}
