package org.rapporteur.write.pdf;

import static org.rapporteur.write.pdf.FontSources.DEJAVU;
import static org.rapporteur.write.pdf.FontSources.SANS;
import static org.rapporteur.write.pdf.FontSources.fileBytes;
import static org.rapporteur.write.pdf.FontSources.fileBytesUnchecked;
import static org.rapporteur.write.pdf.FontSources.resourceBytes;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Tells openhtmltopdf which fonts a document may print with, in the order that decides which font a family name
 * means: a house style's own files ({@link PdfWriter.FontFile}), the built-in DejaVu faces ({@link FontSources}),
 * DejaVu Sans for characters the chosen font lacks, then only the fallback fonts ({@link Glyphs}) the document's
 * text needs. Font metrics are kept in a JVM-wide cache per set of house fonts, so a batch build pays for them once.
 */
final class FontRegistration {

    /** Font metrics caches, one per set of extra fonts (so one family name always means one file per cache). */
    private static final Map<List<PdfWriter.FontFile>, MetricsCache> METRICS = new ConcurrentHashMap<>();

    private final PDDocument pdf;
    private final List<String> errors;
    /** The fonts loaded into this document, by key, and the keys that failed to load (each told once). */
    private final Map<String, PDFont> loaded = new HashMap<>();
    private final Set<String> failed = new HashSet<>();

    private FontRegistration(PDDocument pdf, List<String> errors) {
        this.pdf = pdf;
        this.errors = errors;
    }

    /**
     * Registers every font with the builder. Each file becomes at most one embedded font per document, however
     * many family names (DejaVu Serif, serif) point at it: the suppliers share one PDFont per file.
     */
    static void register(PdfRendererBuilder builder, PDDocument pdf, List<PdfWriter.FontFile> extraFonts,
                         List<String> errors, String documentText) throws IOException {
        FontRegistration document = new FontRegistration(pdf, errors);
        // House-style fonts first, so a house style may take over a family name the built-ins use.
        for (PdfWriter.FontFile font : extraFonts) {
            byte[] bytes = fileBytes(font.path());
            builder.useFont(document.new SharedFont("file:" + font.path(), () -> bytes),
                    font.family(), font.weight(), BaseRendererBuilder.FontStyle.valueOf(font.style().name()), true);
        }
        for (FontSources.BuiltIn font : FontSources.BUILT_IN) {
            builder.useFont(document.new SharedFont(font.key(), () -> resourceBytes(font.resource())),
                    font.family(), font.weight(), font.style(), true);
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

    /** The font metrics cache of documents with these house fonts. */
    static FSCacheEx<String, FSCacheValue> metrics(List<PdfWriter.FontFile> extraFonts) {
        return METRICS.computeIfAbsent(extraFonts, k -> new MetricsCache());
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

    /** The document's font from these bytes, loaded on first use; null (and an error told) if it cannot be. */
    private PDFont load(String key, Supplier<byte[]> bytes) {
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
            errors.add("cannot load font " + key.replaceFirst("^(file|classpath):", "") + ": "
                    + RenderMessages.message(e));
            return null;
        }
    }

    /** A font loaded into the document on first use, the same PDFont for every family name that names the file. */
    private final class SharedFont extends PDFontSupplier {
        private final String key;
        private final Supplier<byte[]> bytes;

        SharedFont(String key, Supplier<byte[]> bytes) {
            super(null);
            this.key = key;
            this.bytes = bytes;
        }

        @Override
        public PDFont supply() {
            return load(key, bytes);
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
}
