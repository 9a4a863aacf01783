package org.rapporteur.model;

/** One recommendation; its number runs across the addressee groups. */
public record Recommendation(int number, Prose text) {
}
