package org.rapporteur.preview;

import java.util.List;

/**
 * One build of the preview: the HTML page when the report built, else nothing; and the diagnostics exactly as
 * {@code rapporteur check} prints them (one line each, the count line last), which the preview shows and prints.
 *
 * @param html the page as the HTML writer wrote it, or null when the build failed
 * @param diagnostics printed lines: every error and warning as {@code file:line:column: error: message; hint}
 * @param errors how many errors (0 when {@code html} is present)
 */
public record BuildResult(byte[] html, List<String> diagnostics, long errors) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A successful build, with its warnings (if any). */
    public static BuildResult page(byte[] html, List<String> diagnostics) {
        if (html == null) {
            throw new IllegalArgumentException("a successful build needs its page");
        }
        return new BuildResult(html, diagnostics, 0);
    }

    /** A failed build: nothing to show but its diagnostics. */
    public static BuildResult failed(List<String> diagnostics, long errors) {
        return new BuildResult(null, diagnostics, errors);
    }

    public boolean ok() {
        return html != null;
    }
}
