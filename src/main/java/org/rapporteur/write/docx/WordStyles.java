package org.rapporteur.write.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The built-in styles part (word/styles.xml) of the house style: DejaVu Sans with Arial as the fallback, headings in
 * #2A1454, a style for every class of the rendered document, and a pair of rating styles per rating of the
 * document's palette.
 */
final class WordStyles {

    static final String FONT = "DejaVu Sans";
    static final String PURPLE = "2A1454";
    static final String TEXT = "1A1A1A";
    static final String GREY = "333333";
    static final String LINK = "1D3F8F";
    static final String RULE = "9A9A9A";
    static final String TINT = "F1ECF8";
    static final String BOX = "F6F3FA";

    /** Printable width of the built-in A4 page with 20 mm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9638;

    /** The parsed styles by palette (documents rarely differ in palette); callers copy what they take. */
    private static final Map<RatingPalette, CTStyles> PARSED = new ConcurrentHashMap<>();

    private WordStyles() {
    }

    /** Copies of the built-in styles whose ids {@code wanted} accepts, in the part's order. */
    static List<CTStyle> copies(RatingPalette palette, Predicate<String> wanted) {
        if (PARSED.size() > 16) {
            PARSED.clear();
        }
        CTStyles styles = PARSED.computeIfAbsent(palette, WordStyles::parse);
        List<CTStyle> copies = new ArrayList<>();
        synchronized (styles) {
            for (CTStyle s : styles.getStyleArray()) {
                if (wanted.test(s.getStyleId())) {
                    copies.add((CTStyle) s.copy());
                }
            }
        }
        return copies;
    }

    private static CTStyles parse(RatingPalette palette) {
        try {
            return StylesDocument.Factory.parse(xml(palette)).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in styles are not well-formed", e);
        }
    }

    private static ParagraphProperties p() {
        return new ParagraphProperties();
    }

    private static RunProperties r() {
        return new RunProperties();
    }

    private static String style(String type, String id, String name, String basedOn, String next, int priority,
                                boolean quick, ParagraphProperties p, RunProperties r) {
        StringBuilder s = new StringBuilder("<w:style w:type=\"").append(type).append("\" w:styleId=\"")
                .append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (next != null) {
            s.append("<w:next w:val=\"").append(next).append("\"/>");
        }
        s.append("<w:uiPriority w:val=\"").append(priority).append("\"/>");
        if (quick) {
            s.append("<w:qFormat/>");
        }
        if (p != null) {
            s.append(p.xml());
        }
        if (r != null) {
            s.append(r.xml());
        }
        return s.append("</w:style>").toString();
    }

    private static String para(String id, String name, String basedOn, ParagraphProperties p, RunProperties r) {
        return style("paragraph", id, name, basedOn, null, 20, true, p, r);
    }

    private static String chars(String id, String name, RunProperties r) {
        return style("character", id, name, "DefaultParagraphFont", null, 20, true, null, r);
    }

