package org.rapporteur.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/** Loopback HTTP for the preview tests: no proxy, short timeouts, bounded polling. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Http() {
    }

    static HttpResponse<String> get(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String page(Preview preview) {
        return get(preview.url()).body();
    }

    /** The result of a poll: the page that matched and how long after {@code since} it was first served. */
    record Seen(String page, long millis) {
    }

    /**
     * Polls until the page matches, for at most {@code timeoutMs}: asks {@code /version} every few milliseconds (as
     * the page's script does, only more often) and GETs {@code /} whenever it changes, so the polling itself hardly
     * competes with the build for the CPU. Throws an AssertionError with the last page's start when it never
     * matches.
     */
    static Seen until(Preview preview, long since, long timeoutMs, Predicate<String> test) {
        long deadline = since + timeoutMs * 1_000_000;
        String last = "";
        String checked = null;
        while (System.nanoTime() < deadline) {
            String version = get(preview.url() + "version").body();
            if (!version.equals(checked)) {
                last = page(preview);
                if (test.test(last)) {
                    return new Seen(last, (System.nanoTime() - since) / 1_000_000);
                }
                checked = version;
            }
            sleep(5);
        }
        throw new AssertionError("the page did not change as expected within " + timeoutMs + " ms; it starts:\n"
                + last.substring(0, Math.min(2000, last.length())));
    }

    /** A raw HTTP/1.1 request (for headers HttpClient will not send); the whole response as text. */
    static String raw(int port, String request) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(5000);
            OutputStream o = s.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a file with a unique sentence at the start of its prose (diversity.yaml's block scalar). */
    static void writeDiversity(Path report, String sentence) {
        try {
            Path file = report.resolve("diversity.yaml");
            String text = Files.readString(file);
            int at = text.indexOf("diversity: |\n") + "diversity: |\n".length();
            int end = text.indexOf("\n\n", at);
            // the first paragraph is replaced, so repeated edits do not pile up
            Files.writeString(file, text.substring(0, at) + "  " + sentence + text.substring(end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
