package org.rapporteur.write;

import java.util.List;
import java.util.Optional;
import org.rapporteur.write.docx.DocxWriter;
import org.rapporteur.write.html.HtmlWriter;
import org.rapporteur.write.html.XhtmlWriter;
import org.rapporteur.write.pdf.PdfWriter;

/**
 * The back-ends by format name, made for a house style. A new output format is one more case here and a
 * DocumentWriter; nothing else changes.
 */
public final class Writers {

    private static final List<String> ALL = List.of("pdf", "docx", "html", "xhtml");
    private static final List<String> DEFAULTS = List.of("pdf", "docx", "html");

    private Writers() {
    }

    public static Optional<DocumentWriter> create(String format, HouseStyle style) {
        return switch (format) {
            case "pdf" -> Optional.of(style.fonts().isEmpty() ? new PdfWriter() : new PdfWriter(style.fonts()));
            case "docx" -> Optional.of(style.referenceDocx() == null ? new DocxWriter()
                    : new DocxWriter(style.referenceDocx()));
            case "html" -> Optional.of(new HtmlWriter());
            case "xhtml" -> Optional.of(new XhtmlWriter());
            default -> Optional.empty();
        };
    }

    public static boolean exists(String format) {
        return ALL.contains(format);
    }

    public static List<String> formats() {
        return ALL;
    }

    public static List<String> defaultFormats() {
        return DEFAULTS;
    }
}
