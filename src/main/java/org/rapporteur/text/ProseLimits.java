package org.rapporteur.text;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The shapes of prose every stage can handle in bounded time and stack: measured here without recursion, so that
 * prose past a limit is refused (at its place) before anything recurses over it. Every later stage recurses over
 * the document tree (commonmark's renderer, our visitors, the PDF layout, the Word writer), and the parser's time
 * grows with the square of a paragraph's length for some inputs; these limits keep both far inside what the JVM's
 * default stack (1 MB) and a minute's build allow.
 */
final class ProseLimits {

    /**
     * Quotes, lists, emphasis, links and images inside each other. A real report nests perhaps six (a list in a
     * list in a quote, with bold, italics and a link); each level is one or two elements of the XHTML, and the
     * writers were measured to cope with several hundred.
     */
    static final int MAX_NESTING = 16;

    /** Characters of text without a blank line: a paragraph, or a list written without blank lines. */
    static final int MAX_BLOCK_CHARS = 10_000;

    /** Characters printed with no place to break the line (longer words are cut off at the margin). */
    static final int MAX_WORD_CHARS = 100;

    private ProseLimits() {
    }

    /** A stretch of text: where it starts (a character offset) and how long it is. */
    record Stretch(int offset, int length) {
    }

    /** The first block of text (lines without a blank line between them) longer than the limit. */
    static Optional<Stretch> longBlock(String text) {
        int start = 0;
        int length = 0;
        int i = 0;
        while (i <= text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = text.length();
            }
            if (text.substring(i, end).isBlank()) {
                start = end + 1;
                length = 0;
            } else {
                length = end - start;
                if (length > MAX_BLOCK_CHARS) {
                    return Optional.of(new Stretch(start, length));
                }
            }
            i = end + 1;
        }
        return Optional.empty();
    }

    /** Whether a node adds a level of nesting: any node with children but the document, paragraphs, list items. */
    private static boolean nests(Node n) {
        return n.getFirstChild() != null && !(n instanceof Document || n instanceof Paragraph || n instanceof ListItem);
    }

    /** The first node (in reading order) nested deeper than the limit, and its level. */
    record Deep(Node node, int level) {
    }

    static Optional<Deep> tooDeep(Node document) {
        for (Node n = document; n != null; n = next(n, document)) {
            if (nests(n)) {
                int level = levelOf(n, document);
                if (level > MAX_NESTING) {
                    return Optional.of(new Deep(n, level));
                }
            }
        }
        return Optional.empty();
    }

    /** The node after {@code n} in reading order (its first child, else the next node once it is done), or null. */
    private static Node next(Node n, Node root) {
        if (n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        Node at = n;
        while (at != root && at.getNext() == null) {
            at = at.getParent();
        }
        return at == root ? null : at.getNext();
    }

    /**
     * The level of a node: how many of it and its ancestors nest. Cheap: the search stops at the first node past
     * the limit, so no node asked about has more than about twice the limit of ancestors.
     */
    private static int levelOf(Node n, Node root) {
        int level = 0;
        for (Node at = n; at != null && at != root; at = at.getParent()) {
            if (nests(at)) {
                level++;
            }
        }
        return level;
    }

    /**
     * How many blocks the prose prints: paragraphs, list items, quotes, code blocks (lists count by their items),
     * table cells (tables by their cells, notes by their paragraph).
     */
    static int blocks(Node document) {
        int count = 0;
        Node n = document;
        while (n != null) {
            if (n instanceof TableCell || n instanceof Block && !(n instanceof Document || n instanceof ListBlock
                    || n instanceof TableBlock || n instanceof FootnoteDefinition)) {
                count++;
            }
            n = next(n, document);
        }
        return count;
    }

    /** A word too long to print: the text node holding it, where the word starts in its text, and its length. */
    record LongWord(Node node, int offset, int length) {
    }

    /** The first printed word (text or code) with more characters than the limit between line breaks. */
    static Optional<LongWord> longWord(Node document) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.UK);
        Node n = document;
        while (n != null) {
            String literal = n instanceof Text t ? t.getLiteral() : n instanceof Code c ? c.getLiteral() : null;
            if (literal != null && literal.length() > MAX_WORD_CHARS) {
                breaks.setText(literal);
                int from = breaks.first();
                for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
                    String word = literal.substring(from, to).strip();
                    if (word.length() > MAX_WORD_CHARS) {
                        return Optional.of(new LongWord(n, literal.indexOf(word, from), word.length()));
                    }
                }
            }
            n = next(n, document);
        }
        return Optional.empty();
    }
}
