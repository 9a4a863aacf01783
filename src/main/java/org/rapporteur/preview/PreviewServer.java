package org.rapporteur.preview;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's HTTP server: GET and HEAD on one loopback address, small and strict, so that slow, broken or
 * hostile clients never keep a well-behaved one (the author's browser) waiting.
 *
 * <ul>
 *   <li>Each connection has its own thread, so a slow client delays nobody else.</li>
 *   <li>A request head must arrive within {@value #HEAD_DEADLINE_MS} ms of the connection being ready for it (so an
 *       idle kept-alive connection closes after that long too), and a response must be taken by the client within
 *       {@value #RESPONSE_DEADLINE_MS} ms; then the connection is closed.</li>
 *   <li>At most {@value #MAX_CONNECTIONS} connections are open. A new one beyond that closes the one that has waited
 *       longest for its request head; when every connection is busy answering, the new one is told 503.</li>
 *   <li>Heads are read within {@link RequestHead}'s limits; a refused head is answered with its status and the
 *       connection closed.</li>
 * </ul>
 */
final class PreviewServer implements AutoCloseable {

    /** Open connections at most. */
    static final int MAX_CONNECTIONS = 32;
    /** A request head must arrive within this long. */
    static final long HEAD_DEADLINE_MS = 5_000;
    /** A response must be taken within this long. */
    static final long RESPONSE_DEADLINE_MS = 20_000;
    /** How long a connection being closed after a refusal waits for the client to stop sending. */
    private static final int LINGER_MS = 500;
    /** Stack size of a connection's thread: it only parses a head and copies bytes. */
    private static final long THREAD_STACK = 256 * 1024;

    /** What to answer: status, content type, body and further header fields. */
    record Reply(int status, String contentType, byte[] body, Map<String, String> fields) {
        Reply {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        static Reply text(int status, String text) {
            return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    /** Answers one request; called on the connection's thread, never throws. */
    @FunctionalInterface
    interface Handler {
        Reply answer(RequestHead request);
    }

    /** One client connection, and whether it is waiting for its client's next request head. */
    private static final class Connection {
        final Socket socket;
        volatile long waitingSince = System.nanoTime();
        volatile boolean waiting = true;
        Thread thread;

        Connection(Socket socket) {
            this.socket = socket;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private final ServerSocket listener;
    private final Handler handler;
    private final Set<Connection> open = new LinkedHashSet<>();
    private final ScheduledThreadPoolExecutor deadlines;
    private final AtomicInteger threads = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    /** Binds {@code address:port} (0: any free port); throws {@link java.net.BindException} when it is taken. */
    PreviewServer(InetAddress address, int port, Handler handler) throws IOException {
        this.handler = handler;
        listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(address, port), 64);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        deadlines = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "rapporteur-preview-http-deadlines"));
        deadlines.setRemoveOnCancelPolicy(true);
        acceptor = daemon(this::accept, "rapporteur-preview-http-accept");
    }

    InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    /** Starts answering. */
    void start() {
        acceptor.start();
    }

    /**
     * Stops listening, closes every connection and waits (briefly) for their threads. Everything is stopped even
     * when the calling thread has been interrupted (as when a command's thread is): only the waiting is cut short.
     */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        List<Connection> all;
        synchronized (open) {
            all = new ArrayList<>(open);
        }
        all.forEach(Connection::close);
        deadlines.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            acceptor.join(2000);
            for (Connection c : all) {
                if (c.thread != null) {
                    c.thread.join(2000);
                }
            }
            deadlines.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                pause(); // e.g. out of file descriptors: try again shortly
                continue;
            }
            Connection c = new Connection(socket);
            if (!admit(c)) {
                busy(socket);
                continue;
            }
            c.thread = new Thread(null, () -> serve(c), "rapporteur-preview-http-" + threads.incrementAndGet(),
                    THREAD_STACK);
            c.thread.setDaemon(true);
            c.thread.start();
        }
    }

    /** Makes room for a new connection: closes the one waiting longest for a head when the limit is reached. */
    private boolean admit(Connection c) {
        synchronized (open) {
            if (closed) {
                return false;
            }
            if (open.size() >= MAX_CONNECTIONS) {
                Connection oldest = open.stream().filter(o -> o.waiting)
                        .min(Comparator.comparingLong(o -> o.waitingSince)).orElse(null);
                if (oldest == null) {
                    return false;
                }
                open.remove(oldest);
                oldest.close();
            }
            open.add(c);
            return true;
        }
    }

    private void serve(Connection c) {
        try (Socket socket = c.socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            boolean again = true;
            while (again && !closed) {
                c.waitingSince = System.nanoTime();
                c.waiting = true;
                RequestHead head;
                Reply reply;
                ScheduledFuture<?> deadline = deadlines.schedule(c::close, HEAD_DEADLINE_MS, TimeUnit.MILLISECONDS);
                try {
                    head = RequestHead.read(in);
                    if (head == null) {
                        return; // the client closed the connection between requests
                    }
                    reply = answer(head);
                    again = head.keepAlive() && !head.hasBody() && reply.status() < 400;
                } catch (RequestHead.Refused refused) {
                    head = null;
                    reply = Reply.text(refused.status, refused.getMessage() + "\n");
                    again = false;
                } finally {
                    deadline.cancel(false);
                }
                c.waiting = false;
                deadline = deadlines.schedule(c::close, RESPONSE_DEADLINE_MS, TimeUnit.MILLISECONDS);
                try {
                    write(out, reply, head != null && head.method().equals("HEAD"), again);
                } finally {
                    deadline.cancel(false);
                }
            }
            linger(socket);
        } catch (IOException | RuntimeException e) {
            // the client went away, was too slow, or was closed to make room: nothing to tell anyone
        } finally {
            synchronized (open) {
                open.remove(c);
            }
        }
    }

    private Reply answer(RequestHead head) {
        try {
            return handler.answer(head);
        } catch (RuntimeException e) {
            return Reply.text(500, "the preview failed to answer\n");
        }
    }

    private static void write(OutputStream out, Reply reply, boolean head, boolean keepAlive) throws IOException {
        StringBuilder h = new StringBuilder(256);
        h.append("HTTP/1.1 ").append(reply.status()).append(' ').append(reason(reply.status())).append("\r\n");
        h.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\r\n");
        h.append("Content-Type: ").append(reply.contentType()).append("\r\n");
        h.append("Content-Length: ").append(reply.body().length).append("\r\n");
        reply.fields().forEach((name, value) -> h.append(name).append(": ").append(value).append("\r\n"));
        if (!keepAlive) {
            h.append("Connection: close\r\n");
        }
        h.append("\r\n");
        out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(reply.body());
        }
        out.flush();
    }

    /** After the last response: lets the client finish sending, so closing does not reset the connection. */
    private static void linger(Socket socket) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout(LINGER_MS);
        InputStream in = socket.getInputStream();
        byte[] discard = new byte[8192];
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MS);
        for (int total = 0; total < 64 * 1024 && System.nanoTime() < deadline; ) {
            int n = in.read(discard);
            if (n < 0) {
                return;
            }
            total += n;
        }
    }

    /** Over the limit with every connection busy: a short answer, and closed. */
    private static void busy(Socket socket) {
        try (socket) {
            socket.getOutputStream().write(("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1"
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            // gone already
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
