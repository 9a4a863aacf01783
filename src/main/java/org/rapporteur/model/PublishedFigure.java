package org.rapporteur.model;

import org.rapporteur.source.SourcePosition;

/** A key-question percentage entered as published, for re-issuing a report without its case data. */
public record PublishedFigure(String keyQuestion, int percent, SourcePosition at) {
}
