package org.rapporteur.write;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.Deque;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The PDF back-end: tagged PDF/UA-1 that is also PDF/A-3u, made with openhtmltopdf from the rendered XHTML.
 *
 * <p>Every font is embedded: DejaVu Serif, DejaVu Sans and DejaVu Sans Mono (regular, bold, italic, bold italic)
 * from the jasperreports-fonts jar, also answering to the generic families {@code serif}, {@code sans-serif} and
 * {@code monospace}, plus any files a house style names ({@link FontFile}). Font bytes and font metrics are read
 * once per JVM and shared by every document, so a batch build pays for them once.
 *
 * <p>Nothing is read from the network or from outside {@link RenderedDocument#baseDir()}: http, https, ftp, jar,
 * classpath and file URIs outside that folder resolve to nothing; {@code data:} URIs (embedded images) work.
 *
 * <p>The outline (bookmarks) is made from every h1-h3 that has an id and no class {@code no-bookmark}, nested by
 * level. Title, author, subject, keywords, language, creator and dates come from {@link DocumentInfo}; the dates
 * are its timestamp in UTC and the file identifier is derived from the XHTML and the timestamp, so the same input
 * gives byte-identical output.
 */
public final class PdfWriter implements DocumentWriter {

    /** What the PDF records as the application that made the document (Info /Creator, xmp:CreatorTool). */
    public static final String CREATOR = "Rapporteur";
    /** What the PDF records as the PDF producer (Info /Producer, pdf:Producer). */
    public static final String PRODUCER = "Rapporteur (openhtmltopdf, Apache PDFBox)";

    /** A font style, as the CSS {@code font-style} that selects the file. */
    public enum FontStyle { NORMAL, ITALIC, OBLIQUE }

    /**
     * A TrueType font file a house style adds: CSS {@code font-family: <family>} with the given
     * {@code font-weight} (100-900; 400 regular, 700 bold) and {@code font-style} selects it.
     */
    public record FontFile(Path path, String family, int weight, FontStyle style) {
        public FontFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(style, "style");
            if (family.isBlank()) {
                throw new IllegalArgumentException("font family is blank for " + path);
            }
            if (weight < 100 || weight > 900) {
                throw new IllegalArgumentException("font weight " + weight + " is not 100-900 for " + path);
            }
            path = path.toAbsolutePath().normalize();
        }
    }

    /** Told about every resource the document asked for and did not get. */
    @FunctionalInterface
    public interface ResourceListener {
        /**
         * @param uri    the URI as the document wrote it (or as resolved, when refused at opening)
         * @param reason why it was refused
         */
        void refused(String uri, String reason);
    }

    static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
    private static final String SERIF = "DejaVu Serif";
    private static final String SANS = "DejaVu Sans";
    private static final String MONO = "DejaVu Sans Mono";

    /** The built-in fonts, in registration order. */
    private static final List<FontSource> BUILT_IN = builtInFonts();

    /** Font file bytes, read once per JVM: class path resources and files (keyed with size and time). */
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

    /** Font metrics caches, one per set of extra fonts (so one family name always means one file per cache). */
    private static final Map<List<FontFile>, MetricsCache> METRICS = new ConcurrentHashMap<>();

    /** The sRGB ICC profile for the PDF/A output intent. */
    private static volatile byte[] srgbProfile;

    /** By default a refused resource is logged as a warning: the document asked for something it will not get. */
    private static final ResourceListener LOG = (uri, reason) -> System.getLogger(PdfWriter.class.getName())
            .log(System.Logger.Level.WARNING, "PDF: not loading {0}: {1}", abbreviate(uri), reason);

    static {
        // openhtmltopdf quotes whole URIs in its messages, and a data: URI can be megabytes of base64: cut them.
        com.openhtmltopdf.util.XRLogger current = XRLog.getLoggerImpl(); // null until openhtmltopdf first logs
        XRLog.setLoggerImpl(new DataUrisCut(current != null ? current : new com.openhtmltopdf.util.JDKXRLogger()));
        // openhtmltopdf logs every font load and stylesheet parse at INFO to stderr; keep warnings and errors only.
        // Diagnostics still reach the per-render consumer whatever the level.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private final List<FontFile> extraFonts;
    private final ResourceListener resourceListener;

    /** A writer with the built-in DejaVu fonts. */
    public PdfWriter() {
        this(List.of());
    }

    /**
     * A writer with the built-in DejaVu fonts and a house style's own font files.
     *
     * @throws IllegalArgumentException when a file is missing
     */
    public PdfWriter(List<FontFile> extraFonts) {
        this(extraFonts, LOG);
    }

    private PdfWriter(List<FontFile> extraFonts, ResourceListener resourceListener) {
        this.extraFonts = List.copyOf(extraFonts);
        for (FontFile font : this.extraFonts) {
            if (!Files.isRegularFile(font.path())) {
                throw new IllegalArgumentException("font file not found: " + font.path());
            }
        }
        this.resourceListener = Objects.requireNonNull(resourceListener, "resourceListener");
    }

    /** This writer, telling {@code listener} about every resource it refuses to load. */
    public PdfWriter withResourceListener(ResourceListener listener) {
        return new PdfWriter(extraFonts, listener);
    }

    /** The extra font files this writer registers besides the built-in ones. */
    public List<FontFile> extraFonts() {
        return extraFonts;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** Renders the document to PDF bytes. */
    public byte[] toBytes(RenderedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(document, out);
        return out.toByteArray();
    }

    /** A rendered PDF and its number of pages. */
    private record Pdf(byte[] bytes, int pages) {
    }

    @Override
    public Written write(RenderedDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        String name = document.name() == null ? "document" : document.name();
        Pdf pdf;
        try {
            pdf = render(document);
        } catch (IOException e) {
            throw new IOException("cannot write the PDF of '" + name + "': " + message(e), e);
        } catch (RuntimeException e) {
            throw new IOException("cannot write the PDF of '" + name + "': " + message(e), e);
        }
        out.write(pdf.bytes());
        return Written.paged(pdf.pages());
    }

    private static String abbreviate(String uri) {
        return uri.length() > 120 ? uri.substring(0, 117) + "..." : uri;
    }

    private static final java.util.regex.Pattern DATA_URI = java.util.regex.Pattern.compile(
            "(?i)data:[^,\\s'\"]{0,100},[^\\s'\"]*");

    /** A message with every data: URI cut to its header ("data:image/png;base64,…"). */
    static String withoutDataUris(String message) {
        if (message == null || !message.toLowerCase(Locale.ROOT).contains("data:")) {
            return message;
        }
        return DATA_URI.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group().substring(0, m.group().indexOf(',') + 1) + "…"));
    }

    /** openhtmltopdf's logger, with data: URIs cut from every message and no stack traces. */
    private record DataUrisCut(com.openhtmltopdf.util.XRLogger logger) implements com.openhtmltopdf.util.XRLogger {
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
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return logger.isLogLevelEnabled(diagnostic);
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof UncheckedIOException || t.getMessage() == null)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : withoutDataUris(m);
    }

    private Pdf render(RenderedDocument document) throws IOException {
        if (document.xhtml() == null || document.xhtml().isBlank()) {
            throw new IOException("the document is empty");
        }
        DocumentInfo info = document.info() == null
                ? new DocumentInfo(null, null, null, null, null, false, null) : document.info();
        Instant timestamp = timestamp(info);

        Document dom = parse(document.xhtml());
        Metadata meta = prepare(dom, info);
        addBookmarks(dom);
        markRightToLeft(dom);
        breakLongWords(dom);

        ResourcePolicy policy = new ResourcePolicy(document.baseDir(), resourceListener);
        List<String> errors = new ArrayList<>();

        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.withW3cDocument(dom, policy.baseUri());
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(srgb());
            builder.withProducer(PRODUCER);
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            policy.install(builder);
            registerFonts(builder, pdf, errors, dom.getDocumentElement().getTextContent());
            builder.useUnicodeBidiSplitter(IcuBidiSplitter.FACTORY);
            builder.useUnicodeBidiReorderer(IcuBidiReorderer.INSTANCE);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS,
                    METRICS.computeIfAbsent(extraFonts, k -> new MetricsCache()));
            builder.withDiagnosticConsumer(d -> {
                if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(describe(d));
                }
            });

            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            if (!errors.isEmpty()) {
                throw new IOException(String.join("; ", errors));
            }
            if (pdf.getNumberOfPages() == 0) {
                throw new IOException("rendering produced no pages");
            }
            finish(pdf, meta, timestamp, document.xhtml());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            pdf.save(bytes);
            return new Pdf(bytes.toByteArray(), pdf.getNumberOfPages());
        }
    }

    private static String describe(Diagnostic d) {
        String m = d.getFormattedMessage();
        if (d.hasError() && d.getError() != null) {
            m = m + " (" + message(d.getError()) + ")";
        }
        return m;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Timestamp

    private static Instant timestamp(DocumentInfo info) {
        if (info.timestamp() != null) {
            return info.timestamp().truncatedTo(ChronoUnit.SECONDS);
        }
        return Instant.EPOCH; // the renderer always dates the document; a bare XHTML document is dated 1970
    }

    // ---------------------------------------------------------------------------------------------------------
    // DOM

    private static Document parse(String xhtml) throws IOException {
        try {
            org.jsoup.nodes.Document soup = Jsoup.parse(xhtml, "", Parser.xmlParser());
            soup.outputSettings().prettyPrint(false);
            W3CDom w3c = new W3CDom();
            Document dom = w3c.fromJsoup(soup);
            if (dom.getDocumentElement() == null || !"html".equals(localName(dom.getDocumentElement()))) {
                throw new IOException("the XHTML has no <html> root element");
            }
            return dom;
        } catch (RuntimeException e) {
            throw new IOException("the XHTML cannot be parsed: " + message(e), e);
        }
    }

    private static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Element newElement(Document dom, Element like, String name) {
        String ns = like.getNamespaceURI();
        return ns == null ? dom.createElement(name) : dom.createElementNS(ns, name);
    }

    private static String text(Node node) {
        String t = node.getTextContent();
        return t == null ? "" : t.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The document metadata, DocumentInfo first and the XHTML's head second. */
    private record Metadata(String title, String author, String subject, String keywords, String language) {
    }

    /** Fills the head from DocumentInfo where the XHTML lacks something openhtmltopdf reads. */
    private static Metadata prepare(Document dom, DocumentInfo info) throws IOException {
        Element html = dom.getDocumentElement();
        Element head = child(html, "head");
        if (head == null) {
            head = newElement(dom, html, "head");
            html.insertBefore(head, html.getFirstChild());
        }
        Element titleElement = child(head, "title");
        String title = firstNonBlank(info.title(), titleElement == null ? null : text(titleElement));
        if (title == null) {
            throw new IOException("the document has no title (PDF/UA needs one): give DocumentInfo a title or "
                    + "the XHTML a <title>");
        }
        if (titleElement == null) {
            titleElement = newElement(dom, head, "title");
            head.appendChild(titleElement);
        }
        titleElement.setTextContent(title);

        String author = firstNonBlank(info.author(), meta(head, "author"));
        String subject = firstNonBlank(info.subject(), meta(head, "subject"));
        String keywords = firstNonBlank(info.keywords(), meta(head, "keywords"));
        setMeta(dom, head, "author", author);
        setMeta(dom, head, "subject", subject);
        setMeta(dom, head, "keywords", keywords);

        String language = firstNonBlank(info.language(), html.getAttribute("lang"),
                html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        if (language == null) {
            throw new IOException("the document has no language (PDF/UA needs one): give DocumentInfo a language "
                    + "or <html> a lang attribute");
        }
        html.setAttribute("lang", language);
        return new Metadata(title, author, subject, keywords, language);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String meta(Element head, String name) {
        for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals("meta") && name.equalsIgnoreCase(e.getAttribute("name"))) {
                return blankToNull(e.getAttribute("content"));
            }
        }
        return null;
    }

    private static void setMeta(Document dom, Element head, String name, String value) {
        if (value == null) {
            return;
        }
        for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals("meta") && name.equalsIgnoreCase(e.getAttribute("name"))) {
                e.setAttribute("content", value);
                return;
            }
        }
        Element meta = newElement(dom, head, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", value);
        head.appendChild(meta);
    }

    /**
     * Adds {@code <bookmarks>} to the head from the h1-h3 headings with an id and without class no-bookmark,
     * nested by level, unless the document brings its own.
     */
    private static void addBookmarks(Document dom) {
        Element html = dom.getDocumentElement();
        Element head = child(html, "head");
        if (head == null || child(head, "bookmarks") != null) {
            return;
        }
        Element body = child(html, "body");
        if (body == null) {
            return;
        }
        Element root = newElement(dom, head, "bookmarks");
        Deque<Element> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        List<Element> elements = new ArrayList<>();
        collectElements(body, elements);
        for (Element e : elements) {
            String tag = localName(e);
            if (tag.length() != 2 || tag.charAt(0) != 'h' || tag.charAt(1) < '1' || tag.charAt(1) > '3') {
                continue;
            }
            String id = e.getAttribute("id");
            if (id == null || id.isBlank() || hasClass(e, "no-bookmark")) {
                continue;
            }
            String label = text(e);
            if (label.isEmpty()) {
                continue;
            }
            int level = tag.charAt(1) - '0';
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                parents.pop();
            }
            Element bookmark = newElement(dom, head, "bookmark");
            bookmark.setAttribute("name", label);
            bookmark.setAttribute("href", "#" + id.strip());
            (parents.isEmpty() ? root : parents.peek()).appendChild(bookmark);
            parents.push(bookmark);
            levels.push(level);
        }
        if (root.hasChildNodes()) {
            head.appendChild(root);
        }
    }

    /** {@code dir="auto"} on every block that holds right-to-left letters and has no direction of its own. */
    private static void markRightToLeft(Document dom) {
        Element body = child(dom.getDocumentElement(), "body");
        if (body == null || !TextDirection.hasRightToLeft(text(body))) {
            return;
        }
        List<Element> elements = new ArrayList<>();
        collectElements(body, elements);
        for (Element e : elements) {
            if (TextDirection.BLOCKS.contains(localName(e)) && e.getAttribute("dir").isEmpty()
                    && TextDirection.hasRightToLeft(text(e))) {
                e.setAttribute("dir", "auto");
            }
        }
    }

    /** Longest word (run of letters without a space) a table cell keeps whole. */
    private static final int LONGEST_UNBROKEN_WORD_IN_A_CELL = 24;

    /**
     * A table cell holding a very long word (a URL, a reference number, a run of letters) lets that word break:
     * unbroken, it would widen its column until the others have no room and their text is lost off the page. Cells
     * of ordinary words keep the table's own widths (breaking every word would narrow the columns instead).
     */
    private static void breakLongWords(Document dom) {
        List<Element> elements = new ArrayList<>();
        collectElements(dom.getDocumentElement(), elements);
        for (Element e : elements) {
            String name = localName(e);
            if ((name.equals("td") || name.equals("th")) && longestWord(text(e)) > LONGEST_UNBROKEN_WORD_IN_A_CELL) {
                String style = e.getAttribute("style");
                e.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ") + "word-wrap: break-word");
            }
        }
    }

    private static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Every element under {@code parent}, in document order. */
    private static void collectElements(Node parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
                collectElements(e, out);
            }
        }
    }

    private static boolean hasClass(Element e, String name) {
        String classes = e.getAttribute("class");
        return classes != null && Arrays.asList(classes.strip().split("\\s+")).contains(name);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fonts

    /** A font to register: where its bytes come from, and the CSS that selects it. */
    private record FontSource(String key, String resource, String family, int weight,
                              BaseRendererBuilder.FontStyle style) {
    }

    private static List<FontSource> builtInFonts() {
        List<FontSource> fonts = new ArrayList<>();
        String[][] faces = {
            // family, file stem, italic suffix
            {SERIF, "DejaVuSerif", "Italic"},
            {SANS, "DejaVuSans", "Oblique"},
            {MONO, "DejaVuSansMono", "Oblique"},
        };
        for (String[] face : faces) {
            String family = face[0];
            String stem = face[1];
            String italic = face[2];
            String generic = switch (family) {
                case SERIF -> "serif";
                case SANS -> "sans-serif";
                default -> "monospace";
            };
            for (String name : List.of(family, generic)) {
                add(fonts, name, stem + ".ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
                add(fonts, name, stem + "-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
                for (BaseRendererBuilder.FontStyle slanted : List.of(BaseRendererBuilder.FontStyle.ITALIC,
                        BaseRendererBuilder.FontStyle.OBLIQUE)) {
                    add(fonts, name, stem + "-" + italic + ".ttf", 400, slanted);
                    add(fonts, name, stem + "-Bold" + italic + ".ttf", 700, slanted);
                }
            }
        }
        return List.copyOf(fonts);
    }

    private static void add(List<FontSource> fonts, String family, String file, int weight,
                            BaseRendererBuilder.FontStyle style) {
        String resource = DEJAVU + file;
        fonts.add(new FontSource("classpath:" + resource, resource, family, weight, style));
    }

    /**
     * Registers every font with the builder. Each file becomes at most one embedded font per document, however
     * many family names (DejaVu Serif, serif) point at it: the suppliers share one PDFont per file.
     */
    private void registerFonts(PdfRendererBuilder builder, PDDocument pdf, List<String> errors, String documentText)
            throws IOException {
        Map<String, PDFont> loaded = new HashMap<>();
        Set<String> failed = new HashSet<>();
        // House-style fonts first, so a house style may take over a family name the built-ins use.
        for (FontFile font : extraFonts) {
            byte[] bytes = fileBytes(font.path());
            builder.useFont(new SharedFont(pdf, "file:" + font.path(), () -> bytes, loaded, failed, errors),
                    font.family(), font.weight(), BaseRendererBuilder.FontStyle.valueOf(font.style().name()), true);
        }
        for (FontSource font : BUILT_IN) {
            builder.useFont(new SharedFont(pdf, font.key(), () -> resourceBytes(font.resource()), loaded, failed,
                    errors), font.family(), font.weight(), font.style(), true);
        }
        // For characters the chosen font lacks: DejaVu Sans, which covers the most.
        builder.useFont(() -> new ByteArrayInputStream(resourceBytes(DEJAVU + "DejaVuSans.ttf")), SANS, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true, EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
        // Then, for the characters DejaVu Sans lacks, the first font that has each: the other DejaVu faces, the
        // house style's fonts, the fallback fonts for other scripts (Glyphs counts on this: a character any of
        // them has prints wherever it stands). Only fonts the document needs are added, since openhtmltopdf sizes
        // every line by all of an element's fonts: a document DejaVu Sans covers keeps its layout, byte for byte.
        for (String key : Glyphs.of(extraFonts).fallbacksFor(documentText)) {
            String name = key.replaceFirst("\\|.*$", "");
            fallback(builder, "fallback " + name, name.startsWith("classpath:")
                    ? () -> resourceBytes(name.substring("classpath:".length()))
                    : () -> fileBytesUnchecked(Path.of(name.substring("file:".length()))));
        }
    }

    /** A fallback font; one that cannot be read or embedded is skipped (its characters then print as '#'). */
    private static void fallback(PdfRendererBuilder builder, String family, Supplier<byte[]> bytes) {
        builder.useFont(() -> {
            try {
                byte[] b = bytes.get();
                return Glyphs.embeddable(b) ? new ByteArrayInputStream(b) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }, family, 400, BaseRendererBuilder.FontStyle.NORMAL, true,
                EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
    }

    private static byte[] fileBytesUnchecked(Path path) {
        try {
            return fileBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font loaded into the document on first use, the same PDFont for every family name that names the file. */
    private static final class SharedFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final String key;
        private final Supplier<byte[]> bytes;
        private final Map<String, PDFont> loaded;
        private final Set<String> failed;
        private final List<String> errors;

        SharedFont(PDDocument pdf, String key, Supplier<byte[]> bytes, Map<String, PDFont> loaded, Set<String> failed,
                   List<String> errors) {
            super(null);
            this.pdf = pdf;
            this.key = key;
            this.bytes = bytes;
            this.loaded = loaded;
            this.failed = failed;
            this.errors = errors;
        }

        @Override
        public PDFont supply() {
            PDFont font = loaded.get(key);
            if (font != null || failed.contains(key)) {
                return font;
            }
            try {
                font = PDType0Font.load(pdf, new ByteArrayInputStream(bytes.get()), true);
                loaded.put(key, font);
                return font;
            } catch (IOException | RuntimeException e) {
                failed.add(key);
                errors.add("cannot load font " + key.replaceFirst("^(file|classpath):", "") + ": " + message(e));
                return null;
            }
        }
    }

    static byte[] resourceBytes(String resource) {
        return FONT_BYTES.computeIfAbsent("classpath:" + resource, key -> {
            try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException(
                            "font " + resource + " is not on the class path (jasperreports-fonts missing?)"));
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot read font " + resource + ": " + e.getMessage(), e));
            }
        });
    }

    static byte[] fileBytes(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new IOException("cannot read font file " + path + ": " + e.getMessage(), e);
        }
        String key = "file:" + path + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
        try {
            return FONT_BYTES.computeIfAbsent(key, k -> {
                try {
                    return Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException("cannot read font file " + path + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** A thread-safe, JVM-wide cache of font metrics, shared by every document with the same fonts. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            if (key != null && value != null) {
                map.put(key, value);
            }
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            FSCacheValue value = map.get(key);
            if (value != null) {
                return value;
            }
            try {
                value = loader.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("cannot load font metrics for " + key + ": " + e.getMessage(), e);
            }
            if (value != null) {
                FSCacheValue earlier = map.putIfAbsent(key, value);
                return earlier != null ? earlier : value;
            }
            return null;
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }

    private static byte[] srgb() {
        byte[] profile = srgbProfile;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgbProfile = profile;
        }
        return profile;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Resources

    /**
     * Resolves and opens resources: data: URIs, and files inside the base folder; nothing else. Installed three
     * ways (URI resolver, access controller, stream factories for every other scheme) so that a gap in one is
     * covered by the next.
     */
    private static final class ResourcePolicy {
        private static final Set<String> REFUSED_SCHEMES = Set.of("http", "https", "ftp", "jar", "classpath",
                "mailto", "ldap", "gopher", "netdoc", "jrt", "sftp", "ws", "wss");

        private final Path base;       // absolute, normalised, or null
        private final Path realBase;   // with symbolic links resolved, or null
        private final String baseUri;
        private final ResourceListener listener;
        private final Set<String> told = ConcurrentHashMap.newKeySet();

        ResourcePolicy(Path baseDir, ResourceListener listener) throws IOException {
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
            builder.useProtocolsStreamImplementation(PdfWriter::openData, "data");
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
            } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
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
    }

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
            return new BytesStream(java.net.URLDecoder.decode(data, StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new BytesStream(null);
        }
    }

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

    // ---------------------------------------------------------------------------------------------------------
    // Metadata and identity

    private static void finish(PDDocument pdf, Metadata meta, Instant timestamp, String xhtml) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.setTimeInMillis(timestamp.toEpochMilli());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        if (meta.author() != null) {
            info.setAuthor(meta.author());
        }
        if (meta.subject() != null) {
            info.setSubject(meta.subject());
        }
        if (meta.keywords() != null) {
            info.setKeywords(meta.keywords());
        }
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.setDocumentInformation(info);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(meta.language());
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(meta, timestamp).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        byte[] id = Arrays.copyOf(sha256(xhtml + "\n" + timestamp), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The XMP packet: PDF/A-3u and PDF/UA-1 identification, Dublin Core, dates agreeing with the Info dictionary. */
    private static String xmp(Metadata meta, Instant timestamp) {
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC)
                .format(timestamp);
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        x.append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (meta.author() != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(meta.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (meta.subject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(meta.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        x.append("<xmp:CreatorTool>").append(escape(CREATOR)).append("</xmp:CreatorTool>\n");
        x.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
        x.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        x.append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        x.append("<pdf:Producer>").append(escape(PRODUCER)).append("</pdf:Producer>\n");
        if (meta.keywords() != null) {
            x.append("<pdf:Keywords>").append(escape(meta.keywords())).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        x.append("<pdfaid:part>3</pdfaid:part>\n");
        x.append("<pdfaid:conformance>U</pdfaid:conformance>\n");
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        x.append("<pdfuaid:part>1</pdfuaid:part>\n");
        x.append("</rdf:Description>\n");

        // pdfuaid is not one of the schemas PDF/A predefines, so PDF/A needs it described.
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
        x.append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n");
        x.append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
        x.append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
        x.append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
        x.append("<pdfaProperty:name>part</pdfaProperty:name>\n");
        x.append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n");
        x.append("<pdfaProperty:category>internal</pdfaProperty:category>\n");
        x.append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed")
                .append("</pdfaProperty:description>\n");
        x.append("</rdf:li></rdf:Seq></pdfaSchema:property>\n");
        x.append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        x.append("</rdf:Description>\n");

        x.append("</rdf:RDF>\n");
        x.append("</x:xmpmeta>\n");
        x.append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
