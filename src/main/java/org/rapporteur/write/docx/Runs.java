package org.rapporteur.write.docx;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Inline content: text, {@code strong}/{@code em} as the Strong and Emphasis character styles, a class with a
 * character style of its name ({@code span.rating-word}: "RatingWord"), superscript and subscript, line breaks,
 * hyperlinks ({@code #id} links to bookmarks), footnote references and pictures.
 */
final class Runs {

    private final Context cx;
    private final Footnotes footnotes;
    private final Pictures pictures;
    private final Map<String, String> relationships = new HashMap<>();

    Runs(Context cx) {
        this.cx = cx;
        this.footnotes = new Footnotes(cx, this);
        this.pictures = new Pictures(cx.sections());
    }

    Footnotes footnotes() {
        return footnotes;
    }

    void children(Element e, ParagraphText para, RunFormat f) throws IOException, InvalidFormatException {
        for (Node n : e.childNodes()) {
            inline(n, para, f);
        }
    }

    void inline(Node n, ParagraphText para, RunFormat f) throws IOException, InvalidFormatException {
        if (n instanceof TextNode t) {
            para.text(t.getWholeText(), f);
            return;
        }
        if (!(n instanceof Element e) || Markup.skipped(e)) {
            return;
        }
        DocumentStyles styles = cx.styles();
        switch (e.normalName()) {
            case "br" -> para.lineBreak(f);
            case "img" -> pictures.add(e, para, f);
            case "strong", "b" -> children(e, para, f.withStyle(styles.ifPresent("Strong", STStyleType.CHARACTER)));
            case "em", "i", "cite" -> children(e, para, f.withStyle(styles.ifPresent("Emphasis",
                    STStyleType.CHARACTER)));
            case "a" -> link(e, para, f);
            case "sup" -> {
                Element a = e.selectFirst("a[href^=#]");
                children(e, para, a != null && footnotes.isLink(a) ? f : f.withVert("superscript"));
            }
            case "sub" -> children(e, para, f.withVert("subscript"));
            default -> children(e, para, f.withStyle(styles.ofClass(e, STStyleType.CHARACTER)));
        }
    }

    private void link(Element a, ParagraphText para, RunFormat f) throws IOException, InvalidFormatException {
        String href = a.attr("href").trim();
        if (footnotes.isLink(a)) {
            footnotes.reference(a, para);
            return;
        }
        if (href.isEmpty() || f.link() != null) {
            children(a, para, f);
            return;
        }
        para.owedSpace(f);
        String anchor = href.startsWith("#") ? cx.bookmarks().name(href.substring(1)) : null;
        if (href.startsWith("#") && anchor == null) {
            // a link to nothing in the document: its text only
            children(a, para, f);
            return;
        }
        String relation = null;
        if (anchor == null) {
            try {
                relation = relationship(para.paragraph().getPart(), href);
            } catch (IllegalArgumentException e) {
                // not a URI Word can open: the text only
                children(a, para, f);
                return;
            }
        }
        CTHyperlink link = para.paragraph().getCTP().addNewHyperlink();
        if (anchor != null) {
            link.setAnchor(anchor);
        } else {
            link.setId(relation);
        }
        link.setHistory(true);
        children(a, para, f.withLink(link));
    }

    /** One relationship per part and address, however often the document links to it. */
    private String relationship(POIXMLDocumentPart part, String href) {
        String key = System.identityHashCode(part) + " " + href;
        String id = relationships.get(key);
        if (id == null) {
            id = part.getPackagePart().addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation()).getId();
            relationships.put(key, id);
        }
        return id;
    }
}
