package org.rapporteur.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fonts the PDF falls back on for characters DejaVu lacks: Noto Sans for the widely used scripts, Droid Sans
 * Fallback for Chinese and Japanese, Nanum Gothic for Korean and Symbola for emoji and symbols, all TrueType so that
 * they can be embedded (PDF/A). They are read from a font folder: {@code -Drapporteur.fonts=DIR}, else the
 * environment's {@code RAPPORTEUR_FONTS}, else {@code /usr/share/fonts/truetype}, where Debian's packages
 * fonts-noto-core, fonts-droid-fallback, fonts-nanum and fonts-symbola put them. A file that is not there is skipped:
 * the PDF then prints fewer characters, and {@code check} names each character no font has.
 */
public final class FallbackFonts {

    /** The files looked for, relative to the folder, in the order they are tried. */
    public static final List<String> FILES = List.of(
            "noto/NotoSans-Regular.ttf",
            "noto/NotoSansArabic-Regular.ttf",
            "noto/NotoSansHebrew-Regular.ttf",
            "noto/NotoSansDevanagari-Regular.ttf",
            "noto/NotoSansBengali-Regular.ttf",
            "noto/NotoSansGurmukhi-Regular.ttf",
            "noto/NotoSansGujarati-Regular.ttf",
            "noto/NotoSansOriya-Regular.ttf",
            "noto/NotoSansTamil-Regular.ttf",
            "noto/NotoSansTelugu-Regular.ttf",
            "noto/NotoSansKannada-Regular.ttf",
            "noto/NotoSansMalayalam-Regular.ttf",
            "noto/NotoSansSinhala-Regular.ttf",
            "noto/NotoSansThai-Regular.ttf",
            "noto/NotoSansLao-Regular.ttf",
            "noto/NotoSansKhmer-Regular.ttf",
            "noto/NotoSansMyanmar-Regular.ttf",
            "noto/NotoSansEthiopic-Regular.ttf",
            "noto/NotoSansArmenian-Regular.ttf",
            "noto/NotoSansGeorgian-Regular.ttf",
            "noto/NotoSansThaana-Regular.ttf",
            "noto/NotoSansSyriac-Regular.ttf",
            "noto/NotoSansCherokee-Regular.ttf",
            "noto/NotoSansCanadianAboriginal-Regular.ttf",
            "noto/NotoSansMath-Regular.ttf",
            "noto/NotoSansSymbols-Regular.ttf",
            "noto/NotoSansSymbols2-Regular.ttf",
            "droid/DroidSansFallbackFull.ttf",
            "nanum/NanumGothic.ttf",
            "ancient-scripts/Symbola_hint.ttf");

    public static final String PROPERTY = "rapporteur.fonts";
    public static final String ENVIRONMENT = "RAPPORTEUR_FONTS";
    public static final Path DEFAULT_FOLDER = Path.of("/usr/share/fonts/truetype");

    private FallbackFonts() {
    }

    /** The font folder this JVM reads fallback fonts from. */
    public static Path folder() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getenv(ENVIRONMENT);
        }
        return chosen == null || chosen.isBlank() ? DEFAULT_FOLDER : Path.of(chosen);
    }

    /** The fallback font files present in the folder, in order. */
    public static List<Path> present() {
        Path folder = folder().toAbsolutePath().normalize();
        return FILES.stream().map(folder::resolve).filter(p -> Files.isRegularFile(p) && Files.isReadable(p))
                .toList();
    }
}
