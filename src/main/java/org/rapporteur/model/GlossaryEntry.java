package org.rapporteur.model;

public record GlossaryEntry(String term, Prose definition) {
}
