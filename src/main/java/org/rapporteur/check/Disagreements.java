package org.rapporteur.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rapporteur.source.Diagnostics;

/**
 * Where prose that contradicts the calculation is reported: an error when {@code publishing} (a final build, which
 * then writes nothing), a warning in a draft, so an author can keep writing while the figures settle. A piece of
 * prose reports its first {@value #PER_PROSE} contradictions, then how many more it holds.
 */
final class Disagreements {

    static final int PER_PROSE = 25;

    private final Diagnostics diagnostics;
    private final boolean publishing;
    private final Map<org.rapporteur.model.Prose, Integer> counts = new LinkedHashMap<>();

    Disagreements(Diagnostics diagnostics, boolean publishing) {
        this.diagnostics = diagnostics;
        this.publishing = publishing;
    }

    /** A figure at {@code offset} of {@code text} that contradicts the calculation. */
    void report(ClaimText text, int offset, String message, String hint) {
        int n = counts.merge(text.prose(), 1, Integer::sum);
        if (n <= PER_PROSE) {
            add(text, offset, message, hint);
        }
    }

    /** Says how many contradictions each piece of prose held beyond those reported. */
    void finish() {
        counts.forEach((prose, n) -> {
            if (n > PER_PROSE) {
                add(new ClaimText(prose), 0, (n - PER_PROSE) + " more figures in this text contradict the calculation",
                        "correct the ones above and check again");
            }
        });
        counts.clear();
    }

    private void add(ClaimText text, int offset, String message, String hint) {
        if (publishing) {
            diagnostics.error(text.at(offset), message, hint);
        } else {
            diagnostics.warning(text.at(offset), message, hint + " (a final build refuses this)");
        }
    }
}
