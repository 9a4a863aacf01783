package org.rapporteur.write.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * {@code sup.fnref > a[href="#fn-N"]} and {@code p.footnote#fn-N}: a Word footnote (Footnote Text, Footnote
 * Reference; a mark other than a number is a custom mark). A referenced note's paragraph is not printed in the text.
 */
final class Footnotes {

    private final Context cx;
    private final Runs runs;
    private final Map<String, Element> notes = new HashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, BigInteger> written = new HashMap<>();

    Footnotes(Context cx, Runs runs) {
        this.cx = cx;
        this.runs = runs;
        for (Element p : cx.html().select("p.footnote[id]")) {
            notes.put(p.id(), p);
        }
        for (Element a : cx.html().select("a[href^=#]")) {
            referenced.add(a.attr("href").substring(1));
        }
    }

    /** True for a link to a footnote. */
    boolean isLink(Element a) {
        String href = a.attr("href");
        return href.startsWith("#") && notes.containsKey(href.substring(1));
    }

    /** True for a note's paragraph that the text refers to: it is written as a footnote, not in the text. */
    boolean isReferenced(Element p) {
        return referenced.contains(p.id());
    }

    /** The footnote reference at a link to a note; the note itself the first time. */
    void reference(Element a, ParagraphText para) throws IOException, InvalidFormatException {
        String id = a.attr("href").substring(1);
        String mark = a.text().strip();
        boolean custom = !mark.matches("\\d+");
        para.owedSpace(RunFormat.PLAIN);
        para.started();
        XWPFRun r = para.run(RunFormat.PLAIN);
        r.setStyle(cx.styles().ifPresent("FootnoteReference", STStyleType.CHARACTER));
        BigInteger fid = written.get(id);
        if (fid != null) {
            // Word cannot reference one note twice: repeat the mark
            r.setText(mark);
            if (!cx.styles().has("FootnoteReference", STStyleType.CHARACTER)) {
                r.setVerticalAlignment("superscript");
            }
            return;
        }
        fid = note(notes.get(id), mark, custom);
        written.put(id, fid);
        CTFtnEdnRef ref = r.getCTR().addNewFootnoteReference();
        ref.setId(fid);
        if (custom) {
            ref.setCustomMarkFollows(true);
            r.getCTR().addNewT().setStringValue(mark);
        }
        if (!cx.styles().has("FootnoteReference", STStyleType.CHARACTER)) {
            r.setVerticalAlignment("superscript");
        }
    }

    private BigInteger note(Element p, String mark, boolean custom) throws IOException, InvalidFormatException {
        if (cx.doc().getFootnotes().isEmpty() && !hasSeparators()) {
            cx.doc().createFootnotes();
            separator(-1, STFtnEdn.SEPARATOR);
            separator(0, STFtnEdn.CONTINUATION_SEPARATOR);
            WordSettings.footnoteSeparators(cx.doc().getSettings().getCTSettings());
        }
        XWPFFootnote note = cx.doc().createFootnote();
        XWPFParagraph fp = note.createParagraph();
        while (!fp.getRuns().isEmpty()) {
            // POI starts the paragraph with a reference mark of its own; ours follows
            fp.removeRun(0);
        }
        String style = cx.styles().ifPresent("FootnoteText", STStyleType.PARAGRAPH);
        if (style != null) {
            fp.setStyle(style);
        }
        XWPFRun m = fp.createRun();
        m.setStyle(cx.styles().ifPresent("FootnoteReference", STStyleType.CHARACTER));
        if (custom) {
            m.setText(mark);
        } else {
            m.getCTR().addNewFootnoteRef();
        }
        ParagraphText para = ParagraphText.afterMark(fp);
        boolean leading = true;
        for (Node n : p.childNodes()) {
            if (leading) {
                if (n instanceof TextNode t && t.isBlank()) {
                    continue;
                }
                leading = false;
                if (n instanceof Element e && e.normalName().equals("sup")) {
                    continue;
                }
            }
            runs.inline(n, para, RunFormat.PLAIN);
        }
        return note.getCTFtnEdn().getId();
    }

    private boolean hasSeparators() {
        for (XWPFFootnote f : cx.doc().getFootnotes()) {
            if (f.getCTFtnEdn().getType() == STFtnEdn.SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    private void separator(int id, STFtnEdn.Enum type) {
        CTFtnEdn note = CTFtnEdn.Factory.newInstance();
        note.setId(BigInteger.valueOf(id));
        note.setType(type);
        CTP p = note.addNewP();
        CTPPr pr = p.addNewPPr();
        var spacing = pr.addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        CTR r = p.addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            r.addNewSeparator();
        } else {
            r.addNewContinuationSeparator();
        }
        cx.doc().addFootnote(note);
    }
}
