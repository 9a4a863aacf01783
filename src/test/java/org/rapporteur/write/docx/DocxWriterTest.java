package org.rapporteur.write.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.rapporteur.Example;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.render.DocumentRenderer;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.write.DocumentWriter;

/** The Word writer on the real example report, read back with POI and opened in LibreOffice. */
class DocxWriterTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final Path KIND = Example.TEMPLATES.resolve("hmip-youth-full");
    static final String DOC_PR = "declare namespace wp="
            + "'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:docPr";

    static RenderedDocument draft;
    static RenderedDocument fin;
    static Document xhtml;
    static DocxWriter writer;
    static byte[] draftDocx;
    static byte[] finalDocx;

    @BeforeAll
    static void render() throws IOException {
        draft = renderExample(true);
        fin = renderExample(false);
        xhtml = Jsoup.parse(fin.xhtml(), "", Parser.xmlParser());
        writer = DocxWriter.forTemplateFolder(KIND);
        draftDocx = write(writer, draft);
        finalDocx = write(writer, fin);
    }

    static RenderedDocument renderExample(boolean isDraft) {
        Diagnostics d = new Diagnostics();
        RatedReport rated = org.rapporteur.build.Pipeline.rated(Example.DIR, d).orElse(null);
        assertThat(d.hasErrors()).as("the example report checks clean: %s", d.all()).isFalse();
        assertThat(rated).isNotNull();
        return new DocumentRenderer(Example.TEMPLATES).render(rated, isDraft, d).orElseThrow();
    }

    static byte[] write(DocumentWriter w, RenderedDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(doc, out);
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String norm(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The outline level a paragraph style gives (0 = Heading 1), following basedOn; null for body text. */
    static Integer outlineLevel(XWPFDocument doc, String styleId) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            XWPFStyle s = doc.getStyles().getStyle(id);
            if (s == null) {
                return null;
            }
            CTStyle ct = s.getCTStyle();
            if (ct.getPPr() != null && ct.getPPr().isSetOutlineLvl()) {
                int level = ct.getPPr().getOutlineLvl().getVal().intValue();
                return level >= 9 ? null : level;
            }
            id = s.getBasisStyleID();
        }
        return null;
    }

    static List<XWPFParagraph> bodyParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void formatAndTheReportKindsReferenceDocument() {
        assertThat(writer.format()).isEqualTo("docx");
        assertThat(writer.extension()).isEqualTo("docx");
        assertThat(writer.referenceDocx()).contains(KIND.resolve("reference.docx").toAbsolutePath().normalize());
        assertThat(DocxWriter.forTemplateFolder(Example.TEMPLATES.resolve("no-such-kind")).referenceDocx()).isEmpty();
    }

    @Test
    void headingsAreTheTitleAndHeadingOneToThreeInTheDocumentsOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Element h : xhtml.select("h1, h2, h3, h4")) {
            if (h.closest("div.contents") != null) {
                continue;
            }
            int level = h.normalName().charAt(1) - '0';
            expected.add((level == 1 ? "Title" : "Heading " + (level - 1)) + ": " + norm(h.text()));
        }
        List<String> actual = new ArrayList<>();
        try (XWPFDocument doc = open(finalDocx)) {
            for (XWPFParagraph p : bodyParagraphs(doc)) {
                if ("Title".equals(p.getStyleID())) {
                    actual.add("Title: " + norm(p.getText()));
                    continue;
                }
                Integer level = outlineLevel(doc, p.getStyleID());
                if (level != null && level <= 2) {
                    actual.add("Heading " + (level + 1) + ": " + norm(p.getText()));
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(45).contains("Title: Kestrelford YJS", "Heading 2: 2.1. Assessment",
                "Heading 3: Good practice example");
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void contentsIsATocFieldUnderAContentsParagraphThatIsNotAHeading() throws IOException {
        try (XWPFDocument doc = open(finalDocx)) {
            String body = doc.getDocument().xmlText();
            assertThat(body).contains(" TOC \\o \"1-2\" \\h \\z \\u ");
            XWPFParagraph contents = bodyParagraphs(doc).stream().filter(p -> p.getText().equals("Contents"))
                    .findFirst().orElseThrow();
            assertThat(contents.getStyleID()).isEqualTo("TOCHeading");
            assertThat(outlineLevel(doc, contents.getStyleID())).isNull();
            assertThat(contents.isPageBreak()).isTrue();
            // the field's result is the document's own contents list, linked to bookmarks at the headings
            int links = xhtml.select("div.contents a[href^=#]").size();
            assertThat(bodyParagraphs(doc).stream().filter(p -> p.getStyleID() != null
                    && p.getStyleID().startsWith("TOC") && !p.getStyleID().equals("TOCHeading"))).hasSize(links);
            assertThat(body).contains("w:anchor=\"standard_2_1\"", "w:name=\"standard_2_1\"");
            assertThat(doc.getSettings().getCTSettings().xmlText()).contains("updateFields");
        }
    }

    @Test
    void everyTableHasItsCaptionAboveAndAHeaderRowRepeatedOnEveryPage() throws IOException {
        List<Element> tables = xhtml.select("table");
        try (XWPFDocument doc = open(finalDocx)) {
            List<XWPFTable> docTables = doc.getTables();
            assertThat(docTables).hasSize(tables.size());
            List<IBodyElement> body = doc.getBodyElements();
            for (int i = 0; i < tables.size(); i++) {
                XWPFTable t = docTables.get(i);
                Element html = tables.get(i);
                assertThat(t.getRows()).as("rows of table %s", i).hasSize(html.select("tr").size());
                XWPFTableRow header = t.getRow(0);
                assertThat(header.isRepeatHeader()).as("header of table %s repeats", i).isTrue();
                assertThat(norm(header.getCell(0).getText())).isEqualTo(norm(html.selectFirst("thead th").text()));
                assertThat(t.getRows().subList(1, t.getRows().size())).noneMatch(XWPFTableRow::isRepeatHeader);
                IBodyElement before = body.get(body.indexOf(t) - 1);
                assertThat(before).isInstanceOf(XWPFParagraph.class);
                XWPFParagraph caption = (XWPFParagraph) before;
                assertThat(caption.getStyleID()).isEqualTo("Caption");
                Element c = html.selectFirst("caption").clone();
                c.select("sup").remove();
                assertThat(norm(caption.getText())).startsWith(norm(c.text()));
                assertThat(t.getCTTbl().getTblPr().getTblStyle().getVal()).isEqualTo("TableGrid");
            }
        }
    }

    @Test
    void footnotesAreRealWordFootnotesAndTheirParagraphsAreNotPrinted() throws IOException {
        List<Element> notes = xhtml.select("p.footnote");
        assertThat(notes).hasSize(8);
        try (XWPFDocument doc = open(finalDocx)) {
            List<XWPFFootnote> real = doc.getFootnotes().stream()
                    .filter(f -> f.getCTFtnEdn().getType() == null || f.getCTFtnEdn().getType() == STFtnEdn.NORMAL)
                    .toList();
            assertThat(real).hasSize(notes.size());
            String body = doc.getDocument().xmlText();
            assertThat(body.split("<w:footnoteReference ", -1)).hasSize(notes.size() + 1);
            for (int i = 0; i < notes.size(); i++) {
                Element note = notes.get(i).clone();
                note.select("sup").remove();
                String text = norm(note.text());
                assertThat(norm(real.get(i).getParagraphs().get(0).getText())).endsWith(text);
                assertThat(real.get(i).getParagraphs().get(0).getStyleID()).isEqualTo("FootnoteText");
                assertThat(body).as("the note is not printed in the text").doesNotContain(text);
            }
            // '*' is a custom mark; numbered notes are Word's own numbering
            assertThat(body).contains("w:customMarkFollows");
        }
    }

    @Test
    void numberedListsRestartWhereEachOlSays() throws IOException {
        List<Element> lists = xhtml.select("ol");
        assertThat(lists).extracting(ol -> ol.attr("start")).containsExactly("1", "3", "4", "6");
        try (XWPFDocument doc = open(finalDocx)) {
            Map<BigInteger, Integer> items = new LinkedHashMap<>();
            for (XWPFParagraph p : bodyParagraphs(doc)) {
                if ("ListNumber".equals(p.getStyleID())) {
                    items.merge(p.getNumID(), 1, Integer::sum);
                }
            }
            assertThat(items).hasSize(lists.size());
            XWPFNumbering numbering = doc.getNumbering();
            int i = 0;
            for (Map.Entry<BigInteger, Integer> e : items.entrySet()) {
                Element ol = lists.get(i++);
                assertThat(e.getValue()).isEqualTo(ol.select("> li").size());
                CTNumLvl override = numbering.getNum(e.getKey()).getCTNum().getLvlOverrideArray(0);
                assertThat(override.getStartOverride().getVal().intValue())
                        .isEqualTo(Integer.parseInt(ol.attr("start")));
                BigInteger abstractId = numbering.getAbstractNumID(e.getKey());
                assertThat(numbering.getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0).getStart().getVal()
                        .intValue()).isEqualTo(Integer.parseInt(ol.attr("start")));
            }
            // bullets are real lists too
            long bullets = bodyParagraphs(doc).stream().filter(p -> "ListBullet".equals(p.getStyleID())
                    && p.getNumID() != null).count();
            assertThat(bullets).isEqualTo(xhtml.select("ul:not(.toc) > li").size());
        }
    }

    @Test
    void ratingsAreShadedAndStillCarryTheWord() throws IOException {
        Map<String, String> fill = Map.of("Outstanding", "0B5D1E", "Good", "2F7D32",
                "RequiresImprovement", "F2B33D", "Inadequate", "B3261E", "NotRated", "E6E6E6");
        try (XWPFDocument doc = open(finalDocx)) {
            List<String> cells = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        String style = c.getParagraphs().get(0).getStyleID();
                        if (style != null && style.startsWith("TableRating")) {
                            String slug = style.substring("TableRating".length());
                            assertThat(c.getColor()).isEqualTo(fill.get(slug));
                            cells.add(norm(c.getText()));
                        }
                    }
                }
            }
            assertThat(cells).containsExactlyElementsOf(xhtml.select("td.rating").eachText().stream()
                    .map(DocxWriterTest::norm).toList());
            List<String> paragraphs = bodyParagraphs(doc).stream()
                    .filter(p -> p.getStyleID() != null && p.getStyleID().matches("Rating[A-Z].*"))
                    .map(p -> norm(p.getText())).toList();
            assertThat(paragraphs).containsExactlyElementsOf(xhtml.select("p.rating").eachText().stream()
                    .map(DocxWriterTest::norm).toList());
            XWPFStyle good = doc.getStyles().getStyle("RatingGood");
            assertThat(good.getCTStyle().getPPr().getShd().xmlText()).containsIgnoringCase("2F7D32");
        }
    }

    @Test
    void chaptersStartNewPagesAndTheCoverIsATitlePage() throws IOException {
        try (XWPFDocument doc = open(finalDocx)) {
            List<XWPFParagraph> paragraphs = bodyParagraphs(doc);
            for (Element h : xhtml.select("div.chapter > h2:first-child")) {
                XWPFParagraph p = paragraphs.stream().filter(x -> "Heading1".equals(x.getStyleID())
                        && norm(x.getText()).equals(norm(h.text()))).findFirst().orElseThrow();
                assertThat(p.isPageBreak()).as("page break before %s", h.text()).isTrue();
            }
            XWPFParagraph afterCover = paragraphs.stream().filter(x -> x.getText().equals("Acknowledgements"))
                    .findFirst().orElseThrow();
            assertThat(afterCover.isPageBreak()).isTrue();
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        }
    }

    @Test
    void screenOnlyHelpersAreDropped() throws IOException {
        try (XWPFDocument doc = open(draftDocx)) {
            String text = doc.getDocument().xmlText();
            assertThat(text).doesNotContain("Skip to the report").doesNotContain("not for publication");
        }
    }

    @Test
    void headerHasTheTitleFooterThePageNumberAndDraftsAWatermark() throws IOException {
        try (XWPFDocument d = open(draftDocx); XWPFDocument f = open(finalDocx)) {
            String title = draft.info().title();
            var draftPolicy = d.getHeaderFooterPolicy();
            assertThat(draftPolicy.getDefaultHeader().getText()).contains(title);
            assertThat(draftPolicy.getDefaultHeader()._getHdrFtr().xmlText())
                    .contains("PowerPlusWaterMarkObject", "string=\"DRAFT\"", "rotation:315");
            assertThat(draftPolicy.getFirstPageHeader()._getHdrFtr().xmlText()).contains("string=\"DRAFT\"");
            assertThat(draftPolicy.getDefaultFooter()._getHdrFtr().xmlText()).contains(" PAGE ");
            var finalPolicy = f.getHeaderFooterPolicy();
            assertThat(finalPolicy.getDefaultHeader().getText()).contains(title);
            for (XWPFHeader h : f.getHeaderList()) {
                assertThat(h._getHdrFtr().xmlText()).doesNotContain("DRAFT");
            }
            assertThat(finalPolicy.getDefaultFooter()._getHdrFtr().xmlText()).contains(" PAGE ");
            assertThat(finalPolicy.getDefaultFooter().getParagraphs().get(0).getStyleID()).isEqualTo("Footer");
        }
    }

    @Test
    void corePropertiesAndLanguage() throws Exception {
        DocumentInfo info = fin.info();
        try (XWPFDocument doc = open(finalDocx)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(info.title());
            assertThat(core.getCreator()).isEqualTo(info.author());
            assertThat(core.getSubject()).isEqualTo(info.subject());
            assertThat(core.getKeywords()).isEqualTo(info.keywords());
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
            assertThat(core.getCreated().toInstant()).isEqualTo(info.timestamp());
            assertThat(core.getModified().toInstant()).isEqualTo(info.timestamp());
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("Rapporteur");
            String defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().xmlText();
            assertThat(defaults).contains("w:val=\"en-GB\"").contains("DejaVu Sans");
        }
    }

    @Test
    void picturesCarryTheirAltTextInDocPr() throws IOException {
        String alt = "Bar chart: 90% of court cases had a sufficient assessment";
        String body = "<h1>Pictures</h1><p>Inline <img src=\"" + png(0x2A1454, "png") + "\" alt=\"" + alt
                + "\"/> in text.</p>"
                + "<div><img src=\"" + png(0x2F7D32, "jpeg") + "\" alt=\"A second picture\" width=\"60\"/></div>"
                + "<p><img src=\"http://example.org/x.png\" alt=\"Not embedded\"/></p>";
        byte[] docx = write(new DocxWriter(), document(body));
        try (XWPFDocument doc = open(docx)) {
            assertThat(doc.getAllPictures()).hasSize(2);
            String xml = doc.getDocument().xmlText();
            List<String> descr = new ArrayList<>();
            try (XmlCursor c = doc.getDocument().newCursor()) {
                c.selectPath(DOC_PR);
                while (c.toNextSelection()) {
                    descr.add(c.getAttributeText(new QName("", "descr")));
                }
            }
            assertThat(descr).containsExactly(alt, "A second picture");
            assertThat(xml).doesNotContain("picture1.png\"").contains("[Not embedded]");
        }
        // and the example report's pictures, if it has any, all have alt text
        try (XWPFDocument doc = open(finalDocx); XmlCursor c = doc.getDocument().newCursor()) {
            c.selectPath(DOC_PR);
            while (c.toNextSelection()) {
                assertThat(c.getAttributeText(new QName("", "descr"))).isNotBlank();
            }
        }
    }

    @Test
    void inlineMarkupUsesCharacterStylesAndLinksAreHyperlinks() throws IOException {
        String body = "<h1>T</h1><p>Some <strong>strong</strong>, <em>emphasised</em> and"
                + " <a href=\"https://www.justiceinspectorates.gov.uk/\">linked</a> text,"
                + " and a <a href=\"#later\">link within</a>.<br/>New line.</p><h2 id=\"later\">Later</h2>";
        try (XWPFDocument doc = open(write(new DocxWriter(), document(body)))) {
            XWPFParagraph p = bodyParagraphs(doc).get(1);
            String xml = p.getCTP().xmlText();
            assertThat(xml).contains("w:rStyle w:val=\"Strong\"", "w:rStyle w:val=\"Emphasis\"",
                    "w:rStyle w:val=\"Hyperlink\"", "w:anchor=\"later\"", "<w:br/>");
            assertThat(xml).doesNotContain("<w:b/>").doesNotContain("<w:i/>");
            assertThat(doc.getHyperlinks()).extracting(h -> h.getURL())
                    .containsExactly("https://www.justiceinspectorates.gov.uk/");
            assertThat(norm(p.getText())).startsWith("Some strong, emphasised and linked text, and a link within.");
        }
    }

    @Test
    void generalMechanismsWorkForMarkupTheExampleDoesNotUse() throws IOException {
        String body = "<h1>T</h1>"
                + "<ul><li>one<ul><li>nested <strong>bullet</strong></li></ul></li>"
                + "<li><p>a paragraph item</p><p>and its second paragraph</p>"
                + "<ol start=\"5\"><li>five</li></ol></li></ul>"
                + "<table><tr><th>A</th><th>B</th><th>C</th></tr>"
                + "<tr><td colspan=\"2\">wide</td><td rowspan=\"2\">tall</td></tr><tr><td>x</td><td>y"
                + "<sup class=\"fnref\"><a href=\"#fn-9\">9</a></sup></td></tr></table>"
                + "<p class=\"footnote\" id=\"fn-9\"><sup>9</sup> See"
                + " <a href=\"https://example.org/\">the source</a>.</p>"
                + "<p class=\"footnote\" id=\"fn-orphan\"><sup>*</sup> Never referenced.</p>"
                + "<blockquote><p>Quoted.</p></blockquote>"
                + "<div>Loose <em>text</em> in a div.</div>";
        try (XWPFDocument doc = open(write(new DocxWriter(), document(body)))) {
            String xml = doc.getDocument().xmlText();
            assertThat(bodyParagraphs(doc)).filteredOn(p -> "ListBullet".equals(p.getStyleID()))
                    .extracting(p -> p.getNumIlvl().intValue()).containsExactly(0, 1, 0);
            assertThat(bodyParagraphs(doc)).filteredOn(p -> "ListContinue".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).containsExactly("and its second paragraph");
            XWPFParagraph five = bodyParagraphs(doc).stream().filter(p -> p.getText().equals("five")).findFirst()
                    .orElseThrow();
            assertThat(five.getNumIlvl().intValue()).isEqualTo(1);
            assertThat(doc.getNumbering().getNum(five.getNumID()).getCTNum().getLvlOverrideArray(0)
                    .getStartOverride().getVal().intValue()).isEqualTo(5);
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRow(0).isRepeatHeader()).as("a first row of th is the header").isTrue();
            assertThat(xml).contains("w:gridSpan w:val=\"2\"", "w:vMerge w:val=\"restart\"",
                    "w:vMerge w:val=\"continue\"");
            assertThat(t.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(3);
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(f -> f.getCTFtnEdn().getType() == STFtnEdn.NORMAL).toList();
            assertThat(notes).hasSize(1);
            assertThat(norm(notes.get(0).getParagraphs().get(0).getText())).contains("See the source.");
            assertThat(bodyParagraphs(doc)).filteredOn(p -> "FootnoteText".equals(p.getStyleID()))
                    .extracting(p -> norm(p.getText())).containsExactly("* Never referenced.");
            assertThat(bodyParagraphs(doc)).filteredOn(p -> "Quote".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).containsExactly("Quoted.");
            assertThat(bodyParagraphs(doc)).extracting(XWPFParagraph::getText).contains("Loose text in a div.");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        byte[] again = write(new DocxWriter(KIND.resolve("reference.docx")), fin);
        assertThat(again).isEqualTo(finalDocx);
        assertThat(write(writer, draft)).isEqualTo(draftDocx);
        LocalDateTime expected = LocalDateTime.ofInstant(fin.info().timestamp(), ZoneOffset.UTC);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(finalDocx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(expected);
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.get(1)).isEqualTo("_rels/.rels");
    }

    @Test
    void stylesComeFromTheReferenceDocumentSoPublishersRestyleWithoutCode(@TempDir Path tmp) throws IOException {
        Path restyled = tmp.resolve("reference.docx");
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(KIND.resolve("reference.docx")))) {
            CTStyle h1 = ref.getStyles().getStyle("Heading1").getCTStyle();
            h1.getRPr().getColorArray(0).setVal("C00000");
            try (var out = Files.newOutputStream(restyled)) {
                ref.write(out);
            }
        }
        try (XWPFDocument doc = open(write(new DocxWriter(restyled), fin))) {
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).xmlText())
                    .contains("C00000");
            // none of the reference's sample text is kept
            assertThat(doc.getDocument().xmlText()).doesNotContain("Reference document");
        }
        // a plain Word document as the reference: the styles it lacks come from the house style
        Path plain = tmp.resolve("plain.docx");
        try (XWPFDocument d = new XWPFDocument(); var out = Files.newOutputStream(plain)) {
            d.createParagraph().createRun().setText("plain");
            d.write(out);
        }
        try (XWPFDocument doc = open(write(new DocxWriter(plain), fin))) {
            for (String id : List.of("Heading1", "Title", "Caption", "FootnoteText", "ListNumber", "RatingGood",
                    "TableGrid", "TOCHeading")) {
                assertThat(doc.getStyles().styleExist(id)).as(id).isTrue();
            }
        }
        assertThatThrownBy(() -> write(new DocxWriter(tmp.resolve("missing.docx")), fin))
                .isInstanceOf(IOException.class).hasMessageContaining("missing.docx");
    }

    @Test
    void theCommittedReferenceDocumentHasTheHouseStyles() throws IOException {
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(KIND.resolve("reference.docx")))) {
            for (String id : List.of("Normal", "Title", "Heading1", "Heading2", "Heading3", "TOCHeading", "TOC1",
                    "Caption", "FootnoteText", "FootnoteReference", "ListBullet", "ListNumber", "Quote", "Headline",
                    "Signature", "Rating", "RatingOutstanding", "RatingGood", "RatingRequiresImprovement",
                    "RatingInadequate", "RatingNotRated", "PracticeExample", "TableGrid", "TableHeading", "Strong",
                    "Emphasis", "Hyperlink")) {
                assertThat(ref.getStyles().styleExist(id)).as("style %s", id).isTrue();
            }
            var page = ref.getDocument().getBody().getSectPr();
            assertThat(page.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(page.getPgMar().getLeft().toString()).isEqualTo("1134");
        }
    }

    @Test
    void timing() throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            write(writer, fin);
        }
        long warm = (System.nanoTime() - start) / 5 / 1_000_000;
        System.out.printf("DocxWriter timing: warm write of the example %d ms, %d bytes%n", warm, finalDocx.length);
        assertThat(warm).isLessThan(5_000);
    }

    // ------------------------------------------------------------------------------------------------- LibreOffice

    @Test
    void libreOfficeOpensItAndPrintsEveryHeadingAndRatingInOrder(@TempDir Path tmp) throws Exception {
        Path docx = tmp.resolve("example-yjs.docx");
        Files.write(docx, finalDocx);
        run(tmp, "soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString());
        Path pdf = tmp.resolve("example-yjs.pdf");
        assertThat(pdf).as("LibreOffice made a PDF").exists();
        run(tmp, "pdftotext", "-enc", "UTF-8", pdf.toString(), tmp.resolve("out.txt").toString());
        String[] pages = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8).split("\f");
        assertThat(pages.length).isGreaterThan(20);

        int ratingsPage = -1;
        for (int i = 0; i < pages.length; i++) {
            if (pages[i].contains("Overall rating")) {
                ratingsPage = i;
                break;
            }
        }
        assertThat(ratingsPage).as("a page with the ratings").isGreaterThan(0);
        String ratings = norm(pages[ratingsPage]);
        inOrder(ratings, xhtml.select("div.ratings-page .rating-word").eachText());

        // the standards' headings in order, after the ratings page (the contents list has them too)
        List<String> headings = xhtml.select("div.standard > h3").eachText();
        assertThat(headings).contains("2.1. Assessment").hasSize(13);
        inOrder(norm(String.join("\n", List.of(pages).subList(ratingsPage + 1, pages.length))), headings);
        // and every chapter's, after the contents
        int contents = -1;
        for (int i = 0; i < pages.length && contents < 0; i++) {
            contents = pages[i].contains("Contents") ? i : -1;
        }
        assertThat(contents).isBetween(1, ratingsPage - 1);
        inOrder(norm(String.join("\n", List.of(pages).subList(contents + 1, pages.length))),
                xhtml.select("div.chapter > h2").eachText());
    }

    static void inOrder(String text, List<String> wanted) {
        int at = 0;
        for (String w : wanted) {
            int i = text.indexOf(norm(w), at);
            assertThat(i).as("'%s' after position %d", w, at).isGreaterThanOrEqualTo(0);
            at = i + norm(w).length();
        }
    }

    static void run(Path dir, String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(command[0] + " is not installed: install LibreOffice and Poppler"
                    + " (apt-get update && apt-get install -y libreoffice-writer-nogui poppler-utils); .ci/run does");
            return;
        }
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command[0] + " did not finish in 180 s");
        }
        assertThat(p.exitValue()).as("%s: %s", command[0], new String(output, StandardCharsets.UTF_8)).isZero();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static String png(int rgb, String format) throws IOException {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static RenderedDocument document(String body) {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head>"
                + "<title>Test document</title><meta name=\"author\" content=\"Test\"/></head><body>" + body
                + "</body></html>";
        return new RenderedDocument("test", xhtml, new DocumentInfo("Test document", "Test", "Subject", "k", "en-GB",
                false, Instant.parse("2026-02-01T00:00:00Z")), Path.of("."));
    }
}
