package org.rapporteur.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.rapporteur.source.Printable;

/**
 * What the preview serves: the report page with the reload script added, and the page that lists a failed build's
 * errors. The script is only ever added here, never to the HTML writer's output.
 */
final class Pages {

    /** How often the page asks whether a newer build exists, in milliseconds. */
    static final int POLL_MS = 200;

    private Pages() {
    }

    /**
     * The reload script: asks {@code /version} every {@value #POLL_MS} ms and reloads when it differs from the
     * version this page was built at; while the server is away it asks once a second. No external URLs.
     */
    static String script(String version, String nonce) {
        return "<script nonce=\"" + nonce + "\">(function(){var v=\"" + version + "\";"
                + "function p(d){setTimeout(function(){fetch(\"/version\",{cache:\"no-store\"})"
                + ".then(function(r){return r.ok?r.text():v})"
                + ".then(function(t){if(t!==v){location.reload()}else{p(" + POLL_MS + ")}},function(){p(1000)})"
                + "},d)}p(" + POLL_MS + ")})();</script>";
    }

    /** The report page with {@code extra} added just before {@code </body>} (at the end when there is none). */
    static byte[] inject(byte[] html, String extra) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + extra : page.substring(0, at) + extra + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** The heading of the error page: "The report has N errors". */
    static String heading(long errors) {
        if (errors <= 0) {
            return "The report could not be built";
        }
        return "The report has " + errors + (errors == 1 ? " error" : " errors");
    }

    /**
     * A small self-contained page listing a failed build's diagnostics, in the order check prints them: each line
     * made printable (no control or bidirectional override characters) and HTML-escaped.
     */
    static byte[] errorPage(String report, String heading, List<String> lines, String extra) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(heading)).append(": ").append(escape(Printable.line(report)))
                .append(" (Rapporteur preview)</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;"
                        + "line-height:1.5;color:#1b1b1b;background:#fff}h1{color:#a0001c;font-size:1.6rem}"
                        + "pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;border-left:4px solid"
                        + " #a0001c;padding:1rem;font-size:0.95rem}</style>")
                .append("</head><body><main><h1>").append(escape(heading)).append("</h1>")
                .append("<p>Rapporteur could not build <strong>").append(escape(Printable.line(report)))
                .append("</strong>. Fix the problems below and save: this page shows the report again as soon as it"
                        + " builds.</p><pre>");
        for (String line : lines) {
            b.append(escape(Printable.line(line))).append('\n');
        }
        b.append("</pre><noscript><p>JavaScript is off: reload this page after saving.</p></noscript></main>")
                .append(extra).append("</body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes text for an element's content or a double-quoted attribute. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
