package org.rapporteur.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The runs of one paragraph as they are written: whitespace is collapsed across the runs as a browser would. */
final class ParagraphText {

    private final XWPFParagraph paragraph;
    private boolean atStart;
    private boolean space;

    private ParagraphText(XWPFParagraph paragraph, boolean atStart, boolean space) {
        this.paragraph = paragraph;
        this.atStart = atStart;
        this.space = space;
    }

    /** A paragraph's text from its start. */
    static ParagraphText of(XWPFParagraph p) {
        return new ParagraphText(p, true, false);
    }

    /** Text that follows a mark already in the paragraph, a space apart (a footnote's text after its number). */
    static ParagraphText afterMark(XWPFParagraph p) {
        return new ParagraphText(p, false, true);
    }

    XWPFParagraph paragraph() {
        return paragraph;
    }

    /** Text, its whitespace collapsed, as a run of format {@code f}. */
    void text(String raw, RunFormat f) {
        String s = raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (s.isEmpty()) {
            return;
        }
        boolean lead = s.charAt(0) == ' ';
        boolean trail = s.charAt(s.length() - 1) == ' ';
        String core = s.strip();
        if (core.isEmpty()) {
            if (!atStart) {
                space = true;
            }
            return;
        }
        String out = (space || lead) && !atStart ? " " + core : core;
        run(f).setText(out);
        atStart = false;
        space = trail;
    }

    /** A line break: the next text starts a line. */
    void lineBreak(RunFormat f) {
        run(f).addBreak();
        atStart = true;
        space = false;
    }

    /** Writes the space owed before something that is not text (a link, a picture). */
    void owedSpace(RunFormat f) {
        if (space && !atStart) {
            run(f).setText(" ");
            space = false;
        }
    }

    /** Something other than text was written: later text follows it without a space unless it has one. */
    void started() {
        atStart = false;
        space = false;
    }

    /** A new run of format {@code f}, in the link when there is one. */
    XWPFRun run(RunFormat f) {
        XWPFRun r;
        if (f.link() != null) {
            r = new XWPFHyperlinkRun(f.link(), f.link().addNewR(), paragraph);
        } else {
            r = paragraph.createRun();
        }
        if (f.style() != null) {
            r.setStyle(f.style());
        }
        if (f.bold()) {
            r.setBold(true);
        }
        if (f.italic()) {
            r.setItalic(true);
        }
        if (f.vert() != null) {
            r.setVerticalAlignment(f.vert());
        }
        return r;
    }
}
