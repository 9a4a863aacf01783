package org.rapporteur.write.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the PDF's fonts come from: DejaVu Serif, DejaVu Sans and DejaVu Sans Mono (regular, bold, italic, bold
 * italic) from the jasperreports-fonts jar, also answering to the generic families {@code serif},
 * {@code sans-serif} and {@code monospace}; and font files. Font bytes are read once per JVM and shared by every
 * document, a file's keyed with its size and time so that a changed file is read again.
 */
final class FontSources {

    /** The class path folder of the DejaVu fonts. */
    static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
    static final String SERIF = "DejaVu Serif";
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    /** A built-in font to register: its key, its class path resource, and the CSS that selects it. */
    record BuiltIn(String key, String resource, String family, int weight, BaseRendererBuilder.FontStyle style) {
    }

    /** The built-in fonts, in registration order. */
    static final List<BuiltIn> BUILT_IN = builtInFonts();

    /** Font file bytes, read once per JVM: class path resources and files (keyed with size and time). */
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

    private FontSources() {
    }

    private static List<BuiltIn> builtInFonts() {
        List<BuiltIn> fonts = new ArrayList<>();
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

    private static void add(List<BuiltIn> fonts, String family, String file, int weight,
                            BaseRendererBuilder.FontStyle style) {
        String resource = DEJAVU + file;
        fonts.add(new BuiltIn("classpath:" + resource, resource, family, weight, style));
    }

    /** A class path resource's bytes, read once per JVM. */
    static byte[] resourceBytes(String resource) {
        return FONT_BYTES.computeIfAbsent("classpath:" + resource, key -> {
            try (InputStream in = FontSources.class.getClassLoader().getResourceAsStream(resource)) {
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

    /** A font file's bytes, read once per JVM while the file keeps its size and time. */
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

    /** The same, for suppliers: an unreadable file is an {@link UncheckedIOException}. */
    static byte[] fileBytesUnchecked(Path path) {
        try {
            return fileBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
