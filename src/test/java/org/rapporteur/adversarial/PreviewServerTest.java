package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.cli.WatchCommand;
import org.rapporteur.preview.Preview;

/**
 * The live preview's HTTP server against slow, broken and hostile clients on the loopback interface: every case
 * ends in an answer (or a closed connection) rather than a hang or an exception, and a well-behaved client (the
 * author's browser asking for /version) is served promptly afterwards, and while the hostile clients are still
 * connected.
 */
@Timeout(120)
class PreviewServerTest {

    @TempDir
    static Path tmp;

    static Preview preview;
    static StringWriter out = new StringWriter();
    static StringWriter err = new StringWriter();
    static int port;

    final List<Socket> hostile = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Path report = Example.copyTo(tmp);
        preview = WatchCommand.preview(report, Example.TEMPLATES, 0, new PrintWriter(out, true),
                new PrintWriter(err, true));
        preview.start();
        port = preview.port();
    }

    @AfterAll
    static void stop() {
        preview.close();
        assertThat(err.toString()).as("the preview's error output").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @AfterEach
    void closeHostileClients() {
        for (Socket s : hostile) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ shapes

    /** A request the server must answer with {@code status} (then close the connection), never hang on. */
    record Shape(String name, byte[] request, int status) {
        Shape(String name, String request, int status) {
            this(name, request.getBytes(StandardCharsets.ISO_8859_1), status);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static String host() {
        return "Host: 127.0.0.1:" + port + "\r\n";
    }

    static Stream<Shape> shapes() {
        byte[] garbage = new byte[4000];
        new Random(12).nextBytes(garbage);
        garbage[100] = '\n';
        StringBuilder manyFields = new StringBuilder("GET /version HTTP/1.1\r\n" + host());
        for (int i = 0; i < 5000; i++) {
            manyFields.append("X-").append(i).append(": v\r\n");
        }
        return Stream.of(
                new Shape("an oversized header field (40 KB)", "GET /version HTTP/1.1\r\n" + host() + "X-Big: "
                        + "a".repeat(40_000) + "\r\n\r\n", 431),
                new Shape("thousands of header fields", manyFields + "\r\n", 431),
                new Shape("a very long URL (60 KB)", "GET /" + "a".repeat(60_000) + " HTTP/1.1\r\n" + host() + "\r\n",
                        414),
                new Shape("two Content-Length fields", "GET /version HTTP/1.1\r\n" + host() + "Content-Length: 5\r\n"
                        + "Content-Length: 6\r\n\r\nhello!", 400),
                new Shape("a chunked GET", "GET /version HTTP/1.1\r\n" + host() + "Transfer-Encoding: chunked\r\n\r\n"
                        + "5\r\nhello\r\n0\r\n\r\n", 400),
                new Shape("Content-Length and Transfer-Encoding together", "GET /version HTTP/1.1\r\n" + host()
                        + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
                new Shape("a request smuggled in a GET's body", "GET /version HTTP/1.1\r\n" + host()
                        + "Content-Length: 44\r\n\r\nGET /index.html HTTP/1.1\r\nHost: evil.example\r\n\r\n", 400),
                new Shape("HTTP/0.9", "GET /\r\n", 400),
                new Shape("garbage bytes", garbage, 400),
                new Shape("garbage without a line end", "x".repeat(20_000), 414),
                new Shape("a folded header field", "GET /version HTTP/1.1\r\n" + host() + "X-A: one\r\n two\r\n\r\n",
                        400),
                new Shape("a space before a field's colon", "GET /version HTTP/1.1\r\nHost : 127.0.0.1:" + port
                        + "\r\n\r\n", 400),
                new Shape("two Host fields", "GET /version HTTP/1.1\r\n" + host() + "Host: evil.example\r\n\r\n", 400),
                new Shape("a NUL in a header field", "GET /version HTTP/1.1\r\n" + host() + "X-A: a\u0000b\r\n\r\n",
                        400),
                new Shape("the HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505),
                new Shape("an absolute URL naming another host", "GET http://evil.example/ HTTP/1.1\r\n"
                        + "Host: evil.example\r\n\r\n", 403),
                new Shape("a POST with a body", "POST / HTTP/1.1\r\n" + host() + "Content-Length: 30000\r\n\r\n"
                        + "p".repeat(30_000), 405),
                new Shape("HTTP/1.1 without a Host", "GET /version HTTP/1.1\r\n\r\n", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void answeredWithAStatusAndClosed(Shape shape) {
        String response = exchange(shape.request());
        assertThat(response).as(shape.name()).startsWith("HTTP/1.1 " + shape.status() + " ");
        assertThat(statusLines(response)).as("one response only: nothing smuggled\n" + response).isEqualTo(1);
        assertThat(response).doesNotContain(Example.class.getSimpleName()).doesNotContain("<html");
        assertServed();
    }

    @Test
    void pipelinedRequestsOnOneConnectionAreAnsweredInOrder() {
        String response = exchange(("GET /version HTTP/1.1\r\n" + host() + "\r\n" + "HEAD / HTTP/1.1\r\n" + host()
                + "\r\nGET /version HTTP/1.1\r\n" + host() + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(statusLines(response)).as(response).isEqualTo(3);
        assertThat(count(response, "HTTP/1.1 200 OK\r\n")).as(response).isEqualTo(3);
        assertThat(count(response, preview.version())).as("two bodies of /version, none for HEAD").isEqualTo(2);
        assertThat(response).doesNotContain("<html");
    }

    // ------------------------------------------------------------------------------------------------ slow clients

    @Test
    void slowlorisClientsNeverStallOthers() throws IOException {
        for (int i = 0; i < 40; i++) {
            Socket s = connect();
            s.getOutputStream().write(("GET / HTTP/1.1\r\n" + host() + "X-Slow-" + i + ": ").getBytes(
                    StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
        }
        for (int i = 0; i < 3; i++) {
            assertServed();
        }
    }

    @Test
    void aSlowClientIsClosedOnceItsHeadIsOverdue() throws IOException {
        Socket s = connect();
        s.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        s.setSoTimeout(60_000); // a guard only: the server closes the connection long before
        assertThat(s.getInputStream().read()).as("the server closed the connection").isEqualTo(-1);
        assertServed();
    }

    @Test
    void manyConnectionsAtOnceOverTheLimitNeverStopOthers() throws IOException {
        for (int i = 0; i < 150; i++) {
            Socket s = connect();
            if (i % 2 == 0) {
                s.getOutputStream().write("GET /ver".getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        for (int i = 0; i < 3; i++) {
            assertServed();
        }
    }

    @Test
    void aClientThatNeverReadsALargePageNeverStopsOthers() throws IOException {
        for (int c = 0; c < 3; c++) {
            Socket s = new Socket();
            s.setReceiveBufferSize(1024);
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            hostile.add(s);
            StringBuilder pipelined = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                pipelined.append("GET / HTTP/1.1\r\n").append(host()).append("\r\n");
            }
            s.getOutputStream().write(pipelined.toString().getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
        }
        for (int i = 0; i < 3; i++) {
            assertServed();
        }
    }

    @Test
    void idleKeptAliveConnectionsAreClosed() throws IOException {
        Socket s = connect();
        s.getOutputStream().write(("GET /version HTTP/1.1\r\n" + host() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        s.setSoTimeout(60_000); // a guard only
        String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(response).startsWith("HTTP/1.1 200 OK").doesNotContain("Connection: close")
                .endsWith(preview.version());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        hostile.add(s);
        return s;
    }

    /** A well-behaved client: GET /version, answered within a (generous) guard time. */
    static void assertServed() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /version HTTP/1.1\r\n" + host() + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(response).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\n" + preview.version());
        } catch (SocketTimeoutException e) {
            throw new AssertionError("a well-behaved client was not served within 10 s", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request (the server may stop reading early) and reads whatever comes back until it closes. */
    static String exchange(byte[] request) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(15_000);
            OutputStream o = s.getOutputStream();
            try {
                o.write(request);
                o.flush();
            } catch (IOException e) {
                // the server refused before reading it all
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    got.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer, and the connection was left open, after 15 s; got: " + got);
            } catch (IOException e) {
                // reset after the answer
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 \\d{3} ");

    /** How many responses: their status lines. */
    static int statusLines(String text) {
        return count(text, STATUS_LINE);
    }

    static int count(String text, String part) {
        return count(text, Pattern.compile(Pattern.quote(part)));
    }

    static int count(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
