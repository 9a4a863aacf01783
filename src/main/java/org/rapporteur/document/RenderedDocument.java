package org.rapporteur.document;

import java.nio.file.Path;

/**
 * The one semantic XHTML document that every writer reads (the Pandoc model: one document, many writers).
 * {@code xhtml} is a complete, well-formed XHTML 1.0 document with its stylesheet inline in {@code <head>};
 * {@code baseDir} is the folder relative resources would be resolved against (none are loaded from elsewhere).
 */
public record RenderedDocument(String name, String xhtml, DocumentInfo info, Path baseDir) {
}
