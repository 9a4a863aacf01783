package org.rapporteur.model;

import java.util.Locale;
import java.util.Optional;

/** An inspector's answer to a key question or prompt for one case. */
public enum Answer {
    YES, NO, NOT_APPLICABLE;

    /** yes, no, n/a (also "not applicable", "na"); or the one-letter forms Y, N, - used in prompt strings. */
    public static Optional<Answer> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y" -> Optional.of(YES);
            case "no", "n" -> Optional.of(NO);
            case "n/a", "na", "not applicable", "-" -> Optional.of(NOT_APPLICABLE);
            default -> Optional.empty();
        };
    }

    public boolean applies() {
        return this != NOT_APPLICABLE;
    }
}
