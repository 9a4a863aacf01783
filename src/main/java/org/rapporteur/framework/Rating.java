package org.rapporteur.framework;

/**
 * A point on the framework's rating scale, e.g. 'Good': the name standards files and the calculator use, what it
 * contributes to the score, its place on the scale (0 = lowest) and how a report shows it.
 */
public record Rating(String name, int score, int rank, RatingLabel label) implements Comparable<Rating> {

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
