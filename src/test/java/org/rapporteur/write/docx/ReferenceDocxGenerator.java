package org.rapporteur.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.rapporteur.ReportFolder;

/**
 * Writes a report kind's Word reference document: the built-in house style ({@link DocxWriter#defaultReference()}:
 * styles, list numbering, fonts with their fallbacks, A4 page with 20 mm margins) plus one sample paragraph per
 * style, named after it, so a publishing team sees every style in Word's Styles pane and on the page, restyles them,
 * and saves. The writer never copies this sample text into a report: it keeps the styles and clears the body.
 *
 * <p>Run its {@code main} from the project folder with the test class path, for example:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.rapporteur.write.docx.ReferenceDocxGenerator
 * </pre>
 * It writes {@value #DEFAULT_PATH} (or the path given as the argument); the output is byte-identical from run to
 * run. Regenerating overwrites any restyling done in Word, so do it only to start again from the house style.
 */
public final class ReferenceDocxGenerator {

    /** The file this writes by default. */
    public static final String DEFAULT_PATH = "templates/hmip-youth-full/reference.docx";
    public static final Path DEFAULT_TARGET = Path.of(DEFAULT_PATH);

    private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

    private ReferenceDocxGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : ReportFolder.project().resolve(DEFAULT_TARGET);
        write(target);
        System.out.println("wrote " + target);
    }

    public static void write(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, generate());
    }

    /** The reference document's bytes. */
    public static byte[] generate() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.defaultReference()))) {
            for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
                doc.removeBodyElement(i);
            }
            paragraph(doc, "Title", "Reference document (Title)");
            paragraph(doc, null, "This document holds the styles of Word output for this report kind. Change a"
                    + " style (right-click it in the Styles pane, Modify) and save; the next build uses it. The text"
                    + " below is a sample of each style and is never copied into a report. Keep the style names.");
            for (XWPFStyle s : doc.getStyles().getStyles()) {
                if (s.getType() != STStyleType.PARAGRAPH || s.getStyleId().equals("Normal")
                        || s.getStyleId().equals("Title") || s.getStyleId().startsWith("Table")) {
                    continue;
                }
                paragraph(doc, s.getStyleId(), s.getName() + " (" + s.getStyleId() + ")");
            }
            XWPFParagraph p = paragraph(doc, null, "Character styles: ");
            for (String id : List.of("Strong", "Emphasis", "Hyperlink", "RatingWord", "Star", "FootnoteReference")) {
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
                {"TableHeading", "TableHeadingNum"},
                {"TableRowHeading", "TableNum"},
                {"TableKq", "TableKqNum"},
                {"TablePrompt", "TableNum"},
                {"TableLowest", "TableLowestNum"},
                {"TableRowHeading", "TableRatingOutstanding"},
                {"TableRowHeading", "TableRatingGood"},
                {"TableRowHeading", "TableRatingRequiresImprovement"},
                {"TableRowHeading", "TableRatingInadequate"},
                {"TableRowHeading", "TableRatingNotRated"},
                {"TableText", "TableText"}};
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
                    String fill = fill(doc, style);
                    if (fill != null) {
                        cell.setColor(fill);
                    }
                }
            }
            paragraph(doc, null, "A cell takes the shading of its paragraph style (header row, ratings, tinted rows).");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return ZipNormaliser.normalise(out.toByteArray(), TIME);
        }
    }

    /** The shading fill of a paragraph style, following basedOn, as the writer gives it to a cell. */
    private static String fill(XWPFDocument doc, String styleId) {
        for (String id = styleId; id != null; ) {
            XWPFStyle s = doc.getStyles().getStyle(id);
            if (s == null) {
                return null;
            }
            if (s.getCTStyle().getPPr() != null && s.getCTStyle().getPPr().isSetShd()) {
                try (XmlCursor c = s.getCTStyle().getPPr().getShd().newCursor()) {
                    return c.getAttributeText(new QName(
                            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "fill"));
                }
            }
            id = s.getBasisStyleID();
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
}
