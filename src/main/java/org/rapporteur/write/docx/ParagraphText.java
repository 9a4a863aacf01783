package org.rapporteur.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The runs of one paragraph as they are written: whitespace is collapsed across the runs as a browser would. */
final class ParagraphText {

    /** Where the text stands: at the start of a line, after text, or after text with a space owed before more. */
    private enum State { START, TEXT, SPACE }

    private final XWPFParagraph paragraph;
    private State state;

    private ParagraphText(XWPFParagraph paragraph, State state) {
        this.paragraph = paragraph;
        this.state = state;
    }

    /** A paragraph's text from its start. */
    static ParagraphText of(XWPFParagraph p) {
        return new ParagraphText(p, State.START);
    }

    /** Text that follows a mark already in the paragraph, a space apart (a footnote's text after its number). */
    static ParagraphText afterMark(XWPFParagraph p) {
        return new ParagraphText(p, State.SPACE);
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
            if (state != State.START) {
                state = State.SPACE;
            }
            return;
        }
        String out = (state == State.SPACE || lead) && state != State.START ? " " + core : core;
        run(f).setText(out);
        state = trail ? State.SPACE : State.TEXT;
    }

    /** A line break: the next text starts a line. */
    void lineBreak(RunFormat f) {
        run(f).addBreak();
        state = State.START;
    }

    /** Writes the space owed before something that is not text (a link, a picture). */
    void owedSpace(RunFormat f) {
        if (state == State.SPACE) {
            run(f).setText(" ");
            state = State.TEXT;
        }
    }

    /** Something other than text was written: later text follows it without a space unless it has one. */
    void started() {
        state = State.TEXT;
    }

    /** A new run of format {@code f}, in the link when there is one. */
    XWPFRun run(RunFormat f) {
        XWPFRun r = f.link() != null ? new XWPFHyperlinkRun(f.link(), f.link().addNewR(), paragraph)
                : paragraph.createRun();
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
