package org.rapporteur.write.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * {@code div.contents}: its heading as "TOC Heading" (not a heading style, so the contents do not list themselves)
 * and a TOC field whose result is the document's own list, linked to the bookmarks, until Word updates it.
 */
record Contents(Context cx, Runs runs) {

    void write(Element contents, Sink sink) throws IOException, InvalidFormatException {
        Paragraphs paragraphs = cx.paragraphs();
        DocumentStyles styles = cx.styles();
        if (sink.body()) {
            paragraphs.breakPage();
        }
        Element title = contents.selectFirst("h1, h2, h3, h4, h5, h6");
        ParagraphText heading = ParagraphText.of(paragraphs.create(sink, styles.paragraphOr("TOCHeading", null)));
        if (title != null) {
            runs.children(title, heading, RunFormat.PLAIN);
        } else {
            heading.text("Contents", RunFormat.PLAIN);
        }
        List<Element> links = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int deepest = 0;
        for (Element a : contents.select("a[href^=#]")) {
            Element target = cx.html().getElementById(a.attr("href").substring(1));
            int level = 1;
            if (target != null && target.normalName().matches("h[2-6]")) {
                level = target.normalName().charAt(1) - '1';
            }
            links.add(a);
            levels.add(level);
            deepest = Math.max(deepest, level);
        }
        int upTo = deepest == 0 ? 3 : Math.min(deepest, 9);
        String instruction = " TOC \\o \"1-" + upTo + "\" \\h \\z \\u ";
        if (links.isEmpty()) {
            XWPFParagraph p = paragraphs.create(sink, styles.paragraphOr("TOC1", null));
            Fields.start(p, instruction);
            p.createRun().setText("Update this field to list the contents.");
            Fields.mark(p.createRun(), STFldCharType.END);
        }
        for (int i = 0; i < links.size(); i++) {
            XWPFParagraph p = paragraphs.create(sink, styles.paragraphOr("TOC" + levels.get(i), null));
            if (i == 0) {
                Fields.start(p, instruction);
            }
            entry(p, links.get(i));
            if (i == links.size() - 1) {
                Fields.mark(p.createRun(), STFldCharType.END);
            }
        }
        if (sink.body()) {
            paragraphs.breakPage();
        }
    }

    /** One entry: the link's text, a tab and the page of its bookmark, all one hyperlink to the bookmark. */
    private void entry(XWPFParagraph p, Element a) throws IOException, InvalidFormatException {
        String name = cx.bookmarks().name(a.attr("href").substring(1));
        CTHyperlink link = p.getCTP().addNewHyperlink();
        if (name != null) {
            link.setAnchor(name);
        }
        link.setHistory(true);
        runs.children(a, ParagraphText.of(p), RunFormat.inLink(link));
        link.addNewR().addNewTab();
        if (name != null) {
            Fields.mark(new XWPFHyperlinkRun(link, link.addNewR(), p), STFldCharType.BEGIN);
            Fields.instruction(new XWPFHyperlinkRun(link, link.addNewR(), p), " PAGEREF " + name + " \\h ");
            Fields.mark(new XWPFHyperlinkRun(link, link.addNewR(), p), STFldCharType.SEPARATE);
            Fields.mark(new XWPFHyperlinkRun(link, link.addNewR(), p), STFldCharType.END);
        }
    }
}
