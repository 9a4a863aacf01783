package org.rapporteur.write.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Walks the XHTML body and hands each block to its writer: headings and paragraphs here, lists, tables and the
 * contents to theirs; {@code div.cover} and {@code div.chapter} set page breaks, {@code div.landscape} and
 * {@code div.new-numbering} sections, and a {@code div} or {@code blockquote} with a class style the style of the
 * paragraphs inside.
 */
final class Walker {

    private final Context cx;
    private final Runs runs;
    private final Lists lists;
    private final Tables tables;
    private final Contents contents;

    Walker(Context cx) {
        this.cx = cx;
        this.runs = new Runs(cx);
        this.lists = new Lists(cx, this, runs, new Numbering(cx));
        this.tables = new Tables(cx, this, runs, new ColumnWidths(cx.html(), cx.sections()));
        this.contents = new Contents(cx, runs);
    }

    /** Writes the body's blocks into the document body. */
    void body(Element body) throws IOException, InvalidFormatException {
        blocks(body, Sink.body(cx.doc()), BlockStyle.BODY);
    }

    void blocks(Element container, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        List<Node> loose = new ArrayList<>();
        for (Node n : container.childNodes()) {
            if (Markup.inline(n)) {
                loose.add(n);
                continue;
            }
            flushInline(loose, sink, ctx);
            if (n instanceof Element e) {
                block(e, sink, ctx);
            }
        }
        flushInline(loose, sink, ctx);
    }

    /** Loose inline content between blocks becomes a paragraph of the container's text style. */
    private void flushInline(List<Node> nodes, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        if (nodes.isEmpty()) {
            return;
        }
        boolean content = false;
        for (Node n : nodes) {
            if (n instanceof TextNode t ? !t.isBlank() : true) {
                content = true;
                break;
            }
        }
        if (content) {
            ParagraphText para = ParagraphText.of(cx.paragraphs().create(sink, ctx.textStyle()));
            cx.paragraphs().gapAfterTable(para.paragraph());
            for (Node n : nodes) {
                runs.inline(n, para, RunFormat.PLAIN);
            }
        }
        nodes.clear();
    }

    void block(Element e, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        if (Markup.skipped(e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("p") && e.hasClass("footnote") && runs.footnotes().isReferenced(e)) {
            return;
        }
        if (!e.id().isEmpty() && !tag.matches("h[1-6]|p")) {
            cx.bookmarks().markNext(e.id());
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, sink, ctx);
            case "p", "address", "pre", "dt", "dd", "figcaption" -> paragraph(e, sink, ctx);
            case "ul", "ol" -> lists.write(e, sink, ctx, 0);
            case "table" -> tables.write(e, sink, ctx);
            case "blockquote" -> {
                String s = cx.styles().ofClass(e, STStyleType.PARAGRAPH);
                blocks(e, sink, new BlockStyle(s != null ? s : cx.styles().paragraphOr("Quote", ctx.textStyle()),
                        s != null ? s : ctx.headingPrefix()));
            }
            case "hr", "br" -> { }
            default -> division(e, sink, ctx);
        }
    }

    /** A div or another container: the contents, a section of its own, a chapter or the cover, or just its blocks. */
    private void division(Element e, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        if (e.hasClass("contents")) {
            contents.write(e, sink);
            return;
        }
        String s = cx.styles().ofClass(e, STStyleType.PARAGRAPH);
        BlockStyle inside = s == null ? ctx : new BlockStyle(s, s);
        Sections sections = cx.sections();
        if (sections.opens(e, sink)) {
            sections.open(e);
            blocks(e, sink, inside);
            sections.close();
            return;
        }
        if (e.hasClass("chapter") && sink.body()) {
            cx.paragraphs().breakPage();
        }
        blocks(e, sink, inside);
        if (e.hasClass("cover") && sink.body()) {
            cx.paragraphs().breakPage();
        }
    }

    private void heading(Element h, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        DocumentStyles styles = cx.styles();
        int level = h.normalName().charAt(1) - '0';
        String style;
        if (level == 1) {
            style = "Title";
        } else {
            int word = Math.min(level - 1, 9);
            style = "Heading" + word;
            if (ctx.headingPrefix() != null
                    && styles.has(ctx.headingPrefix() + "Heading" + word, STStyleType.PARAGRAPH)) {
                style = ctx.headingPrefix() + "Heading" + word;
            }
            while (!styles.has(style, STStyleType.PARAGRAPH) && word > 1) {
                style = "Heading" + --word;
            }
        }
        if (!h.id().isEmpty()) {
            cx.bookmarks().markNext(h.id());
        }
        runs.children(h, ParagraphText.of(cx.paragraphs().create(sink, style)), RunFormat.PLAIN);
    }

    private void paragraph(Element p, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        DocumentStyles styles = cx.styles();
        if (p.hasClass("rating")) {
            rating(p, sink, ctx);
            return;
        }
        if (Markup.hasBlocks(p)) {
            blocks(p, sink, ctx);
            return;
        }
        String style = styles.ofClass(p, STStyleType.PARAGRAPH);
        if (style == null && p.hasClass("footnote")) {
            style = styles.ifPresent("FootnoteText", STStyleType.PARAGRAPH);
        } else if (style == null && p.normalName().equals("figcaption")) {
            style = styles.ifPresent("Caption", STStyleType.PARAGRAPH);
        }
        if (!p.id().isEmpty()) {
            cx.bookmarks().markNext(p.id());
        }
        ParagraphText para = ParagraphText.of(cx.paragraphs().create(sink, style != null ? style : ctx.textStyle()));
        if (style == null) {
            cx.paragraphs().gapAfterTable(para.paragraph());
        }
        runs.children(p, para, RunFormat.PLAIN);
    }

    /** {@code p.rating.rating-<slug>}: the rating's tile style, else "Rating"; the word is always the text. */
    private void rating(Element p, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        DocumentStyles styles = cx.styles();
        String style = cx.palette().ratingOf(p)
                .map(r -> styles.ifPresent(r.paragraphStyle(), STStyleType.PARAGRAPH)).orElse(null);
        if (style == null) {
            style = styles.ifPresent("Rating", STStyleType.PARAGRAPH);
        }
        ParagraphText para = ParagraphText.of(cx.paragraphs().create(sink, style != null ? style : ctx.textStyle()));
        runs.children(p, para, RunFormat.PLAIN);
    }
}
