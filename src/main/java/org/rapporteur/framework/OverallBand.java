package org.rapporteur.framework;

/** A range of total scores and the overall rating it earns. */
public record OverallBand(int min, int max, Rating rating) {

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
