package org.rapporteur.write.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Resolves and opens resources: data: URIs, and files inside the base folder; nothing else. Installed three
 * ways (URI resolver, access controller, stream factories for every other scheme) so that a gap in one is
 * covered by the next.
 */
final class ResourcePolicy {

    private static final Set<String> REFUSED_SCHEMES = Set.of("http", "https", "ftp", "jar", "classpath",
            "mailto", "ldap", "gopher", "netdoc", "jrt", "sftp", "ws", "wss");

    private final Path base;       // absolute, normalised, or null
    private final Path realBase;   // with symbolic links resolved, or null
    private final String baseUri;
    private final PdfWriter.ResourceListener listener;
    private final Set<String> told = ConcurrentHashMap.newKeySet();

    ResourcePolicy(Path baseDir, PdfWriter.ResourceListener listener) throws IOException {
        this.listener = listener;
        if (baseDir == null) {
            base = null;
            realBase = null;
            baseUri = null;
        } else {
            base = baseDir.toAbsolutePath().normalize();
            realBase = Files.isDirectory(base) ? base.toRealPath() : base;
            String uri = base.toUri().toString();
            baseUri = uri.endsWith("/") ? uri : uri + "/";
        }
    }

    String baseUri() {
        return baseUri;
    }

    /** Tells the listener, once per URI and render (openhtmltopdf asks again at layout and at paint). */
    private void refuse(String uri, String reason) {
        if (told.add(uri)) {
            listener.refused(uri, reason);
        }
    }

    void install(PdfRendererBuilder builder) {
        builder.useUriResolver(resolver());
        BiPredicate<String, ExternalResourceType> control = (uri, type) -> allowed(uri, type);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(control, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory refusing = uri -> {
            refuse(uri, "the scheme is not allowed");
            return new BytesStream(null);
        };
        builder.useHttpStreamImplementation(refusing);
        builder.useProtocolsStreamImplementation(refusing, REFUSED_SCHEMES);
        builder.useProtocolsStreamImplementation(this::openFile, "file");
        builder.useProtocolsStreamImplementation(ResourcePolicy::openData, "data");
    }

    private FSUriResolver resolver() {
        // openhtmltopdf passes the document's base, or a stylesheet's own URI for url() inside that stylesheet.
        return (against, uri) -> {
            if (uri == null || uri.isBlank()) {
                return null;
            }
            String trimmed = uri.strip();
            if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
                return trimmed;
            }
            Path file = fileInside(trimmed, against == null ? baseUri : against);
            if (file == null) {
                return null;
            }
            return file.toUri().toString();
        };
    }

    /** The file a URI names when that file is inside the base folder, else null (and the listener told). */
    private Path fileInside(String uri) {
        return fileInside(uri, baseUri);
    }

    private Path fileInside(String uri, String against) {
        URI resolved;
        try {
            URI u = new URI(uri);
            if (u.isAbsolute()) {
                resolved = u;
            } else if (against != null) {
                resolved = new URI(against).resolve(u);
            } else {
                refuse(uri, "relative URI with no base folder");
                return null;
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            refuse(uri, "malformed URI");
            return null;
        }
        String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("file")) {
            refuse(uri, scheme.isEmpty() ? "no scheme" : "the " + scheme + " scheme is not allowed");
            return null;
        }
        if (base == null) {
            refuse(uri, "no base folder: no files may be read");
            return null;
        }
        Path file;
        try {
            if (resolved.getAuthority() != null || resolved.getQuery() != null) {
                refuse(uri, "not a local file");
                return null;
            }
            file = Path.of(new URI("file", null, resolved.getPath(), null)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            refuse(uri, "malformed file URI");
            return null;
        }
        if (!file.startsWith(base)) {
            refuse(uri, "outside the base folder " + base);
            return null;
        }
        try {
            if (Files.exists(file) && !file.toRealPath().startsWith(realBase)) {
                refuse(uri, "links outside the base folder " + base);
                return null;
            }
        } catch (IOException e) {
            refuse(uri, "cannot be read: " + e.getMessage());
            return null;
        }
        return file;
    }

    private boolean allowed(String uri, ExternalResourceType type) {
        if (uri == null) {
            return false;
        }
        if (type == ExternalResourceType.FILE_EMBED) {
            refuse(uri, "embedding files is not allowed");
            return false;
        }
        if (uri.regionMatches(true, 0, "data:", 0, 5)) {
            return true;
        }
        return fileInside(uri) != null;
    }

    private FSStream openFile(String uri) {
        Path file = fileInside(uri);
        if (file == null) {
            return new BytesStream(null);
        }
        try {
            return new BytesStream(Files.readAllBytes(file));
        } catch (IOException e) {
            refuse(uri, "cannot be read: " + e.getMessage());
            return new BytesStream(null);
        }
    }

    /** A data: URI's bytes (base64 or percent-encoded); nothing when it is malformed. */
    private static FSStream openData(String uri) {
        int comma = uri == null ? -1 : uri.indexOf(',');
        if (comma < 0 || !uri.regionMatches(true, 0, "data:", 0, 5)) {
            return new BytesStream(null);
        }
        String header = uri.substring(5, comma);
        String data = uri.substring(comma + 1);
        try {
            if (header.toLowerCase(Locale.ROOT).endsWith(";base64")) {
                return new BytesStream(Base64.getMimeDecoder().decode(data.replaceAll("\\s+", "")));
            }
            return new BytesStream(URLDecoder.decode(data, StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new BytesStream(null);
        }
    }

    /** Bytes to read, or none (what a refused or failed resource gives openhtmltopdf). */
    private record BytesStream(byte[] bytes) implements FSStream {
        @Override
        public InputStream getStream() {
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
            return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
        }
    }
}
