package org.rapporteur.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Word sections: {@code div.landscape} and {@code div.new-numbering} become sections of their own (landscape pages;
 * page numbers from 1), with the page set-up, header and footer of the document. Also the text width in effect,
 * which tables and pictures fit.
 */
final class Sections {

    /** A section break written at the end of a section: the paragraph's sectPr, and what the section was. */
    private record Mark(XWPFParagraph paragraph, boolean landscape, boolean restart) {
    }

    private final XWPFDocument doc;
    private final Paragraphs paragraphs;
    private final int portraitWidth;
    private final int landscapeWidth;
    private final List<Mark> marks = new ArrayList<>();
    private boolean landscape;
    private boolean restart;

    Sections(XWPFDocument doc, Paragraphs paragraphs) {
        this.doc = doc;
        this.paragraphs = paragraphs;
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        this.portraitWidth = width(sect, false, WordStyles.TEXT_WIDTH);
        this.landscapeWidth = width(sect, true, portraitWidth);
    }

    /** The width of the text in twentieths of a point, on the pages being written. */
    int textWidth() {
        return landscape ? landscapeWidth : portraitWidth;
    }

    /** True for a block that makes a section of its own here (in the body, and not inside another). */
    boolean opens(Element e, Sink sink) {
        return sink.body() && (e.hasClass("landscape") || e.hasClass("new-numbering")) && !landscape && !restart;
    }

    /** Ends the section before the block, which begins its own. */
    void open(Element e) {
        end();
        landscape = e.hasClass("landscape");
        restart = e.hasClass("new-numbering");
    }

    /** Ends the block's own section. */
    void close() {
        end();
        landscape = false;
        restart = false;
    }

    private void end() {
        List<IBodyElement> elements = doc.getBodyElements();
        if (elements.isEmpty() || !marks.isEmpty()
                && elements.get(elements.size() - 1) == marks.get(marks.size() - 1).paragraph()) {
            return; // a section ends here already (or nothing is written yet)
        }
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr().addNewSectPr();
        marks.add(new Mark(p, landscape, restart));
        paragraphs.cancelBreak();
    }

    /** Gives every section the page set-up, header and footer of the document, then its own orientation. */
    void finish() {
        if (marks.isEmpty()) {
            return;
        }
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        Mark last = marks.get(marks.size() - 1);
        List<IBodyElement> elements = doc.getBodyElements();
        if (!elements.isEmpty() && elements.get(elements.size() - 1) == last.paragraph()) {
            // the special block ends the document: its properties become the final section's
            doc.removeBodyElement(doc.getPosOfParagraph(last.paragraph()));
            marks.remove(marks.size() - 1);
            CTSectPr original = (CTSectPr) body.copy();
            shape(body, original, last.landscape(), last.restart());
        }
        for (Mark m : marks) {
            shape(m.paragraph().getCTP().getPPr().getSectPr(), body, m.landscape(), m.restart());
        }
    }

    private static void shape(CTSectPr sect, CTSectPr template, boolean landscape, boolean restart) {
        CTSectPr copy = (CTSectPr) template.copy();
        if (copy.isSetPgNumType()) {
            copy.unsetPgNumType();
        }
        if (copy.isSetPgSz()) {
            var size = copy.getPgSz();
            boolean wide = twips(size.getW()) > twips(size.getH());
            if (landscape != wide) {
                Object w = size.getW();
                size.setW(size.getH());
                size.setH(w);
            }
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        }
        if (restart) {
            copy.addNewPgNumType().setStart(BigInteger.ONE);
        }
        sect.set(copy);
    }

    /** The page's width (or, turned, its height) less the side margins; {@code otherwise} if that is odd. */
    private static int width(CTSectPr sect, boolean turned, int otherwise) {
        try {
            if (sect != null && sect.isSetPgSz() && sect.isSetPgMar()) {
                long w = twips(turned ? sect.getPgSz().getH() : sect.getPgSz().getW());
                long l = twips(sect.getPgMar().getLeft());
                long r = twips(sect.getPgMar().getRight());
                if (w - l - r > 1440) {
                    return (int) (w - l - r);
                }
            }
        } catch (RuntimeException e) {
            // an odd measure in the reference: keep the other width
        }
        return otherwise;
    }

    private static long twips(Object o) {
        if (o instanceof BigInteger b) {
            return b.longValue();
        }
        if (o instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(String.valueOf(o));
    }
}
