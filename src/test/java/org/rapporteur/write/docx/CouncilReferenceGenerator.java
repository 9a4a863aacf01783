package org.rapporteur.write.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.rapporteur.ReportFolder;

/**
 * Writes the council pack's house style: {@code templates/council-pack/reference.docx}, the Word styles of a
 * fictional council (Kestrelford County Council: DejaVu Serif text, DejaVu Sans headings in dark teal, the
 * built-in styles otherwise, plus the pack's own: meeting labels, progress cells, added plan rows), and
 * {@code content/example-council-pack/logo.png}, a simple emblem drawn with Java2D.
 *
 * <p>The reference starts from the built-in house style ({@link DocxWriter#defaultReference()}) and changes its
 * colours and fonts, as {@link ReferenceDocxGenerator} does for the inspectorate, then holds one sample
 * paragraph per style so the styles show in Word's Styles pane. Run from the project folder with the test class
 * path:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.rapporteur.write.docx.CouncilReferenceGenerator
 * </pre>
 * Both files are byte-identical from run to run. Regenerating overwrites restyling done in Word.
 */
public final class CouncilReferenceGenerator {

    public static final Path FOLDER = Path.of("templates/council-pack");

    static final String TEAL = "0E5E63";
    static final String TINT = "E3F1F1";
    static final String BOX = "EEF6F6";
    static final String TEXT = "1A1A1A";
    static final String SERIF = "DejaVu Serif";
    static final String SANS = "DejaVu Sans";

    /** Styles set in the sans-serif face; the rest (body text, lists, quotes, tables) take the serif default. */
    static final List<String> SANS_STYLES = List.of("Title", "Heading1", "Heading2", "Heading3", "Heading4",
            "Heading5", "TOCHeading", "Caption", "Header", "Footer", "TableHeading", "Rating", "ServiceName",
            "Score", "CouncilName", "Signature", "TableMeetingLabel");

    /** Progress cells of the improvement plan: the word always, the shading only supports it. */
    static final String[][] PROGRESS = {{"NotStarted", "ECECEC"}, {"OnTrack", "DCEFDC"}, {"AtRisk", "FDE8BD"},
        {"OffTrack", "F7D4D1"}, {"Complete", "CFE6EA"}};

    /** The plan's column classes (plan-no ...), as style name parts. */
    static final List<String> PLAN_COLUMNS = List.of("No", "Rec", "Lines", "Person", "Progress", "Month");

    /** Left and right page margins: 18 mm, a little wider text than the built-in 20 mm, for the plan's table. */
    static final int SIDE_MARGIN = 1020;

    private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

