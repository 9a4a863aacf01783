package org.rapporteur.source;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys, ids and names. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a small edit distance, if any. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(1, Math.min(3, t.length() / 3));
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (Math.abs(lc.length() - t.length()) > allowed) {
                continue; // more edits apart than allowed, whatever the letters
            }
            int d = lc.equals(t) ? 0 : distance(t, lc);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(s -> "did you mean '" + s + "'?").orElse(null);
    }

    /**
     * Edits between two strings: a letter inserted, deleted or changed, or two neighbouring letters swapped
     * ("biuld" is one edit from "build"), each counting one (the optimal string alignment distance).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
