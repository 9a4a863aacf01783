package org.rapporteur.framework;

/** A key-question band: a printed percentage of at least {@code min} (and below the next band) earns {@code rating}. */
public record Band(int min, int max, Rating rating, String label) {

    public boolean contains(int percent) {
        return percent >= min && percent <= max;
    }

    /** "65-79%", "80%+" or "under 50%", as the seeds print the bands. */
    public String range() {
        if (min == 0) {
            return "under " + (max + 1) + "%";
        }
        if (max >= 100) {
            return min + "%+";
        }
        return min + "-" + max + "%";
    }
}
