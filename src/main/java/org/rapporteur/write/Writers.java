package org.rapporteur.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The back-ends by format name. A new output format is a new DocumentWriter added here. */
public final class Writers {

    private static final Map<String, DocumentWriter> ALL = new LinkedHashMap<>();

    static {
        register(new PdfWriter());
        register(new HtmlWriter());
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
}
