package org.rapporteur.text;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.rapporteur.model.Prose;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/**
 * The Markdown every writer prints, beyond what the parser accepts: pipe tables with a heading for every column,
 * at the left margin of prose written as paragraphs; notes ({@code [^1]}) of one paragraph, each referred to; and
 * nothing left on the page as raw syntax (a note mark with no note, a broken link, a table line that made no
 * table, HTML tags, ~~strikethrough~~, a rule); and no code blocks, which Word cannot print as typed. Each
 * problem is reported at its place; nothing is changed.
 */
final class Constructs extends AbstractVisitor {

    /** A note mark the parser did not take as one: no note of that label in this text. */
    private static final Pattern NOTE_MARK = Pattern.compile("(?<!\\\\)\\[\\^[^\\]\\s]{0,100}\\]");
    /** A note written in the text, as some Markdown allows: not here. */
    private static final Pattern INLINE_NOTE = Pattern.compile("(?<!\\\\)\\^\\[[^\\]\\n]{1,500}\\]");
    /** What is left of a link or picture the parser did not take as one. */
    private static final Pattern BROKEN_LINK = Pattern.compile("(?<!\\\\)\\]\\(");
    private static final Pattern STRUCK = Pattern.compile("(?<!\\\\)~~(?=\\S)[^~\\n]{0,200}?\\S~~");
    /** An HTML tag or comment: printed as typed, it would put markup on the page. */
    private static final Pattern TAG = Pattern.compile(
            "(?<!\\\\)<(/?)([A-Za-z][A-Za-z0-9]{0,20})(?:\\s[^<>]{0,500})?/?>|(?<!\\\\)<!--");
    private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "address", "article", "aside", "audio", "b",
            "base", "big", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
            "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
            "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
            "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "link", "main", "mark", "math", "meta", "nav",
            "noscript", "object", "ol", "option", "p", "pre", "q", "s", "samp", "script", "section", "select",
            "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody",
            "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul", "var", "video",
            "wbr");

    private final Prose prose;
    private final String source;
    private final Diagnostics diagnostics;
    private final boolean item;
    private final Map<String, FootnoteDefinition> notes = new LinkedHashMap<>();
    private final Set<String> referred = new HashSet<>();

    private Constructs(Prose prose, String source, Diagnostics diagnostics, boolean item) {
        this.prose = prose;
        this.source = source;
        this.diagnostics = diagnostics;
        this.item = item;
    }

    /**
     * Checks a parsed piece of prose; {@code source} is the text it was parsed from, {@code item} says it is printed
     * as one item of a list or a table cell (a recommendation, a strength, a glossary entry), where a table or a
     * note has no place.
     */
    static void check(Node document, Prose prose, String source, Diagnostics diagnostics, boolean item) {
        Constructs c = new Constructs(prose, source, diagnostics, item);
        document.accept(c);
        c.notes.forEach((key, note) -> {
            if (!c.referred.contains(key) && !item) {
                c.error(Markdown.lineOf(prose, note), "note [^" + Excerpt.of(note.getLabel())
                        + "] is not referred to in the text", "put [^" + Excerpt.of(note.getLabel())
                        + "] where the note belongs (after the word or sentence it explains), or remove the note");
            }
        });
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
            table(table);
        } else if (block instanceof FootnoteDefinition note) {
            note(note);
        }
        visitChildren(block);
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof FootnoteReference mark) {
            mark(mark);
        }
        visitChildren(node);
    }

    @Override
    public void visit(ThematicBreak rule) {
        error(Markdown.lineOf(prose, rule), "a line of ---, *** or ___ draws a rule, which not every format prints",
                "remove it: a blank line separates paragraphs, and the template sets the report's layout");
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        error(Markdown.lineOf(prose, code), "this text is indented four spaces or more after a blank line, which "
                + "makes it a block of code (printed as typed, line by line)", "remove the extra indentation; to "
                + "continue a list item, indent the paragraph as far as the item's text");
    }

    @Override
    public void visit(FencedCodeBlock code) {
        error(Markdown.lineOf(prose, code), "a block of code (between ``` or ~~~ lines) is not printed in every "
                + "format", "remove the ``` or ~~~ lines; for a few words as typed, write `them` in backticks");
    }

    @Override
    public void visit(Paragraph paragraph) {
        for (SourceSpan line : paragraph.getSourceSpans()) {
            String text = typed(line).strip();
            boolean row = text.length() > 1 && text.startsWith("|") && text.endsWith("|");
            boolean rule = text.contains("|") && text.contains("-") && text.matches("[|:\\- \\t]+");
            if (row || rule) {
                error(at(line, 0), "this line looks like part of a table, but no table was made (it would be "
                        + "printed as typed)", "a table is a row of headings (| Heading | Heading |), a line with "
                        + "as many cells (|---|---|), then its rows, after a blank line; write \\| for a '|' in text");
                break;
            }
        }
        visitChildren(paragraph);
    }

    @Override
    public void visit(Text text) {
        typedText(text);
    }

    @Override
    public void visit(HtmlBlock block) {
        typedText(block);
    }

    /** Raw syntax left in text as typed: each kind reported once per piece of text. */
    private void typedText(Node node) {
        for (SourceSpan span : node.getSourceSpans()) {
            String typed = typed(span);
            find(NOTE_MARK, typed, span, m -> "there is no note " + m + " in this text",
                    m -> "write the note after the paragraph, on a line of its own: " + m + ": the note's text (each "
                    + "text has its own notes); to print the brackets as typed, write \\[^");
            find(INLINE_NOTE, typed, span, m -> "a note written in the text (^[...]) is not printed as a note",
                    m -> "put a mark such as [^1] where the note belongs, and the note after the paragraph on a line "
                    + "of its own: [^1]: the note's text");
            Matcher link = BROKEN_LINK.matcher(typed);
            if (link.find() && !afterMark(node)) {
                int open = typed.lastIndexOf('[', link.start());
                error(at(span, Math.max(open, 0)), "this looks like a link or a picture, but it is not one (it would"
                        + " be printed as typed)", "write [the words](https://...) with the address complete and "
                        + "without spaces, and only words between the square brackets");
            }
            find(STRUCK, typed, span, m -> "~~struck-out text~~ is not printed as struck out",
                    m -> "remove the ~~ marks (or the words)");
            Matcher tag = TAG.matcher(typed);
            while (tag.find()) {
                if (tag.group(2) == null || HTML_ELEMENTS.contains(tag.group(2).toLowerCase(Locale.ROOT))) {
                    error(at(span, tag.start()), "HTML is not printed: '" + Excerpt.of(tag.group())
                            + "' would appear on the page as typed", "write Markdown instead (**bold**, *italics*,"
                            + " a blank line between paragraphs, [^1] for a note); for an angle bracket as typed, "
                            + "write \\<");
                    break;
                }
            }
        }
    }

    /** Text right after a note mark that starts "](": the mark was typed inside a link's words (see mark). */
    private static boolean afterMark(Node node) {
        return node.getPrevious() instanceof FootnoteReference && node instanceof Text t
                && t.getLiteral().startsWith("](");
    }

    private void find(Pattern pattern, String typed, SourceSpan span, Function<String, String> message,
                      Function<String, String> hint) {
        Matcher m = pattern.matcher(typed);
        if (m.find()) {
            error(at(span, m.start()), message.apply(m.group()), hint.apply(m.group()));
        }
    }

    private void table(TableBlock table) {
        SourcePosition at = Markdown.lineOf(prose, table);
        if (item) {
            error(at, "a table cannot be printed here: this text is one item of a list or a table",
                    "tables belong in prose written as paragraphs (a foreword, a narrative, a section's text)");
            return;
        }
        if (!(table.getParent() instanceof Document)) {
            error(at, "a table inside a list or a quote cannot be printed",
                    "start the table at the left margin, after a blank line, outside the list or quote");
        }
        Node head = table.getFirstChild();
        Node headings = head instanceof TableHead ? head.getFirstChild() : null;
        int columns = 0;
        for (Node cell = headings == null ? null : headings.getFirstChild(); cell != null; cell = cell.getNext()) {
            columns++;
            if (blank(cell)) {
                error(cell.getSourceSpans().isEmpty() ? at : Markdown.lineOf(prose, cell), "column " + columns
                        + " of this table has no heading", "write a heading for every column in the table's "
                        + "first row: it is read out with each cell, and repeated on every page");
            }
        }
        Node body = head == null ? null : head.getNext();
        if (!(body instanceof TableBody) || body.getFirstChild() == null) {
            error(at, "this table has a row of headings but no rows under them",
                    "add rows under the line |---|---|, or write the headings as a sentence");
            return;
        }
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            List<SourceSpan> spans = row.getSourceSpans();
            int cells = spans.isEmpty() ? 0 : cells(typed(spans.get(0)));
            if (cells > columns) {
                error(at(spans.get(0), 0), "this row has " + cells + " cells, but the table has " + columns
                        + " columns (its row of headings)", "the cells past column " + columns + " would not be "
                        + "printed: add headings for them, or merge or remove them; write \\| for a '|' in a cell");
            }
        }
    }

    /** The cells of a table row as typed: its '|' not escaped, leading and trailing ones apart. */
    static int cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }

    private static boolean blank(Node cell) {
        for (Node n = cell.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Text t) || !t.getLiteral().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void note(FootnoteDefinition note) {
        SourcePosition at = Markdown.lineOf(prose, note);
        String label = "[^" + Excerpt.of(note.getLabel()) + "]";
        if (item) {
            error(at, "a note cannot be printed here: this text is one item of a list or a table",
                    "write what the note says into the sentence, or move it into the narrative around the list");
            return;
        }
        if (notes.putIfAbsent(NoteHtml.key(note.getLabel()), note) != null) {
            error(at, "note " + label + " is written twice in this text", "give each note its own label, or "
                    + "remove the second one");
        }
        Node text = note.getFirstChild();
        if (text == null) {
            error(at, "note " + label + " has no text", "write the note after the colon: " + label + ": the text");
        } else if (!(text instanceof Paragraph) || text.getNext() != null) {
            error(at, "note " + label + " has more than one paragraph, or a list, quote or table",
                    "a note is printed as one paragraph: write it on one line (or lines without a blank line "
                    + "between them)");
        }
    }

    private void mark(FootnoteReference mark) {
        referred.add(NoteHtml.key(mark.getLabel()));
        String label = "[^" + Excerpt.of(mark.getLabel()) + "]";
        boolean inLink = mark.getNext() != null && afterMark(mark.getNext()); // the link was not made
        for (Node up = mark.getParent(); up != null && !inLink; up = up.getParent()) {
            inLink = up instanceof Link || up instanceof Image;
            if (up instanceof FootnoteDefinition) {
                error(Markdown.lineOf(prose, mark), "a note cannot refer to another note (" + label + ")",
                        "write what the other note says into this one, or refer to both from the text");
                return;
            }
        }
        if (inLink) {
            error(Markdown.lineOf(prose, mark), "a note mark (" + label + ") cannot be inside a link or a "
                    + "picture's description", "put the mark after the link: [the words](https://...)" + label);
        }
    }

    /** What was typed at a span of the source. */
    private String typed(SourceSpan span) {
        int from = Math.min(span.getInputIndex(), source.length());
        return source.substring(from, Math.min(from + span.getLength(), source.length()));
    }

    private SourcePosition at(SourceSpan span, int offset) {
        return prose.positionOf(span.getLineIndex(), span.getColumnIndex() + offset);
    }

    private void error(SourcePosition at, String message, String hint) {
        diagnostics.error(at, message, hint);
    }
}
