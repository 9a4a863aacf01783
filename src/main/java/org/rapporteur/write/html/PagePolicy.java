package org.rapporteur.write.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Content-Security-Policy of an HTML page, and what makes the page keep to it: no script at all, nothing
 * fetched from anywhere (pictures and fonts only as data: URIs), and only the page's own stylesheets, each allowed
 * by its SHA-256 hash. Inline {@code style} attributes (the templates' chart bars) become rules of one more
 * stylesheet, so no {@code 'unsafe-inline'} is needed; stylesheets are written as raw text (as HTML reads
 * {@code <style>}), never entity-escaped.
 */
final class PagePolicy {

    static final String HEADER = "Content-Security-Policy";

    private PagePolicy() {
    }

    /** Moves inline styles into a stylesheet, fixes every stylesheet's text and puts the policy first in the head. */
    static void apply(Document page, Element head) {
        hoistInlineStyles(page, head);
        List<String> hashes = new ArrayList<>();
        for (Element style : page.select("style")) {
            String css = cssText(style);
            style.empty();
            style.appendChild(new DataNode(css));
            hashes.add("'sha256-" + sha256(css) + "'");
        }
        head.prependElement("meta").attr("http-equiv", HEADER).attr("content", policy(hashes));
    }

    /** The policy allowing exactly the given style hashes ('sha256-...'). */
    static String policy(List<String> styleHashes) {
        String styles = styleHashes.isEmpty() ? "'none'" : String.join(" ", styleHashes);
        return "default-src 'none'; style-src " + styles + "; img-src data:; font-src data:; base-uri 'none';"
                + " form-action 'none'";
    }

    /**
     * A stylesheet's text as a browser will hash it: line ends as LF, and nothing that could close the element
     * early ({@code </style} inside CSS becomes the CSS escape {@code \3c /style}).
     */
    private static String cssText(Element style) {
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.Node n : style.childNodes()) {
            if (n instanceof DataNode d) {
                text.append(d.getWholeData());
            } else if (n instanceof org.jsoup.nodes.TextNode t) {
                text.append(t.getWholeText());
            }
        }
        String css = text.toString().replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(css.length());
        String lower = css.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int at = lower.indexOf("</style", from); at >= 0; at = lower.indexOf("</style", from)) {
            b.append(css, from, at).append("\\3c ");
            from = at + 1;
        }
        return b.append(css.substring(from)).toString();
    }

    /** Each distinct {@code style="..."} becomes a class and a rule, as strong as the attribute was. */
    private static void hoistInlineStyles(Document page, Element head) {
        Map<String, String> classes = new LinkedHashMap<>();
        for (Element e : page.select("[style]")) {
            String declarations = e.attr("style").strip();
            e.removeAttr("style");
            if (declarations.isEmpty()) {
                continue;
            }
            e.addClass(classes.computeIfAbsent(declarations, d -> "inline-style-" + (classes.size() + 1)));
        }
        if (classes.isEmpty()) {
            return;
        }
        StringBuilder css = new StringBuilder("\n");
        classes.forEach((declarations, name) -> css.append('.').append(name).append(" { ")
                .append(important(declarations)).append(" }\n"));
        head.appendElement("style").attr("type", "text/css").appendChild(new DataNode(css.toString()));
    }

    private static String important(String declarations) {
        StringBuilder b = new StringBuilder();
        for (String d : declarations.split(";")) {
            if (!d.isBlank()) {
                b.append(d.strip()).append(d.contains("!important") ? ";" : " !important;").append(' ');
            }
        }
        return b.toString().strip();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
