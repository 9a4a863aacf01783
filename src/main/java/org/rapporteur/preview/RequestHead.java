package org.rapporteur.preview;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The head of one HTTP/1.x request (request line and header fields), read strictly and within limits, as the preview
 * needs it: it answers GET and HEAD without a body and nothing else. Anything ambiguous is refused rather than
 * guessed at (two Content-Length fields, Transfer-Encoding, folded or malformed fields, HTTP/0.9), so no request can
 * be smuggled past it; the refusal is the status to answer with, and the connection is closed after it.
 *
 * @param method the method, e.g. GET
 * @param path the target's path, without query or fragment (e.g. /version)
 * @param version HTTP/1.0 or HTTP/1.1
 * @param fields the header fields by lower-case name, each with every value given
 */
record RequestHead(String method, String path, String version, Map<String, List<String>> fields) {

    /** The request line may be this long (bytes, without the line end). */
    static final int MAX_REQUEST_LINE = 8 * 1024;
    /** The whole head may be this long (bytes). */
    static final int MAX_HEAD = 16 * 1024;
    /** At most this many header fields. */
    static final int MAX_FIELDS = 100;

    /** A request that cannot be answered as asked: the status to answer with and a line saying why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String why) {
            super(why, null, false, false);
            this.status = status;
        }
    }

    RequestHead {
        fields = Map.copyOf(fields);
    }

    /** The only value of a field, or null when it is absent. */
    String field(String name) {
        List<String> values = fields.get(name);
        return values == null ? null : values.get(0);
    }

    /** True when the client may send another request on the connection (HTTP/1.1 without "Connection: close"). */
    boolean keepAlive() {
        String connection = field("connection");
        boolean close = connection != null && List.of(connection.toLowerCase(Locale.ROOT).split("\\s*,\\s*"))
                .contains("close");
        return version.equals("HTTP/1.1") && !close;
    }

    /**
     * Reads the next request head; null when the connection ends before a request starts.
     *
     * @throws Refused when the head breaks a limit or the protocol (answer with its status, then close)
     * @throws IOException when the connection fails or ends in the middle of a head
     */
    static RequestHead read(InputStream in) throws IOException, Refused {
        int[] budget = {MAX_HEAD};
        String requestLine = "";
        for (int blank = 0; requestLine.isEmpty(); blank++) { // a few empty lines before a request are allowed
            if (blank > 4) {
                throw new Refused(400, "empty lines instead of a request");
            }
            requestLine = line(in, MAX_REQUEST_LINE, budget, blank == 0, 414);
            if (requestLine == null) {
                return null;
            }
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3) {
            throw new Refused(400, "a request line is METHOD SP TARGET SP HTTP/1.1 (HTTP/0.9 is not spoken)");
        }
        String method = parts[0];
        if (method.isEmpty() || !method.chars().allMatch(RequestHead::tokenChar)) {
            throw new Refused(400, "not a method");
        }
        String version = parts[2];
        if (!version.matches("HTTP/\\d\\.\\d")) {
            throw new Refused(400, "not an HTTP version");
        }
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new Refused(505, "only HTTP/1.0 and HTTP/1.1");
        }
        String path = path(parts[1]);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int count = 0;
        for (String field = line(in, MAX_HEAD, budget, false, 431); !field.isEmpty();
             field = line(in, MAX_HEAD, budget, false, 431)) {
            if (++count > MAX_FIELDS) {
                throw new Refused(431, "more than " + MAX_FIELDS + " header fields");
            }
            int colon = field.indexOf(':');
            String name = colon <= 0 ? "" : field.substring(0, colon);
            if (name.isEmpty() || !name.chars().allMatch(RequestHead::tokenChar)) {
                throw new Refused(400, "a malformed or folded header field");
            }
            String value = field.substring(colon + 1).strip();
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
                throw new Refused(400, "a control character in a header field");
            }
            fields.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
        }
        return checked(new RequestHead(method, path, version, fields));
    }

    /** Refuses heads that frame a body, or are ambiguous about which host they are for. */
    private static RequestHead checked(RequestHead head) throws Refused {
        if (head.fields().containsKey("transfer-encoding")) {
            throw new Refused(400, "Transfer-Encoding is not accepted: the preview takes no request bodies");
        }
        List<String> lengths = head.fields().get("content-length");
        if (lengths != null && (lengths.size() > 1 || !lengths.get(0).matches("\\d{1,18}"))) {
            throw new Refused(400, "one Content-Length, a number, at most");
        }
        List<String> hosts = head.fields().get("host");
        if (hosts != null && hosts.size() > 1) {
            throw new Refused(400, "more than one Host");
        }
        if (hosts == null && head.version().equals("HTTP/1.1")) {
            throw new Refused(400, "HTTP/1.1 needs a Host");
        }
        return head;
    }

    /** True when the request announces a body (which the preview never reads). */
    boolean hasBody() {
        String length = field("content-length");
        return length != null && !length.matches("0+");
    }

    /** The path of an origin-form (/a?b) or absolute-form (http://host/a) target. */
    private static String path(String target) throws Refused {
        if (target.isEmpty() || !target.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new Refused(400, "not a request target");
        }
        String path = target;
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            path = slash < 0 ? "/" : target.substring(slash);
        } else if (!target.startsWith("/")) {
            throw new Refused(400, "not a request target");
        }
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    /**
     * One line, without its end (CRLF, or a bare LF); null at the end of the stream before any byte when
     * {@code endAllowed}. Bytes beyond {@code max} or the head's budget are refused with {@code status}.
     */
    private static String line(InputStream in, int max, int[] budget, boolean endAllowed, int status)
            throws IOException, Refused {
        byte[] bytes = new byte[256];
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (n == 0 && endAllowed) {
                    return null;
                }
                throw new EOFException("the connection ended inside a request head");
            }
            if (--budget[0] < 0) {
                throw new Refused(431, "the request head is longer than " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                if (n > 0 && bytes[n - 1] == '\r') {
                    n--;
                }
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (n >= max) {
                throw new Refused(status, "a line longer than " + max + " bytes");
            }
            if (n == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(max + 1, n * 2));
            }
            bytes[n++] = (byte) b;
        }
    }

    private static boolean tokenChar(int c) {
        return c > 0x20 && c < 0x7F && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
