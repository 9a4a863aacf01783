package org.rapporteur.write.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PDF writer says when something goes wrong, and what it lets openhtmltopdf say: messages without
 * megabytes of base64 (every {@code data:} URI is cut to its header), openhtmltopdf's log at warnings and errors
 * only, and a refused resource logged as a warning unless the caller listens itself.
 */
final class RenderMessages {

    /** By default a refused resource is logged as a warning: the document asked for something it will not get. */
    static final PdfWriter.ResourceListener LOG = (uri, reason) -> System.getLogger(PdfWriter.class.getName())
            .log(System.Logger.Level.WARNING, "PDF: not loading {0}: {1}", abbreviate(uri), reason);

    private static final Pattern DATA_URI = Pattern.compile("(?i)data:[^,\\s'\"]{0,100},[^\\s'\"]*");

    private RenderMessages() {
    }

    /**
     * Quietens openhtmltopdf's log and cuts data: URIs from it. Called once, before the first document is rendered.
     */
    static void quietenOpenHtmlToPdf() {
        // openhtmltopdf quotes whole URIs in its messages, and a data: URI can be megabytes of base64: cut them.
        XRLogger current = XRLog.getLoggerImpl(); // null until openhtmltopdf first logs
        XRLog.setLoggerImpl(new DataUrisCut(current != null ? current : new JDKXRLogger()));
        // openhtmltopdf logs every font load and stylesheet parse at INFO to stderr; keep warnings and errors only.
        // Diagnostics still reach the per-render consumer whatever the level.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    /** A message with every data: URI cut to its header ("data:image/png;base64,…"). */
    static String withoutDataUris(String message) {
        if (message == null || !message.toLowerCase(Locale.ROOT).contains("data:")) {
            return message;
        }
        return DATA_URI.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
                m.group().substring(0, m.group().indexOf(',') + 1) + "…"));
    }

    /** The most telling message of a failure: its first cause with a message of its own, data: URIs cut. */
    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof UncheckedIOException || t.getMessage() == null)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : withoutDataUris(m);
    }

    /** An openhtmltopdf diagnostic as one line. */
    static String describe(Diagnostic d) {
        String m = d.getFormattedMessage();
        if (d.hasError() && d.getError() != null) {
            m = m + " (" + message(d.getError()) + ")";
        }
        return m;
    }

    private static String abbreviate(String uri) {
        return uri.length() > 120 ? uri.substring(0, 117) + "..." : uri;
    }

    /** openhtmltopdf's logger, with data: URIs cut from every message and no stack traces. */
    private record DataUrisCut(XRLogger logger) implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
            logger.log(where, level, withoutDataUris(msg));
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            logger.log(where, level, withoutDataUris(msg) + (th == null ? "" : " (" + th.getClass().getSimpleName()
                    + ")"));
        }

        @Override
        public void setLevel(String logger, Level level) {
            this.logger.setLevel(logger, level);
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return logger.isLogLevelEnabled(diagnostic);
        }
    }
}
