package org.rapporteur.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rapporteur.model.Prose;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/**
 * Authors' Markdown to XHTML fragments: CommonMark with pipe tables and notes ({@code [^1]}). HTML is never
 * interpreted (a tag is refused, an angle bracket printed); links may point to web pages and e-mail addresses but
 * nothing is fetched; images must be PNG or JPEG files inside the report folder and are embedded. Anything the
 * writers cannot print is refused with a located error ({@link Constructs}); docs/content-model.md lists what is
 * supported.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
            .customInlineContentParserFactory(new AngleBracket()).build();

    /** Names the pieces of prose with notes of the one document Markdown renders, unless told otherwise. */
    public static final String NOTES = "m";

    private final HtmlRenderer renderer;
    private final String notes;
    private int withNotes;

    private final Path reportDir;
    private final Diagnostics diagnostics;
    private final FigureText figures;
    private final ParsedProse checked;
    private final EmbeddedPictures pictures;
    private final java.util.Map<Prose, Node> parsedHere = new java.util.HashMap<>();
    private int printed;

    /**
     * Markdown for a report folder, parsed as typed (the check stage): problems go to {@code diagnostics}, and
     * {@link #parsed()} keeps what was parsed for the render stage.
     */
    public Markdown(Path reportDir, Diagnostics diagnostics) {
        this(reportDir, diagnostics, ParsedProse.none(), FigureText.NONE);
    }

    /**
     * Markdown for a report folder as the render stage uses it: prose that {@code checked} holds is written from
     * there, other prose is parsed and checked now; {@code figures} fills in {{figure}} references.
     */
    public Markdown(Path reportDir, Diagnostics diagnostics, ParsedProse checked, FigureText figures) {
        this(reportDir, diagnostics, checked, figures, NOTES);
    }

    /**
     * As above, for a document that holds the prose of more than one Markdown (a council pack's own and its
     * report's): {@code notes} (letters) starts the id of every note this one writes, and differs between them.
     */
    public Markdown(Path reportDir, Diagnostics diagnostics, ParsedProse checked, FigureText figures,
                    String notes) {
        this.notes = notes;
        this.renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak(" ")
                .nodeRendererFactory(TableHtml::new)
                .nodeRendererFactory(context -> new NoteHtml(context, () -> this.notes + ++withNotes)).build();
        this.reportDir = reportDir.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
        this.checked = checked;
        this.figures = figures;
        this.pictures = new EmbeddedPictures(this.reportDir);
    }

    /** The prose parsed and checked so far by this instance, for the render stage. */
    public ParsedProse parsed() {
        return new ParsedProse(parsedHere);
    }

    /**
     * Block-level XHTML (paragraphs, lists, ...) for a piece of prose; empty text for none, or for prose past the
     * limits of {@link ProseLimits} (reported at its place, before anything recurses over it).
     */
    public String blocks(Prose prose) {
        return render(prose, false);
    }

    private String render(Prose prose, boolean item) {
        if (prose == null || prose.isBlank()) {
            return "";
        }
        java.util.Optional<Node> parsed = checked.of(prose);
        if (parsed.isPresent()) {
            return Literals.filled(parsed.get(), prose, figures, () -> renderer.render(parsed.get()).strip());
        }
        return parse(prose, item).map(doc -> renderer.render(doc).strip()).orElse("");
    }

    /**
     * Parses and checks a piece of prose as typed, without writing it (the check stage); problems go to the
     * diagnostics, and the parsed document is kept for {@link #parsed()}.
     */
    public void check(Prose prose) {
        if (prose != null && !prose.isBlank()) {
            parse(prose, false);
        }
    }

    /**
     * As {@link #check}, for prose printed as one item of a list or a table cell ({@link #inline}: a
     * recommendation, a strength, a glossary entry), where tables and notes are refused.
     */
    public void checkItem(Prose prose) {
        if (prose != null && !prose.isBlank()) {
            parse(prose, true);
        }
    }

    /** The prose parsed and checked, or empty (reported at its place) when it is past the limits. */
    private java.util.Optional<Node> parse(Prose prose, boolean item) {
        var block = ProseLimits.longBlock(prose.markdown());
        if (block.isPresent()) {
            diagnostics.error(prose.positionAt(block.get().offset()), "this text runs "
                    + String.format(Locale.UK, "%,d", block.get().length()) + " characters without a blank line",
                    "a paragraph (or a list written without blank lines) may have at most "
                    + String.format(Locale.UK, "%,d", ProseLimits.MAX_BLOCK_CHARS)
                    + " characters; break it into paragraphs with blank lines");
            return java.util.Optional.empty();
        }
        try {
            String source = figures == FigureText.NONE ? prose.markdown() : figures.fill(prose, prose.markdown(), 0);
            Node doc = PARSER.parse(source);
            if (!withinLimits(prose, doc)) {
                return java.util.Optional.empty();
            }
            printed += ProseLimits.blocks(doc);
            doc.accept(new Checker(prose));
            Constructs.check(doc, prose, source, diagnostics, item);
            if (figures == FigureText.NONE) {
                parsedHere.put(prose, doc);
            }
            return java.util.Optional.of(doc);
        } catch (StackOverflowError e) {
            // the limits above keep every stage far inside the stack; this is the last line of defence
            diagnostics.error(prose.positionOf(0, 0), "this text is too complex to print",
                    "simplify it: fewer lists, quotes and emphasis inside each other");
            return java.util.Optional.empty();
        }
    }

    /** How many blocks (paragraphs, list items, quotes, ...) the prose given to {@link #blocks} prints. */
    public int printed() {
        return printed;
    }

    private boolean withinLimits(Prose prose, Node doc) {
        var deep = ProseLimits.tooDeep(doc);
        if (deep.isPresent()) {
            diagnostics.error(lineOf(prose, deep.get().node()), "quotes, lists, emphasis and links are nested "
                    + deep.get().level() + " levels deep here", "prose may nest at most " + ProseLimits.MAX_NESTING
                    + " levels; flatten it (fewer lists inside lists, quotes inside quotes, emphasis inside emphasis)");
            return false;
        }
        var word = ProseLimits.longWord(doc);
        if (word.isPresent()) {
            diagnostics.error(placeOf(prose, word.get()), "a word of " + String.format(Locale.UK, "%,d",
                    word.get().length()) + " characters has no place to break the line and cannot be printed",
                    "words may have at most " + ProseLimits.MAX_WORD_CHARS + " characters; add spaces, or for a "
                    + "web address write a link with words: [the title](https://...)");
            return false;
        }
        return true;
    }

    /** Inline XHTML for a one-paragraph item (a bullet, a table cell): the paragraph wrapper is dropped. */
    public String inline(Prose prose) {
        String html = render(prose, true);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** Where a long word starts: exact when its text node is one span typed as it reads (no escapes). */
    private static SourcePosition placeOf(Prose prose, ProseLimits.LongWord word) {
        var spans = word.node().getSourceSpans();
        String literal = word.node() instanceof Text t ? t.getLiteral() : null;
        if (spans.size() == 1 && literal != null && spans.get(0).getLength() == literal.length()) {
            return prose.positionOf(spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + word.offset());
        }
        return lineOf(prose, word.node());
    }

    static SourcePosition lineOf(Prose prose, Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? prose.positionOf(0, 0)
                : prose.positionOf(spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
    }

    private final class Checker extends AbstractVisitor {
        private final Prose prose;

        Checker(Prose prose) {
            this.prose = prose;
        }

        @Override
        public void visit(Text text) {
            unprintable(text.getLiteral(), text);
        }

        /**
         * A character reference (&#1; &#xD800; &#xFFFE;) can make a character XML forbids, which no output can hold;
         * characters typed as themselves are the character check's to report.
         */
        private void unprintable(String value, Node node) {
            if (value == null) {
                return;
            }
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                if (!allowedInXml(c) && prose.markdown().indexOf(Character.toString(c)) < 0) {
                    diagnostics.error(lineOf(prose, node), String.format(Locale.ROOT, "a character reference here"
                            + " stands for U+%04X, which cannot be printed", c), "remove the &#...; reference");
                    return;
                }
            }
        }

        private static boolean allowedInXml(int c) {
            return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
        }

        @Override
        public void visit(Heading heading) {
            diagnostics.error(lineOf(prose, heading), "headings inside prose are not allowed",
                    "the template sets the report's headings; write a paragraph, or use **bold** text");
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            String url = link.getDestination();
            String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
            if (!List.of("http", "https", "mailto").contains(scheme) && !url.startsWith("#")) {
                diagnostics.error(lineOf(prose, link), "link to '" + Excerpt.of(url) + "' is not allowed",
                        "links may point to web pages (https://...) or e-mail addresses (mailto:...)");
                link.setDestination("#");
            }
            unprintable(link.getTitle(), link);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            String url = image.getDestination();
            SourcePosition at = lineOf(prose, image);
            String alt = altText(image);
            unprintable(image.getTitle(), image);
            if (alt.isBlank()) {
                diagnostics.error(at, "image '" + Excerpt.of(url) + "' has no alternative text",
                        "describe the picture between the brackets: ![what it shows](" + Excerpt.of(url) + ")");
            }
            try {
                image.setDestination(pictures.embed(url));
            } catch (ImageFile.Refusal refusal) {
                diagnostics.error(at, "image '" + Excerpt.of(url) + "' " + refusal.getMessage(), refusal.hint());
                image.setDestination("");
            }
            visitChildren(image);
        }

        private String altText(Image image) {
            StringBuilder b = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    b.append(text.getLiteral());
                }
            });
            return b.toString();
        }
    }
}
