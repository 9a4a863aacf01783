package org.rapporteur.check;

import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/**
 * Where prose that contradicts the calculation is reported: an error when {@code publishing} (a final build, which
 * then writes nothing), a warning in a draft, so an author can keep writing while the figures settle.
 */
record Disagreements(Diagnostics diagnostics, boolean publishing) {

    void report(SourcePosition at, String message, String hint) {
        if (publishing) {
            diagnostics.error(at, message, hint);
        } else {
            diagnostics.warning(at, message, hint + " (a final build refuses this)");
        }
    }
}
