package org.rapporteur.write.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Which characters the PDF can show: the union of the character maps (cmap) of every font it prints with, namely
 * the built-in DejaVu fonts, a house style's fonts and the {@link FallbackFonts} present. The PDF writer registers
 * each of them as a fallback for every element, so a character any of them has is printed wherever it stands, and a
 * character none of them has comes out as '#' or not at all. Character maps are read once per JVM per file, and
 * only when a character is not found in the fonts before them; a font that cannot be read counts as having nothing.
 */
public final class Glyphs {

    /** Character maps by font (class path resource, or file with its size and time); empty for unreadable fonts. */
    private static final Map<String, Optional<CmapLookup>> MAPS = new ConcurrentHashMap<>();

    /** The built-in faces whose maps count (the bold and italic faces cover less, and fall back on these). */
    private static final List<String> BUILT_IN = List.of(FontSources.DEJAVU + "DejaVuSans.ttf",
            FontSources.DEJAVU + "DejaVuSerif.ttf", FontSources.DEJAVU + "DejaVuSansMono.ttf");

    private final List<String> keys;
    private final List<Path> files;

    private Glyphs(List<Path> files) {
        this.files = List.copyOf(files);
        List<String> k = new ArrayList<>();
        BUILT_IN.forEach(r -> k.add("classpath:" + r));
        this.files.forEach(f -> k.add(fileKey("file:" + f)));
        this.keys = List.copyOf(k);
    }

    /** The fonts a PDF made with these house-style fonts prints with. */
    public static Glyphs of(List<PdfWriter.FontFile> houseFonts) {
        List<Path> files = new ArrayList<>();
        houseFonts.forEach(f -> files.add(f.path()));
        files.addAll(FallbackFonts.present());
        return new Glyphs(files);
    }

    /** True when some font has a glyph for the code point. */
    public boolean has(int codePoint) {
        for (String key : keys) {
            Optional<CmapLookup> map = map(key);
            if (map.isPresent() && map.get().getGlyphId(codePoint) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The font files besides the built-in ones, in order: house style first, then fallbacks. */
    public List<Path> files() {
        return files;
    }

    /**
     * The fonts a text needs besides DejaVu Sans (which every element falls back on already): for each character
     * DejaVu Sans lacks, the first of the other fonts that has it. openhtmltopdf sizes every line by all the fonts
     * an element may use, so the PDF writer adds only these: a document DejaVu Sans covers keeps its layout.
     * Returns font keys ({@code classpath:<resource>} or {@code file:<path>|<size>|<time>}) in this set's order.
     */
    List<String> fallbacksFor(CharSequence text) {
        java.util.Set<String> needed = new java.util.HashSet<>();
        java.util.BitSet seen = new java.util.BitSet();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x250 || seen.get(cp)) {
                continue; // DejaVu Sans has every Latin-1 and Latin Extended letter
            }
            seen.set(cp);
            if (map(keys.get(0)).map(m -> m.getGlyphId(cp) != 0).orElse(false)) {
                continue;
            }
            for (String key : keys.subList(1, keys.size())) {
                if (map(key).map(m -> m.getGlyphId(cp) != 0).orElse(false)) {
                    needed.add(key);
                    break;
                }
            }
        }
        return keys.stream().filter(needed::contains).toList();
    }

    private static Optional<CmapLookup> map(String key) {
        return MAPS.computeIfAbsent(key, Glyphs::read);
    }

    /** Whether PDFBox may embed the font (its OS/2 fsType is not "restricted" or "bitmap only"), as PDF/A needs. */
    static boolean embeddable(TrueTypeFont font) throws IOException {
        var os2 = font.getOS2Windows();
        int fsType = os2 == null ? 0 : os2.getFsType();
        return (fsType & 0x000F) != 0x0002 && (fsType & 0x0200) == 0;
    }

    /** The same for a font file's bytes; false when they are not a readable TrueType font. */
    static boolean embeddable(byte[] bytes) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            return embeddable(font) && font.getUnicodeCmapLookup(false) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String fileKey(String key) {
        if (!key.startsWith("file:")) {
            return key;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(key.substring(5)), BasicFileAttributes.class);
            return key + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
        } catch (IOException | RuntimeException e) {
            return key;
        }
    }

    private static Optional<CmapLookup> read(String key) {
        try {
            String name = key.replaceFirst("\\|.*$", "");
            TrueTypeFont font = name.startsWith("classpath:")
                    ? new TTFParser().parse(new RandomAccessReadBuffer(FontSources.resourceBytes(name.substring(10))))
                    : new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of(name.substring(5)).toFile()));
            try (font) {
                // the lookup is read into memory whole, so it outlives the closed font
                return embeddable(font) ? Optional.ofNullable(font.getUnicodeCmapLookup(false)) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
