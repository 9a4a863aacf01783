package org.rapporteur.framework;

/** A point on the framework's rating scale, e.g. 'Good', and what it contributes to the score. */
public record Rating(String name, int score, int rank) implements Comparable<Rating> {

    @Override
    public int compareTo(Rating other) {
        return Integer.compare(rank, other.rank);
    }

    public boolean isBelow(Rating other) {
        return rank < other.rank;
    }

    @Override
    public String toString() {
        return name;
    }
}
