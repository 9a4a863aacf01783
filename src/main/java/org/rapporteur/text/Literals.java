package org.rapporteur.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.rapporteur.model.FigureReference;
import org.rapporteur.model.Prose;

/**
 * The text a parsed document holds (words, code, escaped markup), with its {{figure}} references filled in for the
 * time it takes to write it, then put back: the parsed document stays as the check stage left it.
 */
final class Literals {

    /** A literal and how to put it back. */
    private record Held(Node node, String literal) {
    }

    private Literals() {
    }

    /** What {@code write} returns while {@code doc}'s figures are filled in. */
    static String filled(Node doc, Prose prose, FigureText figures, Supplier<String> write) {
        if (figures == FigureText.NONE || FigureReference.in(prose.markdown()).isEmpty()) {
            return write.get();
        }
        List<Held> held = new ArrayList<>();
        try {
            doc.accept(new Filler(prose, figures, held));
            return write.get();
        } finally {
            for (Held h : held) {
                set(h.node(), h.literal());
            }
        }
    }

    private static String get(Node node) {
        if (node instanceof Text t) {
            return t.getLiteral();
        } else if (node instanceof Code c) {
            return c.getLiteral();
        } else if (node instanceof HtmlInline h) {
            return h.getLiteral();
        } else if (node instanceof HtmlBlock h) {
            return h.getLiteral();
        } else if (node instanceof FencedCodeBlock f) {
            return f.getLiteral();
        } else if (node instanceof IndentedCodeBlock i) {
            return i.getLiteral();
        }
        return null;
    }

    private static void set(Node node, String literal) {
        if (node instanceof Text t) {
            t.setLiteral(literal);
        } else if (node instanceof Code c) {
            c.setLiteral(literal);
        } else if (node instanceof HtmlInline h) {
            h.setLiteral(literal);
        } else if (node instanceof HtmlBlock h) {
            h.setLiteral(literal);
        } else if (node instanceof FencedCodeBlock f) {
            f.setLiteral(literal);
        } else if (node instanceof IndentedCodeBlock i) {
            i.setLiteral(literal);
        }
    }

    /** Visits every node in document order, filling each literal that holds a reference. */
    private static final class Filler extends AbstractVisitor {
        private final Prose prose;
        private final FigureText figures;
        private final List<Held> held;
        private int cursor;

        Filler(Prose prose, FigureText figures, List<Held> held) {
            this.prose = prose;
            this.figures = figures;
            this.held = held;
        }

        @Override
        protected void visitChildren(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                fill(n);
                n.accept(this);
            }
        }

        private void fill(Node node) {
            String literal = get(node);
            List<SourceSpan> spans = node.getSourceSpans();
            int at = spans.isEmpty() ? cursor : Math.max(cursor, spans.get(0).getInputIndex());
            if (literal != null && literal.contains("{{")) {
                String filled = figures.fill(prose, literal, at);
                if (!filled.equals(literal)) {
                    held.add(new Held(node, literal));
                    set(node, filled);
                }
            }
            if (!spans.isEmpty() && literal != null) {
                SourceSpan last = spans.get(spans.size() - 1);
                cursor = Math.max(cursor, last.getInputIndex() + last.getLength());
            }
        }
    }
}
