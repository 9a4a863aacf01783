package org.rapporteur.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A pipe table as the document conventions' data table: {@code table}, {@code thead} with {@code th scope="col"}
 * (the header row every writer repeats and tags as headers), {@code tbody} with {@code td}. A column typed
 * right-aligned ({@code ---:}) or centred ({@code :---:}) says so in a {@code style} attribute of one of two fixed
 * values, never author text.
 */
final class TableHtml implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    TableHtml(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class, TableHead.class, TableBody.class, TableRow.class, TableCell.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof TableBlock) {
            element(node, "table");
        } else if (node instanceof TableHead) {
            element(node, "thead");
        } else if (node instanceof TableBody) {
            element(node, "tbody");
        } else if (node instanceof TableRow) {
            element(node, "tr");
        } else if (node instanceof TableCell cell) {
            cell(cell);
        }
    }

    /** An element on lines of its own; a row's cells on the row's line. */
    private void element(Node node, String tag) {
        html.line();
        html.tag(tag);
        if (!(node instanceof TableRow)) {
            html.line();
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/" + tag);
        html.line();
    }

    private void cell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        Map<String, String> attributes = new LinkedHashMap<>();
        if (cell.isHeader()) {
            attributes.put("scope", "col");
        }
        if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
            attributes.put("style", "text-align: right");
        } else if (cell.getAlignment() == TableCell.Alignment.CENTER) {
            attributes.put("style", "text-align: center");
        }
        html.tag(tag, attributes);
        for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/" + tag);
    }
}
