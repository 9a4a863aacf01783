package org.rapporteur.model;

import org.rapporteur.source.SourcePosition;

/** Inspectors' professional discretion over a calculated rating: always with a reason, always printed. */
public record Discretion(String rating, String keyQuestion, String reason, SourcePosition at) {
}
