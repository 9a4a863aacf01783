package org.rapporteur.write;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.FolderBoundary;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.YamlFile;
import org.rapporteur.source.YamlMap;
import org.rapporteur.write.pdf.PdfWriter;

/**
 * A report kind's house style beyond its CSS: extra TrueType fonts for the PDF (named in the CSS by family) and
 * the reference Word document whose styles the .docx uses. Read from {@code templates/<kind>/house-style.yaml}
 * and {@code templates/<kind>/reference.docx}; files must lie inside the template folder.
 */
public record HouseStyle(Path folder, List<PdfWriter.FontFile> fonts, Path referenceDocx) {

    public static final String FILE = "house-style.yaml";
    public static final String REFERENCE_DOCX = "reference.docx";
    private static final Set<String> TOP = Set.of("fonts");
    private static final Set<String> FONT = Set.of("file", "family", "weight", "style");

    public HouseStyle {
        fonts = List.copyOf(fonts);
    }

    /**
     * The house style in {@code folder} (defaults where there is no file), or empty with located errors. Only
     * regular files inside the template folder are read: a house-style.yaml, font or reference.docx that links
     * outside it, or is a named pipe or device, is refused where it is.
     */
    public static Optional<HouseStyle> load(Path folder, Diagnostics diagnostics) {
        Path root = folder.toAbsolutePath().normalize();
        FolderBoundary boundary = FolderBoundary.of(root, "template folder");
        Path docx = root.resolve(REFERENCE_DOCX);
        Path file = root.resolve(FILE);
        List<PdfWriter.FontFile> fonts = new ArrayList<>();
        int before = (int) diagnostics.errorCount();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && boundary.readable(file, diagnostics)) {
            YamlFile.read(file, diagnostics).flatMap(v -> v.asMap("a house style", TOP)).ifPresent(m ->
                    m.list("fonts", f -> f.asMap("a font", FONT)).forEach(font -> readFont(boundary, font, fonts)));
        }
        boolean hasDocx = Files.exists(docx, LinkOption.NOFOLLOW_LINKS) && boundary.readable(docx, diagnostics);
        if (diagnostics.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new HouseStyle(root, fonts, hasDocx ? docx : null));
    }

    private static void readFont(FolderBoundary boundary, YamlMap font, List<PdfWriter.FontFile> fonts) {
        Diagnostics d = font.diagnostics();
        Optional<String> file = font.requiredText("file", "the .ttf file, relative to the template folder");
        Optional<String> family = font.requiredText("family", "the font-family name the CSS uses");
        int weight = font.integer("weight", 100, 900).orElse(400);
        String style = font.text("style").orElse("normal").toLowerCase(Locale.ROOT);
        PdfWriter.FontStyle fontStyle = switch (style) {
            case "italic" -> PdfWriter.FontStyle.ITALIC;
            case "oblique" -> PdfWriter.FontStyle.OBLIQUE;
            case "normal" -> PdfWriter.FontStyle.NORMAL;
            default -> {
                d.error(font.keyAt("style"), "font style must be normal, italic or oblique, not '" + style + "'",
                        null);
                yield null;
            }
        };
        if (file.isEmpty() || family.isEmpty() || fontStyle == null) {
            return;
        }
        SourcePosition at = font.keyAt("file");
        Path root = boundary.folder();
        Path path = root.resolve(file.get()).normalize();
        FolderBoundary.Target target = path.startsWith(root) ? boundary.follow(path) : null;
        if (target == null || target.kind() == FolderBoundary.Kind.OUTSIDE) {
            d.error(at, "font file '" + file.get() + "' is outside the template folder"
                    + (target == null ? "" : " (it links there)"), "copy the font into the template folder");
        } else if (target.kind() == FolderBoundary.Kind.OTHER) {
            d.error(at, "font file '" + file.get() + "' is " + FolderBoundary.describeSpecial(path)
                    + ", not a regular file", "use a .ttf file");
        } else if (target.kind() != FolderBoundary.Kind.FILE) {
            d.error(at, "font file '" + file.get() + "' does not exist", "check the path");
        } else if (!file.get().toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            d.error(at, "font file '" + file.get() + "' is not a TrueType (.ttf) font", "use a .ttf file");
        } else {
            fonts.add(new PdfWriter.FontFile(path, family.get(), weight, fontStyle));
        }
    }
}
