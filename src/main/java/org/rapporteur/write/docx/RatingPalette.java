package org.rapporteur.write.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The ratings a document knows and their colours, in the order its stylesheet gives them. The writer names no
 * rating: it reads the rules {@code .rating-<slug> { background-color: #rrggbb; color: #rrggbb; }} of the stylesheet
 * inline in the document's {@code <head>} (whitespace and declaration order free, three-digit colours allowed; other
 * rules, including other {@code .rating-...} rules and rules inside at-rules, are ignored). Each becomes the styles
 * "Rating&lt;Slug&gt;" and "TableRating&lt;Slug&gt;" of the built-in house style, and the cell fill of a rating when
 * the reference's style has none. A document whose stylesheet has no such rule (an unrated letter) takes the house
 * palette, {@code house-ratings.css} beside this class, so the built-in house style always offers rating styles.
 */
record RatingPalette(List<RatingColours> ratings) {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern SELECTOR = Pattern.compile("\\.rating-([\\w-]+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COLOUR = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");
    private static final String HOUSE_FILE = "house-ratings.css";

    private static volatile RatingPalette house;

    RatingPalette {
        ratings = List.copyOf(ratings);
    }

    /** The palette of the document's inline stylesheet, or the house palette when it has no rating rules. */
    static RatingPalette of(Document html) {
        StringBuilder css = new StringBuilder();
        for (Element style : html.select("head > style")) {
            for (Node n : style.childNodes()) {
                if (n instanceof TextNode t) {
                    css.append(t.getWholeText());
                } else if (n instanceof DataNode d) {
                    css.append(d.getWholeData());
                }
            }
            css.append('\n');
        }
        RatingPalette own = parse(css);
        return own.ratings().isEmpty() ? house() : own;
    }

    /** The rating rules of a stylesheet, in order; a slug given twice keeps its place and takes the later colours. */
    static RatingPalette parse(CharSequence stylesheet) {
        String css = COMMENT.matcher(stylesheet).replaceAll(" ");
        Map<String, RatingColours> found = new LinkedHashMap<>();
        int at = 0;
        while (at < css.length()) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                break;
            }
            int close = closing(css, open);
            // the selector follows the last statement (an @import, say) before the block
            String selector = css.substring(Math.max(at, css.lastIndexOf(';', open) + 1), open).strip();
            String block = css.substring(open + 1, close);
            Matcher m = SELECTOR.matcher(selector);
            if (m.matches() && block.indexOf('{') < 0) {
                rating(m.group(1), block).ifPresent(r -> found.put(r.slug(), r));
            }
            at = close + 1;
        }
        return new RatingPalette(new ArrayList<>(found.values()));
    }

    /** The built-in palette: the rules of {@value #HOUSE_FILE}. */
    static RatingPalette house() {
        RatingPalette p = house;
        if (p == null) {
            try (InputStream in = RatingPalette.class.getResourceAsStream(HOUSE_FILE)) {
                if (in == null) {
                    throw new IllegalStateException(HOUSE_FILE + " is missing from the class path");
                }
                p = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            house = p;
        }
        return p;
    }

    /** The rating an element's class names ({@code rating-<slug>}, the first the palette knows), if any. */
    Optional<RatingColours> ratingOf(Element e) {
        for (String c : e.classNames()) {
            if (c.startsWith("rating-")) {
                Optional<RatingColours> r = find(c.substring(7));
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    Optional<RatingColours> find(String slug) {
        for (RatingColours r : ratings) {
            if (r.slug().equals(slug)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The index of the '}' that closes the block opened at {@code open}, or the end of the text. */
    private static int closing(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length();
    }

    private static Optional<RatingColours> rating(String slug, String block) {
        String fill = null;
        String text = null;
        for (String declaration : block.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            Matcher value = COLOUR.matcher(declaration.substring(colon + 1).strip());
            if (!value.matches()) {
                continue;
            }
            if (property.equals("background-color")) {
                fill = hex(value.group(1));
            } else if (property.equals("color")) {
                text = hex(value.group(1));
            }
        }
        return fill == null || text == null ? Optional.empty() : Optional.of(new RatingColours(slug, fill, text));
    }

    private static String hex(String digits) {
        String six = digits.length() == 3 ? digits.replaceAll("(.)", "$1$1") : digits;
        return six.toUpperCase(Locale.ROOT);
    }
}
