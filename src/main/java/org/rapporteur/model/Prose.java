package org.rapporteur.model;

import org.rapporteur.source.SourcePosition;

/** A piece of Markdown a writer typed, and where. It is data: never evaluated as a template. */
public record Prose(String markdown, SourcePosition at) {

    public boolean isBlank() {
        return markdown == null || markdown.isBlank();
    }
}
