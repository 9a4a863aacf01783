package org.rapporteur.rate;

/** Shares of cases as the reports print them: whole numbers, rounded half up. */
public final class Percentage {

    private Percentage() {
    }

    /**
     * {@code yes} out of {@code applicable} as a whole-number percentage, half rounded up (7 of 8 = 87.5 = 88).
     * Exact integer arithmetic, so 79.5 always prints as 80 and is banded as 80.
     */
    public static int of(int yes, int applicable) {
        if (applicable <= 0) {
            throw new IllegalArgumentException("no applicable cases");
        }
        if (yes < 0 || yes > applicable) {
            throw new IllegalArgumentException(yes + " of " + applicable);
        }
        return (200 * yes + applicable) / (2 * applicable);
    }
}
