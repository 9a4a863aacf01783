package org.rapporteur.write.docx;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** What the XHTML's elements are to Word: inline content, blocks, or left out. */
final class Markup {

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr");

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "template", "noscript", "title",
            "meta", "link");

    private Markup() {
    }

    /** Text, or an element that goes inside a paragraph. */
    static boolean inline(Node n) {
        return n instanceof TextNode || n instanceof Element e && INLINE.contains(e.normalName());
    }

    /** Not printed in Word: metadata, hidden content, screen-only helpers (skip link, draft banner, page foot). */
    static boolean skipped(Element e) {
        return SKIPPED.contains(e.normalName()) || "true".equals(e.attr("aria-hidden"))
                || e.normalName().equals("p") && (e.hasClass("skip") || e.hasClass("draft-banner")
                || e.hasClass("page-foot"));
    }

    /** True when the element holds blocks (a list, a table, paragraphs) that are printed. */
    static boolean hasBlocks(Element e) {
        for (Element c : e.children()) {
            if (!INLINE.contains(c.normalName()) && !skipped(c)) {
                return true;
            }
        }
        return false;
    }
}
