package org.rapporteur.write;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a writer produced, besides its bytes: the number of pages where the format has pages of its own (PDF), and
 * warnings for the author that only writing could find.
 */
public record Written(OptionalInt pages, List<String> warnings) {

    public Written {
        warnings = List.copyOf(warnings);
    }

    /** A format without pages of its own (Word, HTML, XHTML: the reader's program lays them out). */
    public static Written unpaged() {
        return new Written(OptionalInt.empty(), List.of());
    }

    /** A paged format of {@code pages} pages. */
    public static Written paged(int pages) {
        return new Written(OptionalInt.of(pages), List.of());
    }
}
