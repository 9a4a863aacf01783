package org.rapporteur.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The back-ends by format name. A new output format is a new DocumentWriter registered here. */
public final class Writers {

    private static final Map<String, DocumentWriter> ALL = new LinkedHashMap<>();
    /** Written when no --format is given; the others on request. */
    private static final Set<String> DEFAULTS = Set.of("pdf", "docx", "html");

    static {
        register(new PdfWriter());
        register(new HtmlWriter());
        register(new XhtmlWriter());
    }

    private Writers() {
    }

    private static void register(DocumentWriter w) {
        ALL.put(w.format(), w);
    }

    public static Optional<DocumentWriter> forFormat(String format) {
        return Optional.ofNullable(ALL.get(format));
    }

    public static List<String> formats() {
        return List.copyOf(ALL.keySet());
    }

    public static List<String> defaultFormats() {
        return ALL.keySet().stream().filter(DEFAULTS::contains).toList();
    }
}
