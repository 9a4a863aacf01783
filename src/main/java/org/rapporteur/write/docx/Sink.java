package org.rapporteur.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Where block content goes: the document body or a table cell. */
interface Sink {

    XWPFParagraph paragraph();

    /** A new table, or null where tables cannot go (their text is then written as paragraphs). */
    XWPFTable table();

    /** True for the document body, where page breaks, sections and tables go. */
    boolean body();

    static Sink body(XWPFDocument doc) {
        return new Sink() {
            @Override
            public XWPFParagraph paragraph() {
                return doc.createParagraph();
            }

            @Override
            public XWPFTable table() {
                XWPFTable t = doc.createTable();
                t.removeRow(0);
                return t;
            }

            @Override
            public boolean body() {
                return true;
            }
        };
    }

    /** A cell's paragraphs: the empty one every new cell has first, then new ones. */
    static Sink cell(XWPFTableCell cell) {
        return new Sink() {
            boolean first = true;

            @Override
            public XWPFParagraph paragraph() {
                if (first && cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
                    first = false;
                    return cell.getParagraphs().get(0);
                }
                first = false;
                return cell.addParagraph();
            }

            @Override
            public XWPFTable table() {
                return null;
            }

            @Override
            public boolean body() {
                return false;
            }
        };
    }
}
