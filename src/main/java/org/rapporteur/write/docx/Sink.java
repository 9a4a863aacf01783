package org.rapporteur.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Where block content goes: the document body, or a table cell (which takes no tables, page breaks or sections). */
final class Sink {

    private final XWPFDocument doc;
    private final XWPFTableCell cell;
    private boolean first = true;

    private Sink(XWPFDocument doc, XWPFTableCell cell) {
        this.doc = doc;
        this.cell = cell;
    }

    static Sink body(XWPFDocument doc) {
        return new Sink(doc, null);
    }

    /** A cell's paragraphs: the empty one every new cell has first, then new ones. */
    static Sink cell(XWPFTableCell cell) {
        return new Sink(null, cell);
    }

    /** True for the document body, where page breaks, sections and tables go. */
    boolean body() {
        return cell == null;
    }

    XWPFParagraph paragraph() {
        if (body()) {
            return doc.createParagraph();
        }
        boolean reuse = first && cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty();
        first = false;
        return reuse ? cell.getParagraphs().get(0) : cell.addParagraph();
    }

    /** A new table, or null where tables cannot go (their text is then written as paragraphs). */
    XWPFTable table() {
        if (!body()) {
            return null;
        }
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        return t;
    }
}
