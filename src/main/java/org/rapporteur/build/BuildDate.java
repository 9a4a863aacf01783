package org.rapporteur.build;

import java.time.Instant;
import java.util.Optional;

/**
 * The date a build stamps into its outputs when {@code SOURCE_DATE_EPOCH} is set (reproducible builds,
 * https://reproducible-builds.org/specs/source-date-epoch/): the one place Rapporteur reads it. Without it, each
 * document is dated from its report's publication month, so the same content still gives the same bytes.
 */
public final class BuildDate {

    /** The variable's name. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private BuildDate() {
    }

    /** The build date the environment sets, if any; a malformed value is refused with what to do. */
    public static Optional<Instant> fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    /**
     * Whole seconds since 1970-01-01T00:00:00Z, at most twelve digits (surrounding spaces allowed); null or empty
     * means unset.
     */
    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String seconds = value.strip();
        if (!seconds.matches("\\d{1,12}")) {
            throw new IllegalArgumentException(VARIABLE + " must be a whole number of seconds since 1970-01-01 UTC"
                    + " (e.g. 1767225600), not '" + org.rapporteur.source.Printable.line(value) + "'; set it so, or"
                    + " unset it to date each document from its publication month");
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
    }
}
