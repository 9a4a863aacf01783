package org.rapporteur.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.rapporteur.source.Printable;
import org.rapporteur.source.XmlText;

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

    /**
     * The report page with {@code extra} added just before {@code </body>} (at the end when there is none). The
     * page's own Content-Security-Policy (no script at all) gives way to the preview's, sent as a header, which
     * allows the reload script by its nonce.
     */
    static byte[] inject(byte[] html, String extra) {
        String page = withoutPolicy(new String(html, StandardCharsets.UTF_8));
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + extra : page.substring(0, at) + extra + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** The error page's stylesheet, allowed by its hash. */
    static final String ERROR_STYLE = "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;"
            + "padding:0 1rem;line-height:1.5;color:#1b1b1b;background:#fff}h1{color:#a0001c;font-size:1.6rem}"
            + "pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;border-left:4px solid"
            + " #a0001c;padding:1rem;font-size:0.95rem}";

    private static final String POLICY_META = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

    /**
     * The Content-Security-Policy the preview sends with a page: the page's own (the HTML writer's: its stylesheets
     * by hash, nothing fetched, no script; for the error page, the same with its one stylesheet), plus the reload
     * script by its nonce and the polling of {@code /version}.
     */
    static String policy(byte[] page, boolean reportPage, String nonce) {
        String own = reportPage ? ownPolicy(new String(page, StandardCharsets.UTF_8)) : null;
        if (own == null) {
            own = "default-src 'none'; style-src 'sha256-" + sha256(ERROR_STYLE) + "'; base-uri 'none';"
                    + " form-action 'none'";
        }
        return own + "; script-src 'nonce-" + nonce + "'; connect-src 'self'; frame-ancestors 'none'";
    }

    /** The policy the HTML writer put in the page's head, or null when it has none. */
    static String ownPolicy(String page) {
        int head = page.toLowerCase(Locale.ROOT).indexOf("</head>");
        int at = page.indexOf(POLICY_META);
        int end = at < 0 ? -1 : page.indexOf('"', at + POLICY_META.length());
        if (at < 0 || end < 0 || (head >= 0 && at > head)) {
            return null;
        }
        return page.substring(at + POLICY_META.length(), end).replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String sha256(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The page without the {@code <meta http-equiv="Content-Security-Policy">} the HTML writer puts in its head. */
    static String withoutPolicy(String page) {
        int head = page.toLowerCase(Locale.ROOT).indexOf("</head>");
        int at = page.indexOf("<meta http-equiv=\"Content-Security-Policy\"");
        int end = at < 0 ? -1 : page.indexOf('>', at);
        if (at < 0 || end < 0 || (head >= 0 && at > head)) {
            return page;
        }
        return page.substring(0, at) + page.substring(end + 1);
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
                .append("<title>").append(XmlText.escape(heading)).append(": ")
                .append(XmlText.escape(Printable.line(report)))
                .append(" (Rapporteur preview)</title>")
                .append("<style>").append(ERROR_STYLE).append("</style>")
                .append("</head><body><main><h1>").append(XmlText.escape(heading)).append("</h1>")
                .append("<p>Rapporteur could not build <strong>").append(XmlText.escape(Printable.line(report)))
                .append("</strong>. Fix the problems below and save: this page shows the report again as soon as it"
                        + " builds.</p><pre>");
        for (String line : lines) {
            b.append(XmlText.escape(Printable.line(line))).append('\n');
        }
        b.append("</pre><noscript><p>JavaScript is off: reload this page after saving.</p></noscript></main>")
                .append(extra).append("</body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
