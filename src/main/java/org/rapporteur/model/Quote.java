package org.rapporteur.model;

import org.rapporteur.source.SourcePosition;

/** Something a child, parent or carer, or member of staff said. */
public record Quote(String text, String from, SourcePosition at) {
}
