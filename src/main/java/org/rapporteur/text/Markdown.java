package org.rapporteur.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Writers' Markdown to XHTML fragments. Raw HTML is escaped (printed, never interpreted); links may point to web
 * pages and e-mail addresses but nothing is fetched; images must be PNG or JPEG files inside the report folder
 * and are embedded. Anything else is refused with a located error.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak(" ").build();
    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg");
    private static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

    private final Path reportDir;
    private final Diagnostics diagnostics;
    private final java.util.function.Function<Prose, String> substitute;

    /**
     * Markdown for a report folder. {@code substitute} gives the text to parse for a piece of prose (the build
     * resolves {{figure}} references there); problems go to {@code diagnostics}.
     */
    public Markdown(Path reportDir, Diagnostics diagnostics, java.util.function.Function<Prose, String> substitute) {
        this.reportDir = reportDir.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
        this.substitute = substitute;
    }

    /** Checks every piece of prose of a report as the build would render it, without rendering. */
    public static void check(org.rapporteur.model.Report report, Diagnostics diagnostics) {
        Markdown m = new Markdown(report.dir(), diagnostics, Prose::markdown);
        report.allProse().forEach(m::blocks);
    }

    /** Block-level XHTML (paragraphs, lists, ...) for a piece of prose; empty text for none. */
    public String blocks(Prose prose) {
        if (prose == null || prose.isBlank()) {
            return "";
        }
        Node doc = PARSER.parse(substitute.apply(prose));
        doc.accept(new Checker(prose));
        return RENDERER.render(doc).strip();
    }

    /** Inline XHTML for a one-paragraph item (a bullet, a table cell): the paragraph wrapper is dropped. */
    public String inline(Prose prose) {
        String html = blocks(prose);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static SourcePosition lineOf(Prose prose, Node node) {
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
                diagnostics.error(lineOf(prose, link), "link to '" + url + "' is not allowed",
                        "links may point to web pages (https://...) or e-mail addresses (mailto:...)");
                link.setDestination("#");
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            String url = image.getDestination();
            SourcePosition at = lineOf(prose, image);
            String alt = altText(image);
            if (alt.isBlank()) {
                diagnostics.error(at, "image '" + url + "' has no alternative text",
                        "describe the picture between the brackets: ![what it shows](" + url + ")");
            }
            image.setDestination(embed(url, at));
            visitChildren(image);
        }

        private String embed(String url, SourcePosition at) {
            if (url.contains(":") || url.startsWith("//")) {
                diagnostics.error(at, "image '" + url + "' is not in the report folder",
                        "copy the image into the report folder and refer to it by its relative path; nothing is "
                                + "fetched from the web");
                return "";
            }
            Path target = reportDir.resolve(url).normalize();
            if (!target.startsWith(reportDir)) {
                diagnostics.error(at, "image '" + url + "' is outside the report folder",
                        "copy the image into the report folder");
                return "";
            }
            String ext = url.contains(".") ? url.substring(url.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            String type = IMAGE_TYPES.get(ext);
            if (type == null) {
                diagnostics.error(at, "image '" + url + "' is not a PNG or JPEG file", "convert it to PNG");
                return "";
            }
            try {
                Path real = target.toRealPath();
                if (!real.startsWith(reportDir.toRealPath())) {
                    diagnostics.error(at, "image '" + url + "' links outside the report folder",
                            "copy the image into the report folder");
                    return "";
                }
                if (Files.size(real) > MAX_IMAGE_BYTES) {
                    diagnostics.error(at, "image '" + url + "' is larger than 5 MB", "make it smaller");
                    return "";
                }
                return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(real));
            } catch (IOException e) {
                diagnostics.error(at, "image '" + url + "' cannot be read", "check the path");
                return "";
            }
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
