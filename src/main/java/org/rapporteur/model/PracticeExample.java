package org.rapporteur.model;

import org.rapporteur.source.SourcePosition;

/** A practice example; names in it are changed, and the author says so. */
public record PracticeExample(String title, Prose text, boolean namesChanged, SourcePosition at) {
}
