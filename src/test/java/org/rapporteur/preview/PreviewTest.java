package org.rapporteur.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.cli.WatchCommand;
import org.rapporteur.source.XmlText;

/**
 * The live preview in this JVM: after a content or template file changes, the served page shows the new text without
 * another save (within a deadline generous enough for a loaded machine; how fast it is, is measured by
 * SaveToRefreshTest's figures, not asserted here), errors shown at their locations, loopback only, and a clean stop.
 */
@Timeout(60)
class PreviewTest {

    static final String SERVICE = "Kestrelford Youth Justice Service";

    @TempDir
    Path tmp;

    Path report;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Preview preview;

    @BeforeEach
    void start() throws IOException {
        report = Example.copyTo(tmp);
        preview = WatchCommand.preview(report, Example.TEMPLATES, 0, new PrintWriter(out, true),
                new PrintWriter(err, true));
        preview.start();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void servesTheReportAndFollowsEverySave() throws IOException {
        assertThat(out.toString()).startsWith("Preview of " + report + " at http://127.0.0.1:" + preview.port()
                + "/ (Ctrl+C to stop)").contains("built in ");
        HttpResponse<String> first = Http.get(preview.url());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(first.body()).contains(SERVICE).contains("<script nonce=");
        String v1 = preview.version();

        // a content file changes: the new text is served within a second of the write
        String sentence = "The preview shows this sentence " + System.nanoTime() + ".";
        long written = System.nanoTime();
        Http.writeDiversity(report, sentence);
        Http.Seen seen = Http.until(preview, written, 15000, p -> p.contains(sentence));
        System.out.println("acceptance: the new text was served " + seen.millis() + " ms after the write");
        assertThat(seen.page()).contains(SERVICE);
        assertThat(preview.version()).isNotEqualTo(v1);

        // a mistake: the page lists it at its file, line and column, as check prints it
        Path standard = report.resolve("standards/1.2.yaml");
        String good = Files.readString(standard);
        assertThat(good.lines().toList().get(1)).isEqualTo("rating: Outstanding");
        written = System.nanoTime();
        Files.writeString(standard, good.replace("rating: Outstanding", "rating: good"));
        seen = Http.until(preview, written, 15000, p -> p.contains("The report has 1 error"));
        assertThat(seen.page())
                .contains("<h1>The report has 1 error</h1>")
                .contains("standards/1.2.yaml:2:9: error: 'good' is not a rating; did you mean 'Good'?")
                .contains("1 error, 0 warnings")
                .contains("<script nonce=")
                .doesNotContain(sentence);
        assertThat(err.toString()).contains("standards/1.2.yaml:2:9: error: 'good' is not a rating");
        assertThat(out.toString()).contains("\n1 error\n");

        // fixed: the report again
        written = System.nanoTime();
        Files.writeString(standard, good);
        seen = Http.until(preview, written, 15000, p -> p.contains(sentence));
        assertThat(seen.page()).doesNotContain("The report has");
        assertThat(out.toString()).contains("rebuilt in ");
    }

    @Test
    void theErrorPageListsEveryProblemEscaped() throws IOException {
        Path meta = report.resolve("report.yaml");
        Files.writeString(meta, Files.readString(meta) + "\"<b>bold</b>\": 1\n");
        Path standard = report.resolve("standards/1.2.yaml");
        Files.writeString(standard, Files.readString(standard).replace("rating: Outstanding", "rating: good"));
        Http.Seen seen = Http.until(preview, System.nanoTime(), 15000, p -> p.contains("The report has"));
        String page = seen.page();
        assertThat(page).contains("<h1>The report has 2 errors</h1>")
                .contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>")
                .contains("standards/1.2.yaml:2:9: error:")
                .contains("2 errors, 0 warnings")
                .contains("<html lang=\"en-GB\">");
        // the same lines as rapporteur check
        String check = org.rapporteur.ReportFolder.run("check", report.toString()).err();
        for (String line : check.lines().toList()) {
            assertThat(page).contains(XmlText.escape(line));
        }
    }

    @Test
    void theScriptIsOnlyInThePreviewAndLoadsNothingFromElsewhere() throws Exception {
        // what rapporteur build writes (into a temporary folder, not build-output)
        Path outDir = tmp.resolve("out");
        assertThat(Example.build(report, outDir, "--format", "html").status()).isZero();
        String html = Files.readString(outDir.resolve("example-yjs/example-yjs-draft.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script");
        HttpResponse<String> served = Http.get(preview.url());
        String page = served.body();
        // the page's own policy (no script) gives way to the preview's header, which allows the reload script
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(page.replaceFirst("<script nonce=\"[^\"]+\">.*?</script>", ""))
                .isEqualTo(Pages.withoutPolicy(html));
        String policy = served.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).as("the page's own policy, plus the reload script")
                .startsWith(Pages.ownPolicy(html) + "; script-src 'nonce-").contains("connect-src 'self'")
                .doesNotContain("unsafe-inline");
        // the body only: the nonce is base64 and may hold "//" by chance
        String scriptTag = page.substring(page.indexOf("<script"), page.indexOf("</script>"));
        String script = scriptTag.substring(scriptTag.indexOf('>') + 1);
        assertThat(scriptTag).matches("<script nonce=\"[A-Za-z0-9+/]{22}==\">.*");
        assertThat(script).doesNotContain("http").doesNotContain("//").contains("/version");
        assertThat(script.length()).isLessThan(400);
        String csp = served.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'").contains("script-src 'nonce-");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> version = Http.get(preview.url() + "version");
        assertThat(version.body()).isEqualTo(preview.version());
        assertThat(page).contains("var v=\"" + preview.version() + "\"");
        assertThat(Http.get(preview.url() + "nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void aSaveThatChangesNothingDoesNotReload() throws IOException {
        String v = preview.version();
        Path file = report.resolve("glossary.yaml");
        Files.writeString(file, Files.readString(file));
        String sentence = "Another sentence " + System.nanoTime() + ".";
        Http.writeDiversity(report, sentence);
        Http.until(preview, System.nanoTime(), 15000, p -> p.contains(sentence));
        String v2 = preview.version();
        assertThat(v2).isNotEqualTo(v);
        Files.writeString(file, Files.readString(file));
        long until = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < until) {
            assertThat(preview.version()).isEqualTo(v2);
            Http.sleep(20);
        }
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        InetSocketAddress bound = preview.address();
        assertThat(bound.getAddress().isLoopbackAddress()).isTrue();
        assertThat(bound.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        // this machine's other addresses (never leaving it) do not answer
        for (InetAddress a : localNonLoopback()) {
            try (Socket s = new Socket()) {
                assertThatThrownBy(() -> s.connect(new InetSocketAddress(a, preview.port()), 500))
                        .as("connecting on " + a).isInstanceOf(IOException.class);
            }
        }
        // a page from elsewhere pointing its own name at 127.0.0.1 (DNS rebinding) is refused
        String refused = Http.raw(preview.port(), "GET / HTTP/1.1\r\nHost: attacker.example:" + preview.port()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(refused).startsWith("HTTP/1.1 403").doesNotContain(SERVICE);
        String ok = Http.raw(preview.port(), "GET / HTTP/1.1\r\nHost: localhost:" + preview.port()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(ok).startsWith("HTTP/1.1 200").contains(SERVICE);
        String post = Http.raw(preview.port(), "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + preview.port()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(post).startsWith("HTTP/1.1 405");
    }

    @Test
    void closeStopsServingAndWatching() throws IOException {
        int port = preview.port();
        preview.close();
        preview.close();
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
        }).isInstanceOf(ConnectException.class);
        String before = out.toString();
        Http.writeDiversity(report, "After the end.");
        Http.sleep(300);
        assertThat(out.toString()).isEqualTo(before);
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith("rapporteur-preview"))).isEmpty();
        // the port is free again
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aPortInUseIsABindException() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Preview second = WatchCommand.preview(report, Example.TEMPLATES, taken.getLocalPort(),
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertThatThrownBy(second::start).isInstanceOf(BindException.class);
            second.close();
        }
    }

    @Test
    void newFoldersAreWatchedToo() throws IOException {
        String sentence = "A sentence from a new folder " + System.nanoTime() + ".";
        Path diversity = report.resolve("diversity.yaml");
        String text = Files.readString(diversity);
        Files.delete(diversity);
        Http.until(preview, System.nanoTime(), 15000, p -> !p.contains("over-represented"));
        Path folder = Files.createDirectories(report.resolve("chapters"));
        Http.sleep(100);
        long written = System.nanoTime();
        Files.writeString(folder.resolve("diversity.yaml"), text.replace("Children of mixed heritage and Black",
                sentence + " Children of mixed heritage and Black"));
        Http.Seen seen = Http.until(preview, written, 15000, p -> p.contains(sentence));
    }

    @Test
    void aTemplateChangeIsShownWithoutAnotherSave() throws IOException {
        preview.close();
        Path templates = copyTree(Example.TEMPLATES, tmp.resolve("templates"));
        preview = WatchCommand.preview(report, templates, 0, new PrintWriter(out, true), new PrintWriter(err, true));
        preview.start();
        Path main = templates.resolve("hmip-youth-full/report.ftlh");
        String template = Files.readString(main);
        String marker = "TemplateMarker" + System.nanoTime();
        Http.sleep(200);
        long written = System.nanoTime();
        Files.writeString(main, template.replace("<p class=\"cover-inspectorate\">",
                "<p class=\"cover-inspectorate\">" + marker + " "));
        // templates are re-read on every build, so a template edit shows as fast as a content edit
        Http.Seen seen = Http.until(preview, written, 15000, p -> p.contains(marker));

        Files.writeString(main, template.replace("<#if draft>", "<#if draft"));
        seen = Http.until(preview, System.nanoTime(), 15000, p -> p.contains("The report has 1 error"));
        assertThat(seen.page()).containsPattern("hmip-youth-full/report.ftlh:\\d+:\\d+: error: template syntax");
    }

    static Path copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    private static List<InetAddress> localNonLoopback() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    found.add(a);
                }
            }
        }
        return found;
    }
}
