package org.rapporteur.write.docx;

import com.ibm.icu.text.Bidi;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.rapporteur.write.TextDirection;

/**
 * Right-to-left text in the Word file, as {@link TextDirection} does for the PDF and HTML: a paragraph whose first
 * strong letter is right to left becomes a right-to-left paragraph ({@code w:bidi}), and a run of right-to-left text
 * with no left-to-right letters is marked right to left ({@code w:rtl}), so that Word and LibreOffice order and align
 * it as the other formats do. Paragraphs without right-to-left letters are left alone.
 */
final class WordDirection {

    private WordDirection() {
    }

    static void mark(XWPFDocument doc) {
        mark((IBody) doc);
        doc.getHeaderList().forEach(WordDirection::mark);
        doc.getFooterList().forEach(WordDirection::mark);
        doc.getFootnotes().forEach(WordDirection::mark);
    }

    private static void mark(IBody body) {
        mark(body.getBodyElements());
    }

    private static void mark(List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                mark(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        mark(cell.getBodyElements());
                    }
                }
            }
        }
    }

    private static void mark(XWPFParagraph p) {
        String text = p.getText();
        if (!TextDirection.hasRightToLeft(text)) {
            return;
        }
        if (Bidi.getBaseDirection(text) == Bidi.RTL) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetBidi()) {
                ppr.addNewBidi();
            }
        }
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (TextDirection.hasRightToLeft(t) && !hasLeftToRight(t)) {
                CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                if (rpr.sizeOfRtlArray() == 0) {
                    rpr.addNewRtl();
                }
            }
        }
    }

    private static boolean hasLeftToRight(String text) {
        return text.codePoints().anyMatch(cp -> com.ibm.icu.lang.UCharacter.getDirection(cp)
                == com.ibm.icu.lang.UCharacterDirection.LEFT_TO_RIGHT);
    }
}
