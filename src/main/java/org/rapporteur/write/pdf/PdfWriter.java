package org.rapporteur.write.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.Written;
import org.w3c.dom.Document;

/**
 * The PDF back-end: tagged PDF/UA-1 that is also PDF/A-3u, made with openhtmltopdf from the rendered XHTML.
 *
 * <p>Every font is embedded: DejaVu Serif, DejaVu Sans and DejaVu Sans Mono (regular, bold, italic, bold italic)
 * from the jasperreports-fonts jar, also answering to the generic families {@code serif}, {@code sans-serif} and
 * {@code monospace}, plus any files a house style names ({@link FontFile}). Font bytes and font metrics are read
 * once per JVM and shared by every document, so a batch build pays for them once ({@link FontRegistration}).
 *
 * <p>Nothing is read from the network or from outside {@link RenderedDocument#baseDir()}: http, https, ftp, jar,
 * classpath and file URIs outside that folder resolve to nothing; {@code data:} URIs (embedded images) work
 * ({@link ResourcePolicy}).
 *
 * <p>The outline (bookmarks) is made from every h1-h3 that has an id and no class {@code no-bookmark}, nested by
 * level ({@link Outline}). Title, author, subject, keywords, language, creator and dates come from
 * {@link DocumentInfo} ({@link Metadata}); the dates are its timestamp in UTC and the file identifier is derived
 * from the XHTML and the timestamp, so the same input gives byte-identical output ({@link Conformance}).
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

    static {
        RenderMessages.quietenOpenHtmlToPdf();
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
        this(extraFonts, RenderMessages.LOG);
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

    /** Renders the document to PDF bytes. */
    public byte[] toBytes(RenderedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(document, out);
        return out.toByteArray();
    }

    @Override
    public Written write(RenderedDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        String name = document.name() == null ? "document" : document.name();
        Pdf pdf;
        try {
            pdf = render(document);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot write the PDF of '" + name + "': " + RenderMessages.message(e), e);
        }
        out.write(pdf.bytes());
        return Written.paged(pdf.pages());
    }

    /** A rendered PDF and its number of pages. */
    private record Pdf(byte[] bytes, int pages) {
    }

    private Pdf render(RenderedDocument document) throws IOException {
        if (document.xhtml() == null || document.xhtml().isBlank()) {
            throw new IOException("the document is empty");
        }
        DocumentInfo info = document.info() == null
                ? new DocumentInfo(null, null, null, null, null, false, null) : document.info();
        Instant timestamp = timestamp(info);

        Document dom = XhtmlDom.parse(document.xhtml());
        Metadata meta = Metadata.prepare(dom, info);
        Outline.add(dom);
        LayoutHints.markRightToLeft(dom);
        LayoutHints.breakLongWords(dom);

        ResourcePolicy policy = new ResourcePolicy(document.baseDir(), resourceListener);
        List<String> errors = new ArrayList<>();

        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.withW3cDocument(dom, policy.baseUri());
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(Conformance.srgb());
            builder.withProducer(PRODUCER);
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            policy.install(builder);
            FontRegistration.register(builder, pdf, extraFonts, errors, dom.getDocumentElement().getTextContent());
            builder.useUnicodeBidiSplitter(IcuBidiSplitter.FACTORY);
            builder.useUnicodeBidiReorderer(IcuBidiReorderer.INSTANCE);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FontRegistration.metrics(extraFonts));
            builder.withDiagnosticConsumer(d -> {
                if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(RenderMessages.describe(d));
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
            Conformance.finish(pdf, meta, timestamp, document.xhtml());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            pdf.save(bytes);
            return new Pdf(bytes.toByteArray(), pdf.getNumberOfPages());
        }
    }

    /**
     * The PDF's date: the document's timestamp to the second (the renderer always dates a document, from the build
     * date or the publication month), else 1970-01-01.
     */
    private static Instant timestamp(DocumentInfo info) {
        return info.timestamp() == null ? Instant.EPOCH : info.timestamp().truncatedTo(ChronoUnit.SECONDS);
    }
}
