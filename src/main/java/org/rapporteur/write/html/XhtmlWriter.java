package org.rapporteur.write.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.Written;

/** The rendered document itself, as every other writer reads it: for inspection, debugging and other tools. */
public final class XhtmlWriter implements DocumentWriter {

    @Override
    public String format() {
        return "xhtml";
    }

    @Override
    public Written write(RenderedDocument document, OutputStream out) throws IOException {
        out.write(document.xhtml().getBytes(StandardCharsets.UTF_8));
        return Written.unpaged();
    }
}
