package org.rapporteur.write.docx;

import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code ul}, {@code ol[start]}: List Bullet and List Number paragraphs with real numbering; nesting goes down the
 * levels; further paragraphs of an item are List Continue.
 */
record Lists(Context cx, Walker walker, Runs runs, Numbering numbering) {

    /** One list being written: its numbering, level and paragraph style. */
    private record Level(BigInteger num, int level, String style, int depth) {
    }

    void write(Element list, Sink sink, BlockStyle ctx, int depth) throws IOException, InvalidFormatException {
        boolean ordered = list.normalName().equals("ol");
        int level = Math.min(depth, 8);
        BigInteger num = ordered ? numbering.ordered(start(list), level) : numbering.bullets();
        String style = cx.styles().paragraphOr(ordered ? "ListNumber" : "ListBullet", null);
        Level at = new Level(num, level, style, depth);
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) {
                walker.block(li, sink, ctx);
                continue;
            }
            item(li, sink, ctx, at);
        }
    }

    private static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").trim()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The item's first paragraph is numbered (its loose text, or its first p); what follows is List Continue, and
     * nested lists go a level down.
     */
    private void item(Element li, Sink sink, BlockStyle ctx, Level at) throws IOException, InvalidFormatException {
        ParagraphText first = null;
        BlockStyle continued = new BlockStyle(cx.styles().paragraphOr("ListContinue", ctx.textStyle()),
                ctx.headingPrefix());
        for (Node n : li.childNodes()) {
            if (Markup.inline(n)) {
                if (first == null) {
                    if (n instanceof TextNode t && t.isBlank()) {
                        continue;
                    }
                    first = ParagraphText.of(numbered(sink, at));
                }
                runs.inline(n, first, RunFormat.PLAIN);
                continue;
            }
            Element e = (Element) n;
            if (Markup.skipped(e)) {
                continue;
            }
            if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
                write(e, sink, ctx, at.depth() + 1);
                first = first == null ? ParagraphText.of(null) : first;
            } else if (first == null && e.normalName().equals("p")) {
                first = ParagraphText.of(numbered(sink, at));
                runs.children(e, first, RunFormat.PLAIN);
            } else {
                first = first == null ? ParagraphText.of(null) : first;
                walker.block(e, sink, continued);
            }
        }
        if (first == null) {
            numbered(sink, at);
        }
    }

    private XWPFParagraph numbered(Sink sink, Level at) {
        XWPFParagraph p = cx.paragraphs().create(sink, at.style());
        cx.paragraphs().gapAfterTable(p);
        p.setNumID(at.num());
        p.setNumILvl(BigInteger.valueOf(at.level()));
        return p;
    }
}