    /** The styles part, with the rating styles of {@code palette}. */
    static String xml(RatingPalette palette) {
        StringBuilder s = new StringBuilder("<w:styles xmlns:w=\"" + Namespaces.W + "\">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(RunProperties.fonts(FONT))
                .append("<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
                .append("<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        defaults(s);
        headings(s);
        body(s);
        classes(s);
        tables(s, palette);
        return s.append("</w:styles>").toString();
    }

    private static void defaults(StringBuilder s) {
        s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/>").append(p().space(0, 140, 336).xml()).append(r().colour(TEXT).xml())
                .append("</w:style>");
        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                + "<w:unhideWhenUsed/></w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
                + "<w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>"
                + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
    }

    /** The title and headings (h1 is the Title, h2..h6 are Heading 1..5) and the contents. */
    private static void headings(StringBuilder s) {
        s.append(style("paragraph", "Title", "Title", "Normal", "Normal", 10, true,
                p().keep().space(240, 360, 240), r().bold().colour(PURPLE).size(34)));
        s.append(style("paragraph", "Heading1", "heading 1", "Normal", "Normal", 9, true,
                p().keep().edge("bottom", PURPLE, 16, 6).space(0, 240, 240).outline(0),
                r().bold().colour(PURPLE).size(20)));
        s.append(style("paragraph", "Heading2", "heading 2", "Normal", "Normal", 9, true,
                p().keep().space(360, 120, 240).outline(1), r().bold().colour(PURPLE).size(14)));
        s.append(style("paragraph", "Heading3", "heading 3", "Normal", "Normal", 9, true,
                p().keep().space(240, 80, 240).outline(2), r().bold().colour(PURPLE).size(11.5)));
        s.append(style("paragraph", "Heading4", "heading 4", "Normal", "Normal", 9, true,
                p().keep().space(200, 60, 240).outline(3), r().bold().italic().colour(PURPLE).size(10.5)));
        s.append(style("paragraph", "Heading5", "heading 5", "Normal", "Normal", 9, true,
                p().keep().space(160, 40, 240).outline(4), r().italic().colour(PURPLE).size(10.5)));
        // contents: the TOC field's heading (not a heading style, so it does not list itself) and entries
        s.append(style("paragraph", "TOCHeading", "TOC Heading", "Normal", "Normal", 39, true,
                p().keep().space(0, 240, 240), r().bold().colour(PURPLE).size(20)));
        s.append(style("paragraph", "TOC1", "toc 1", "Normal", "Normal", 39, false,
                p().rightTab(TEXT_WIDTH).space(120, 40), r().bold()));
        s.append(style("paragraph", "TOC2", "toc 2", "Normal", "Normal", 39, false,
                p().rightTab(TEXT_WIDTH).space(0, 40).indent(280, 0), null));
        s.append(style("paragraph", "TOC3", "toc 3", "Normal", "Normal", 39, false,
                p().rightTab(TEXT_WIDTH).space(0, 40).indent(560, 0), null));
    }

    /** Body text helpers: captions, notes, header and footer, lists, quotes, character styles. */
    private static void body(StringBuilder s) {
        s.append(style("paragraph", "Caption", "caption", "Normal", "Normal", 35, true,
                p().keep().space(160, 80, 240), r().bold().colour(PURPLE).size(9.5)));
        s.append(style("paragraph", "FootnoteText", "footnote text", "Normal", null, 99, false,
                p().space(0, 40, 240), r().colour(GREY).size(8.5)));
        s.append(style("character", "FootnoteReference", "footnote reference", "DefaultParagraphFont", null, 99,
                false, null, r().superscript()));
        s.append(style("paragraph", "Header", "header", "Normal", null, 99, false,
                p().space(0, 0, 240), r().colour(GREY).size(8)));
        s.append(style("paragraph", "Footer", "footer", "Normal", null, 99, false,
                p().space(0, 0, 240).align("right"), r().colour(GREY).size(9)));
        s.append(style("paragraph", "ListBullet", "List Bullet", "Normal", null, 99, true,
                p().num(1).space(0, 60), null));
        s.append(style("paragraph", "ListNumber", "List Number", "Normal", null, 99, true,
                p().num(2).space(0, 60), null));
        s.append(style("paragraph", "ListContinue", "List Continue", "Normal", null, 99, false,
                p().space(0, 60).indent(360, 0), null));
        s.append(style("paragraph", "Quote", "Quote", "Normal", "Normal", 29, true,
                p().space(160, 40).indent(280, 0), r().italic()));
        s.append(para("QuoteFrom", "Quote From", "Quote", p().space(0, 160), r().notItalic().colour(GREY).size(9)));
        s.append(style("character", "Strong", "Strong", "DefaultParagraphFont", null, 22, true, null, r().bold()));
        s.append(style("character", "Emphasis", "Emphasis", "DefaultParagraphFont", null, 20, true, null,
                r().italic()));
        s.append(style("character", "Hyperlink", "Hyperlink", "DefaultParagraphFont", null, 99, false, null,
                r().colour(LINK).underline()));
    }

    /** Classes of the rendered document, and the rating tile (the word always, colour as support). */
    private static void classes(StringBuilder s) {
        s.append(para("Headline", "Headline", "Normal", p().space(0, 160), r().italic().colour(PURPLE).size(11.5)));
        s.append(para("Signature", "Signature", "Normal", p().space(280, 140), null));
        s.append(para("Source", "Source", "Normal", p().space(0, 200, 240), r().colour(GREY).size(8.5)));
        s.append(para("ServiceName", "Service Name", "Normal", p().space(0, 60), r().bold().size(13)));
        s.append(para("Score", "Score", "Normal", p().space(0, 60), r().bold().size(16)));
        s.append(para("OverallLabel", "Overall Label", "Normal", p().keep().space(120, 60), r().bold()));
        s.append(para("RatingsKey", "Ratings Key", "Normal", p().space(120, 60), r().size(9)));
        s.append(para("Discretion", "Discretion", "Normal", p().edge("left", "F2B33D", 24, 8).indent(200, 0),
                null));
        s.append(para("Imprint", "Imprint", "Normal", null, r().size(9.5)));
        s.append(para("ImprintHeading1", "Imprint Heading 1", "Heading1", p().borderNone().space(240, 120),
                r().size(13)));
        s.append(para("PracticeExample", "Practice Example", "Normal",
                p().box(PURPLE, 8, 6).fill(BOX).indent(140, 140), null));
        s.append(para("PracticeExampleHeading3", "Practice Example Heading 3", "Heading3",
                p().box(PURPLE, 8, 6).fill(BOX).space(240, 80, 240).indent(140, 140), null));
        s.append(para("CoverInspectorate", "Cover Inspectorate", "Normal", p().space(1400, 2600),
                r().bold().colour(PURPLE).size(16)));
        s.append(para("CoverLead", "Cover Lead", "Normal", p().keep().space(0, 60), r().colour(PURPLE).size(15)));
        s.append(para("CoverDate", "Cover Date", "Normal", p().edge("top", PURPLE, 8, 8).space(240, 0),
                r().colour(PURPLE).size(12)));
        s.append(para("Rating", "Rating", "Normal", p().space(80, 200).indent(120, 4800), r().bold().size(12)));
        s.append(chars("RatingWord", "Rating Word", r().bold()));
        s.append(chars("Star", "Star", r().font(FONT)));
    }

    /** Table paragraph styles, one pair of rating styles per rating of the palette, and the table style. */
    private static void tables(StringBuilder s, RatingPalette palette) {
        s.append(para("TableText", "Table Text", "Normal", p().space(0, 0, 240), r().size(9.5)));
        s.append(para("TableHeading", "Table Heading", "TableText", p().keep().fill(PURPLE),
                r().bold().colour("FFFFFF")));
        s.append(para("TableHeadingNum", "Table Heading Num", "TableHeading", p().align("right"), null));
        s.append(para("TableRowHeading", "Table Row Heading", "TableText", null, null));
        s.append(para("TableNum", "Table Num", "TableText", p().align("right"), null));
        s.append(para("TableKq", "Table Kq", "TableRowHeading", p().fill(TINT), r().bold()));
        s.append(para("TableKqNum", "Table Kq Num", "TableNum", p().fill(TINT), r().bold()));
        s.append(para("TablePrompt", "Table Prompt", "TableRowHeading", p().indent(320, 0), null));
        s.append(para("TableLowest", "Table Lowest", "TableRowHeading", p().fill(TINT), null));
        s.append(para("TableLowestNum", "Table Lowest Num", "TableNum", p().fill(TINT), null));
        for (RatingColours x : palette.ratings()) {
            s.append(para(x.paragraphStyle(), "Rating " + x.label(), "Rating", p().box(x.fill(), 4, 4).fill(x.fill()),
                    r().colour(x.text())));
            s.append(para("Table" + x.paragraphStyle(), "Table Rating " + x.label(), "TableText", p().fill(x.fill()),
                    r().bold().colour(x.text())));
        }
        // the table style: borders and cell padding
        String rule = "w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"" + RULE + "\"/>";
        s.append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
                + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:tblPr><w:tblBorders><w:top " + rule + "<w:left " + rule + "<w:bottom " + rule
                + "<w:right " + rule + "<w:insideH " + rule + "<w:insideV " + rule + "</w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"80\" w:type=\"dxa\"/><w:left w:w=\"120\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"120\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr></w:style>");
    }
}
