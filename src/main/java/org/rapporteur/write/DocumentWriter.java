package org.rapporteur.write;

import java.io.IOException;
import java.io.OutputStream;
import org.rapporteur.document.RenderedDocument;

/** A back-end: reads the rendered XHTML document and writes one output format. */
public interface DocumentWriter {

    /** The format's name on the command line, e.g. "pdf". */
    String format();

    /** The file extension, without the dot: the format's name unless the writer says otherwise. */
    default String extension() {
        return format();
    }

    /** Writes the document to {@code out}; says what it produced (pages, warnings). */
    Written write(RenderedDocument document, OutputStream out) throws IOException;
}
