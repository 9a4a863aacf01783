package org.rapporteur.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.rapporteur.source.Printable;

/**
 * The live preview: an HTTP server on the loopback interface that serves the latest build of one report, and a
 * watcher that rebuilds it whenever a file in the report folder (or the templates folder) changes.
 *
 * <ul>
 *   <li>{@code GET /} is the latest successful build, or, when the latest build failed, a page listing its errors;
 *       either way with a small script that polls {@code GET /version} and reloads the page when it changes.</li>
 *   <li>Bursts of file events (an editor's save is several writes) are merged: a build starts once the folder has
 *       been quiet for {@value #DEBOUNCE_MS} ms. Builds run one at a time on their own thread, never on an HTTP
 *       thread; requests always get the last finished build.</li>
 *   <li>The version changes only when the served page does, so a save that changes nothing does not reload.</li>
 *   <li>Only requests naming the preview's own host (127.0.0.1, localhost or [::1] with its port) are answered,
 *       so a web page cannot read the report through DNS rebinding.</li>
 *   <li>The server ({@link PreviewServer}) gives every request head and response a deadline and limits the
 *       connections, so slow or hostile clients never keep the author's browser waiting.</li>
 * </ul>
 *
 * {@link #start()} binds, builds once and starts serving; {@link #close()} stops the server, the watcher and the
 * build thread.
 */
public final class Preview implements AutoCloseable {

    /** The default port of {@code rapporteur watch}. */
    public static final int DEFAULT_PORT = 8765;

    /** A build starts once no file has changed for this long. */
    static final long DEBOUNCE_MS = 75;

    /** ...or at the latest this long after the first change of a burst, however busy the folder is. */
    static final long MAX_WAIT_MS = 1000;


    private static final InetAddress LOOPBACK = loopback();

    /** Builds one report; called on the build thread only. */
    @FunctionalInterface
    public interface Renderer {
        BuildResult render() throws Exception;
    }

    /** What is served now: the page (script included), its version and the policy that allows its script. */
    private record Snapshot(String version, byte[] page, String policy, byte[] source, boolean ok) {
    }

    private final Path reportDir;
    private final Path templatesRoot;
    private final String label;
    private final int requestedPort;
    private final Renderer renderer;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String run = HexFormat.of().formatHex(randomBytes(4));
    private final SecureRandom random = new SecureRandom();

    private final Object lock = new Object();
    private volatile Snapshot current;
    private int builds;
    private ScheduledFuture<?> pending;
    private long burstStart;
    private long lastChange;
    private boolean started;
    private boolean closed;

    private volatile PreviewServer server;
    private volatile ScheduledExecutorService builder;
    private volatile TreeWatcher watcher;
    private volatile Thread watcherThread;
    private Set<String> hosts = Set.of();

