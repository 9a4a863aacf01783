package org.rapporteur.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * New paragraphs, and what the next one in the body owes to what came before it: a page break (after the cover,
 * before a chapter or the contents), space after a table, and the bookmarks of elements that begin with it.
 */
final class Paragraphs {

    private final Bookmarks bookmarks;
    private boolean breakDue;
    private boolean afterTable;
    private boolean gapDue;

    Paragraphs(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    /** A new paragraph in the sink, of {@code style} (null: the sink's default). */
    XWPFParagraph create(Sink sink, String style) {
        XWPFParagraph p = sink.paragraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (sink.body()) {
            gapDue = afterTable;
            afterTable = false;
        }
        if (breakDue && sink.body()) {
            p.setPageBreak(true);
            breakDue = false;
        }
        bookmarks.place(p);
        return p;
    }

    /**
     * Text right after a table is set off from it (a table has no space below it in Word). Paragraphs with a
     * class style of their own, such as a table's source note, keep their style's spacing.
     */
    void gapAfterTable(XWPFParagraph p) {
        if (gapDue) {
            p.setSpacingBefore(200);
            gapDue = false;
        }
    }

    /** The next body paragraph starts a page. */
    void breakPage() {
        breakDue = true;
    }

    boolean breakDue() {
        return breakDue;
    }

    /** A section break starts the page instead. */
    void cancelBreak() {
        breakDue = false;
    }

    /** A table was written in the sink. */
    void tableEnded(Sink sink) {
        afterTable = sink.body();
    }
}
