package org.rapporteur.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown footnotes as the document conventions' notes: each mark a {@code sup.fnref} linking to its note, and
 * the notes, numbered from 1 in the order the text first refers to them, as {@code p.footnote} paragraphs after the
 * prose (each starting with its number, which links back to the mark). The ids are {@code fn-<block>-<n>} and
 * {@code fnref-<block>-<n>}, where {@code block} names this piece of prose among all the document's, so they are
 * unique in the document however many pieces of prose have notes.
 */
final class NoteHtml implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Supplier<String> blocks;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, FootnoteDefinition> notes = new HashMap<>();
    private final Set<String> marked = new HashSet<>();
    private String block;

    /** {@code blocks} names the next piece of prose that has notes, once per piece. */
    NoteHtml(HtmlNodeRendererContext context, Supplier<String> blocks) {
        this.context = context;
        this.html = context.getWriter();
        this.blocks = blocks;
    }

    /** A note's label as Markdown matches them: case and runs of spaces do not count. */
    static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FootnoteReference.class, FootnoteDefinition.class);
    }

    @Override
    public void beforeRoot(Node root) {
        List<FootnoteReference> references = new ArrayList<>();
        collect(root, references);
        for (FootnoteReference r : references) {
            String key = key(r.getLabel());
            if (notes.containsKey(key) && !numbers.containsKey(key)) {
                numbers.put(key, numbers.size() + 1);
            }
        }
        if (!numbers.isEmpty()) {
            block = blocks.get();
        }
    }

    /** The notes (the first of a label) and the marks outside notes, in reading order, without recursion. */
    private void collect(Node root, List<FootnoteReference> references) {
        Node n = root.getFirstChild();
        while (n != null) {
            if (n instanceof FootnoteDefinition d) {
                notes.putIfAbsent(key(d.getLabel()), d);
            } else if (n instanceof FootnoteReference r) {
                references.add(r);
            }
            Node down = n instanceof FootnoteDefinition ? null : n.getFirstChild();
            if (down != null) {
                n = down;
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == root ? null : n.getNext();
        }
    }

    @Override
    public void render(Node node) {
        if (node instanceof FootnoteReference r) {
            Integer number = numbers.get(key(r.getLabel()));
            if (number == null) {
                return; // refused when the prose was checked
            }
            Map<String, String> link = new LinkedHashMap<>();
            link.put("href", "#fn-" + block + "-" + number);
            if (marked.add(key(r.getLabel()))) {
                link.put("id", "fnref-" + block + "-" + number);
            }
            html.tag("sup", Map.of("class", "fnref"));
            html.tag("a", link);
            html.text(Integer.toString(number));
            html.tag("/a");
            html.tag("/sup");
        }
        // a note's text is written after the prose, in afterRoot
    }

    @Override
    public void afterRoot(Node root) {
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            int number = e.getValue();
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "footnote");
            attributes.put("id", "fn-" + block + "-" + number);
            html.line();
            html.tag("p", attributes);
            html.tag("sup");
            html.tag("a", Map.of("href", "#fnref-" + block + "-" + number));
            html.text(Integer.toString(number));
            html.tag("/a");
            html.tag("/sup");
            html.text(" ");
            Node text = notes.get(e.getKey()).getFirstChild();
            if (text instanceof Paragraph) {
                for (Node child = text.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
            }
            html.tag("/p");
            html.line();
        }
    }
}