    /**
     * @param reportDir the report folder (watched with every folder below it)
     * @param templatesRoot the templates folder, watched too when it exists; may be null
     * @param label how the report folder is named in messages (as the user typed it)
     * @param port the port to listen on, 0 for any free port
     * @param renderer builds the report
     * @param out where the start line and "rebuilt in N ms" go
     * @param err where diagnostics go
     */
    public Preview(Path reportDir, Path templatesRoot, String label, int port, Renderer renderer, PrintWriter out,
            PrintWriter err) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
        this.reportDir = reportDir.toAbsolutePath().normalize();
        this.templatesRoot = templatesRoot == null ? null : templatesRoot.toAbsolutePath().normalize();
        this.label = label;
        this.requestedPort = port;
        this.renderer = renderer;
        this.out = out;
        this.err = err;
    }

    /**
     * Listens on 127.0.0.1, starts watching, builds once and then serves. Throws {@link java.net.BindException}
     * when the port is in use, an IOException when the folders cannot be watched; nothing is left running then.
     * When {@link #close()} is called meanwhile (Ctrl+C during the first build), it returns without serving.
     */
    public void start() throws IOException {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("already started");
            }
            started = true;
        }
        boolean ok = false;
        try {
            if (isClosed()) {
                return;
            }
            server = new PreviewServer(LOOPBACK, requestedPort, this::answer);
            int port = port();
            hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
            builder = Executors.newSingleThreadScheduledExecutor(daemon("rapporteur-preview-build"));
            List<Path> roots = new ArrayList<>();
            roots.add(reportDir);
            if (templatesRoot != null && Files.isDirectory(templatesRoot) && !reportDir.startsWith(templatesRoot)) {
                roots.add(templatesRoot);
            }
            watcher = new TreeWatcher(roots, this::changed);
            out.println("Preview of " + Printable.line(label) + " at " + url() + " (Ctrl+C to stop)");
            out.flush();
            try {
                Future<?> first = builder.submit(() -> build("built"));
                while (!waitFor(first)) {
                    if (isClosed()) {
                        return; // stopped during the first build: its thread is a daemon, left to finish
                    }
                }
            } catch (RejectedExecutionException e) {
                if (!isClosed()) {
                    throw e;
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while building " + label, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the first build failed", e.getCause());
            }
            synchronized (lock) { // close() waits for this, so it stops what is started here
                if (closed) {
                    return;
                }
                watcherThread = daemon("rapporteur-preview-watch").newThread(watcher::run);
                watcherThread.start();
                server.start();
                ok = true;
            }
        } finally {
            if (!ok) {
                close();
            }
        }
    }

    /** Waits a little for a build; true when it has finished. */
    private static boolean waitFor(Future<?> build) throws InterruptedException,
            ExecutionException {
        try {
            build.get(100, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The port the server listens on (the free one picked when asked for port 0). */
    public int port() {
        return server.address().getPort();
    }

    /** The address the server listens on: always the loopback address. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** The preview's address, e.g. http://127.0.0.1:8765/ */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The version of the page served now; it changes whenever the page does. */
    public String version() {
        Snapshot s = current;
        return s == null ? "" : s.version();
    }

    /**
     * Stops serving, watching and building, and frees the port. Safe to call more than once, and from another
     * thread while {@link #start()} runs (each call stops whatever has been started by then).
     */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        if (server != null) {
            server.close();
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        if (builder != null) {
            // no interrupt: a build stopped in the middle of loading a library can print that library's fault;
            // a build still running after the wait below is a daemon and ends with the JVM
            builder.shutdown();
        }
        try {
            if (watcherThread != null) {
                watcherThread.join(2000);
            }
            if (builder != null) {
                builder.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A file changed (null: events were lost): build once the burst is over. */
    private void changed(Path path) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            lastChange = now;
            if (pending == null) {
                burstStart = now;
                pending = builder.schedule(this::settle, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** On the build thread: builds when the folder has been quiet long enough, else waits a little more. */
    private void settle() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            long quiet = TimeUnit.NANOSECONDS.toMillis(now - lastChange);
            long waited = TimeUnit.NANOSECONDS.toMillis(now - burstStart);
            if (quiet < DEBOUNCE_MS && waited < MAX_WAIT_MS) {
                pending = builder.schedule(this::settle, DEBOUNCE_MS - quiet, TimeUnit.MILLISECONDS);
                return;
            }
            pending = null;
        }
        build("rebuilt");
    }

    /**
     * Builds and publishes. {@code verb} names the build in the "... in N ms" line; null for a quiet recheck that
     * prints only when the page changed.
     */
    private void build(String verb) {
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = renderer.render();
        } catch (Exception | StackOverflowError | NoClassDefFoundError e) {
            if (isClosed()) {
                return;
            }
            result = BuildResult.failed(List.of("rapporteur: internal error: " + e,
                    "This is a fault in Rapporteur, not in your content. Run with RAPPORTEUR_DEBUG=1 for details."),
                    0);
            if (System.getenv("RAPPORTEUR_DEBUG") != null) {
                e.printStackTrace(err);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (isClosed()) {
            return;
        }
        boolean changed = publish(result);
        if (verb == null && !changed) {
            return;
        }
        if (!result.diagnostics().isEmpty()) {
            result.diagnostics().forEach(line -> err.println(Printable.line(line)));
            err.flush();
        }
        if (result.ok()) {
            out.println((verb == null ? "rebuilt" : verb) + " in " + ms + " ms");
        } else {
            out.println(result.errors() > 0 ? result.errors() + (result.errors() == 1 ? " error" : " errors")
                    : "the build failed");
        }
        out.flush();
    }

    /** Makes a build's page the one served; true when it differs from the page served before. */
    private boolean publish(BuildResult result) {
        byte[] source = result.ok() ? result.html()
                : String.join("\n", result.diagnostics()).getBytes(StandardCharsets.UTF_8);
        Snapshot before = current;
        if (before != null && before.ok() == result.ok() && Arrays.equals(before.source(), source)) {
            return false;
        }
        String version;
        synchronized (lock) {
            version = run + "-" + (++builds);
        }
        String nonce = Base64.getEncoder().encodeToString(randomBytes(random, 16));
        String script = Pages.script(version, nonce);
        byte[] page = result.ok() ? Pages.inject(result.html(), script)
                : Pages.errorPage(label, Pages.heading(result.errors()), result.diagnostics(), script);
        current = new Snapshot(version, page, Pages.policy(result.ok() ? result.html() : page, result.ok(), nonce),
                source, result.ok());
        return true;
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Answers one request: the page, its version, or why not. */
    private PreviewServer.Reply answer(RequestHead request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Cache-Control", "no-store");
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            fields.put("Allow", "GET, HEAD");
            return reply(405, "text/plain", "only GET and HEAD\n", fields);
        }
        if (request.hasBody()) {
            return reply(400, "text/plain", "a " + method + " request has no body\n", fields);
        }
        String host = request.field("host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return reply(403, "text/plain", "this preview answers only at " + url() + "\n", fields);
        }
        Snapshot s = current;
        switch (request.path()) {
            case "/", "/index.html" -> {
                fields.put("Content-Security-Policy", s.policy());
                return new PreviewServer.Reply(200, "text/html; charset=utf-8", s.page(), fields);
            }
            case "/version" -> {
                return reply(200, "text/plain; charset=utf-8", s.version(), fields);
            }
            default -> {
                return reply(404, "text/plain", "not found; the preview is at /\n", fields);
            }
        }
    }

    private static PreviewServer.Reply reply(int status, String type, String body, Map<String, String> fields) {
        return new PreviewServer.Reply(status, type, body.getBytes(StandardCharsets.UTF_8), fields);
    }

    private static byte[] randomBytes(int n) {
        return randomBytes(new SecureRandom(), n);
    }

    private static byte[] randomBytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** 127.0.0.1 (not whatever the JVM prefers for "localhost", which may be ::1). */
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