    private CouncilReferenceGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : ReportFolder.project().resolve(FOLDER);
        Files.createDirectories(folder);
        Files.write(folder.resolve("reference.docx"), reference());
        // the emblem is the example council's, so it lives in the example pack (pack.yaml: committee.logo)
        Path logo = ReportFolder.project().resolve("content/example-council-pack/logo.png");
        Files.write(logo, logo());
        System.out.println("wrote " + folder.resolve("reference.docx") + " and " + logo);
    }

    // ------------------------------------------------------------------------------------------------ styles

    /** The built-in styles recoloured and refaced, with the pack's own styles added. */
    static String stylesXml() {
        String xml = WordStyles.xml(RatingPalette.house())
                .replace(WordStyles.PURPLE, TEAL)
                .replace(WordStyles.TINT, TINT)
                .replace(WordStyles.BOX, BOX);
        // the document default (the first rFonts, in docDefaults) becomes the serif
        xml = xml.replaceFirst(fontsOf(SANS), fontsOf(SERIF));
        String extra = paragraph("CouncilName", "Council Name", "Normal",
                "<w:pPr><w:spacing w:before=\"120\" w:after=\"120\"/></w:pPr>",
                "<w:rPr><w:b/><w:bCs/><w:color w:val=\"" + TEAL + "\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr>")
                + paragraph("CouncilLogo", "Council Logo", "Normal",
                "<w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/><w:jc w:val=\"right\"/></w:pPr>", null)
                + paragraph("TableMeetingLabel", "Table Meeting Label", "TableText",
                "<w:pPr><w:keepNext/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + TEAL + "\"/></w:pPr>",
                "<w:rPr><w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/></w:rPr>")
                + paragraph("LineOfEnquiry", "Line Of Enquiry", "TablePlan",
                "<w:pPr><w:spacing w:before=\"0\" w:after=\"100\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>", null)
                + paragraph("TableAdded", "Table Added", "TableText",
                "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + TINT + "\"/></w:pPr>", null)
                + character("LineSource", "Line Source", "<w:rPr><w:color w:val=\"333333\"/><w:sz w:val=\"15\"/>"
                + "<w:szCs w:val=\"15\"/></w:rPr>")
                + character("PlanTo", "Plan To", "<w:rPr><w:color w:val=\"333333\"/><w:sz w:val=\"15\"/>"
                + "<w:szCs w:val=\"15\"/></w:rPr>")
                + character("AddedLabel", "Added Label", "<w:rPr><w:b/><w:bCs/><w:color w:val=\"" + TEAL
                + "\"/><w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/></w:rPr>");
        // the improvement plan: eight columns on a portrait page, so smaller text (cell classes plan-no,
        // plan-rec, plan-lines, plan-person, plan-month; rows the board added are tinted)
        String small = "<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>";
        extra += paragraph("TablePlan", "Table Plan", "TableText", null, small);
        for (String column : PLAN_COLUMNS) {
            String label = column.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
            // months ("Jun 2026") and numbers must fit the narrowest columns unbroken: their text may run into
            // the cell's padding
            boolean narrow = column.equals("Month") || column.equals("No");
            extra += paragraph("TablePlan" + column, "Table Plan " + label, "TablePlan",
                    narrow ? "<w:pPr><w:ind w:left=\"-80\" w:right=\"-80\"/></w:pPr>" : null, null)
                    + paragraph("TableAddedPlan" + column, "Table Added Plan " + label, "TablePlan" + column,
                    "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + TINT + "\"/></w:pPr>", null)
                    + paragraph("TableHeadingPlan" + column, "Table Heading Plan " + label, "TableHeading",
                    narrow ? "<w:pPr><w:ind w:left=\"-80\" w:right=\"-80\"/></w:pPr>" : null, small);
        }
        for (String[] p : PROGRESS) {
            String label = p[0].replaceAll("(?<=[a-z])(?=[A-Z])", " ");
            extra += paragraph("TableProgress" + p[0], "Table Progress " + label, "TablePlan",
                    "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + p[1] + "\"/></w:pPr>",
                    "<w:rPr><w:color w:val=\"" + TEXT + "\"/></w:rPr>");
        }
        xml = xml.replace("</w:styles>", extra + "</w:styles>");
        for (String id : SANS_STYLES) {
            xml = face(xml, id, SANS);
        }
        // a committee report's title (the panel) is smaller than an inspection report's cover title
        xml = restyle(xml, "Title", "<w:sz w:val=\"68\"/><w:szCs w:val=\"68\"/>",
                "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>");
        xml = restyle(xml, "Heading1", "<w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>",
                "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
        return xml;
    }

    private static String fontsOf(String name) {
        return "<w:rFonts w:ascii=\"" + name + "\" w:hAnsi=\"" + name + "\" w:eastAsia=\"" + name + "\" w:cs=\""
                + name + "\"/>";
    }

    /** Gives a style its own font: an rFonts first in its run properties (added when it has none). */
    static String face(String xml, String styleId, String font) {
        Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + styleId + "\">.*?</w:style>").matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("no style " + styleId);
        }
        String style = m.group();
        String changed = style.contains("<w:rPr>") ? style.replace("<w:rPr>", "<w:rPr>" + fontsOf(font))
                : style.replace("</w:style>", "<w:rPr>" + fontsOf(font) + "</w:rPr></w:style>");
        return xml.substring(0, m.start()) + changed + xml.substring(m.end());
    }

    /** Replaces {@code from} with {@code to} inside one style. */
    static String restyle(String xml, String styleId, String from, String to) {
        Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + styleId + "\">.*?</w:style>").matcher(xml);
        if (!m.find() || !m.group().contains(from)) {
            throw new IllegalStateException("style " + styleId + " has no " + from);
        }
        return xml.substring(0, m.start()) + m.group().replace(from, to) + xml.substring(m.end());
    }

    private static String paragraph(String id, String name, String basedOn, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:basedOn w:val=\"" + basedOn + "\"/><w:uiPriority w:val=\"20\"/><w:qFormat/>"
                + (pPr == null ? "" : pPr) + (rPr == null ? "" : rPr) + "</w:style>";
    }

    private static String character(String id, String name, String rPr) {
        return "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"20\"/><w:qFormat/>" + rPr
                + "</w:style>";
    }

    static String fontTableXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:font w:name=\"DejaVu Serif\"><w:altName w:val=\"Georgia\"/>"
                + "<w:panose1 w:val=\"02060603050605020204\"/>"
                + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "<w:font w:name=\"DejaVu Sans\"><w:altName w:val=\"Arial\"/>"
                + "<w:panose1 w:val=\"020B0603030804020204\"/>"
                + "<w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "<w:font w:name=\"Georgia\"><w:panose1 w:val=\"02040502050405020303\"/><w:charset w:val=\"00\"/>"
                + "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "<w:font w:name=\"Arial\"><w:panose1 w:val=\"020B0604020202020204\"/><w:charset w:val=\"00\"/>"
                + "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "</w:fonts>";
    }

    // --------------------------------------------------------------------------------------------- reference

    /** The reference document's bytes. */
    public static byte[] reference() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.defaultReference()))) {
            try {
                doc.getStyles().setStyles(StylesDocument.Factory.parse(stylesXml()).getStyles());
            } catch (org.apache.xmlbeans.XmlException e) {
                throw new IOException("the council styles are not well-formed: " + e.getMessage(), e);
            }
            try {
                PackagePart fonts = doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
                try (OutputStream o = fonts.getOutputStream()) {
                    o.write(fontTableXml().getBytes(StandardCharsets.UTF_8));
                }
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            margins.setLeft(java.math.BigInteger.valueOf(SIDE_MARGIN));
            margins.setRight(java.math.BigInteger.valueOf(SIDE_MARGIN));
            doc.getProperties().getCoreProperties().setTitle("Kestrelford County Council committee reference document");
            for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
                doc.removeBodyElement(i);
            }
            paragraph(doc, "CouncilName", "Kestrelford County Council (Council Name)");
            paragraph(doc, "Title", "Committee reports (Title)");
            paragraph(doc, null, "This document holds the Word styles of Kestrelford County Council's committee"
                    + " packs. Change a style (right-click it in the Styles pane, Modify) and save; the next build"
                    + " uses it. The text below is a sample of each style and is never copied into a pack. Keep the"
                    + " style names.");
            for (XWPFStyle s : doc.getStyles().getStyles()) {
                String id = s.getStyleId();
                if (s.getType() != STStyleType.PARAGRAPH || id.equals("Normal") || id.equals("Title")
                        || id.equals("CouncilName") || id.startsWith("Table")) {
                    continue;
                }
                paragraph(doc, id, s.getName() + " (" + id + ")");
            }
            XWPFParagraph p = paragraph(doc, null, "Character styles: ");
            for (String id : List.of("Strong", "Emphasis", "Hyperlink", "RatingWord", "Star", "FootnoteReference",
                    "LineSource", "PlanTo", "AddedLabel")) {
                XWPFRun r = p.createRun();
                r.setStyle(id);
                r.setText(doc.getStyles().getStyle(id).getName());
                p.createRun().setText(" ");
            }
            paragraph(doc, "Caption", "Table Grid, with the table paragraph styles");
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            t.getCTTbl().getTblPr().addNewTblStyle().setVal("TableGrid");
            if (t.getCTTbl().getTblPr().isSetTblBorders()) {
                t.getCTTbl().getTblPr().unsetTblBorders();
            }
            String[][] rows = {
                {"TableHeading", "TableHeading"},
                {"TableMeetingLabel", "TableText"},
                {"TableRowHeading", "TableNum"},
                {"TableHeadingPlanNo", "TableHeadingPlanLines"},
                {"TablePlanNo", "LineOfEnquiry"},
                {"TableAddedPlanNo", "TableAddedPlanRec"},
                {"TableRowHeading", "TableProgressNotStarted"},
                {"TableRowHeading", "TableProgressOnTrack"},
                {"TableRowHeading", "TableProgressAtRisk"},
                {"TableRowHeading", "TableProgressOffTrack"},
                {"TableRowHeading", "TableProgressComplete"},
                {"TableRowHeading", "TableRatingOutstanding"},
                {"TableRowHeading", "TableRatingGood"},
                {"TableRowHeading", "TableRatingRequiresImprovement"},
                {"TableRowHeading", "TableRatingInadequate"},
                {"TableRowHeading", "TableRatingNotRated"},
                {"TableKq", "TableKqNum"},
                {"TablePrompt", "TableNum"},
                {"TableLowest", "TableLowestNum"}};
            for (int i = 0; i < rows.length; i++) {
                XWPFTableRow row = t.insertNewTableRow(i);
                if (i == 0) {
                    row.setRepeatHeader(true);
                }
                for (String style : rows[i]) {
                    XWPFTableCell cell = row.createCell();
                    XWPFParagraph cp = cell.getParagraphs().isEmpty() ? cell.addParagraph()
                            : cell.getParagraphs().get(0);
                    cp.setStyle(style);
                    cp.createRun().setText(doc.getStyles().getStyle(style).getName());
                    String fill = fill(style);
                    if (fill != null) {
                        cell.setColor(fill);
                    }
                }
            }
            paragraph(doc, null, "A cell takes the shading of its paragraph style (header row, meeting labels,"
                    + " progress, ratings, tinted rows).");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return ZipNormaliser.normalise(out.toByteArray(), TIME);
        }
    }

    /** The shading a sample cell gets: the fill in the style's own paragraph properties, or its base's. */
    private static String fill(String styleId) {
        String xml = stylesXml();
        for (String id = styleId; id != null; ) {
            Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + id + "\">(.*?)</w:style>").matcher(xml);
            if (!m.find()) {
                return null;
            }
            Matcher f = Pattern.compile("<w:pPr>.*?w:fill=\"([0-9A-Fa-f]{6})\".*?</w:pPr>").matcher(m.group(1));
            if (f.find()) {
                return f.group(1);
            }
            Matcher b = Pattern.compile("<w:basedOn w:val=\"([^\"]+)\"/>").matcher(m.group(1));
            id = b.find() ? b.group(1) : null;
        }
        return null;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    // ------------------------------------------------------------------------------------------------- logo

    /**
     * The council's emblem, 360 x 120 px on white: a teal shield with a kestrel over a river ford, and the
     * council's name set in DejaVu Sans (read from the class path, so every machine draws the same pixels).
     */
    public static byte[] logo() throws IOException {
        int w = 360;
        int h = 120;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            Color teal = new Color(0x0E5E63);
            Color gold = new Color(0xD9A520);
            // the shield
            Path2D shield = new GeneralPath();
            shield.moveTo(10, 8);
            shield.lineTo(94, 8);
            shield.lineTo(94, 62);
            shield.curveTo(94, 90, 72, 104, 52, 113);
            shield.curveTo(32, 104, 10, 90, 10, 62);
            shield.closePath();
            g.setColor(teal);
            g.fill(shield);
            // the ford: three white waves across the foot of the shield
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setClip(shield);
            for (int i = 0; i < 3; i++) {
                int y = 70 + i * 12;
                Path2D wave = new GeneralPath();
                wave.moveTo(8, y);
                for (int x = 8; x < 96; x += 22) {
                    wave.quadTo(x + 5.5, y - 6, x + 11, y);
                    wave.quadTo(x + 16.5, y + 6, x + 22, y);
                }
                g.draw(wave);
            }
            g.setClip(null);
            // the kestrel: a gold bird with swept wings, hovering over the water
            Path2D bird = new GeneralPath();
            bird.moveTo(52, 22);
            bird.lineTo(58, 36);
            bird.lineTo(84, 28);
            bird.lineTo(62, 44);
            bird.lineTo(58, 58);
            bird.lineTo(52, 50);
            bird.lineTo(46, 58);
            bird.lineTo(42, 44);
            bird.lineTo(20, 28);
            bird.lineTo(46, 36);
            bird.closePath();
            g.setColor(gold);
            g.fill(bird);
            // the name
            g.setColor(teal);
            g.setFont(dejaVu("DejaVuSans-Bold.ttf", 27f));
            g.drawString("KESTRELFORD", 108, 56);
            g.setColor(new Color(0x333333));
            g.setFont(dejaVu("DejaVuSans.ttf", 18.5f));
            g.drawString("County Council", 109, 84);
            g.setColor(gold);
            g.fillRect(108, 96, 236, 4);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Font dejaVu(String file, float size) throws IOException {
        try (InputStream in = CouncilReferenceGenerator.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IOException("DejaVu font " + file + " is not on the class path (jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
    }
}
