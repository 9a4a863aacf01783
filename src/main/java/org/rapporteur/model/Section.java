package org.rapporteur.model;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.source.SourcePosition;

/**
 * A titled section a report kind prints in order (a letter's context, summary and commentary, for example).
 * With {@code numbered}, its paragraphs are numbered "N.1", "N.2" after the section's own number.
 */
public record Section(String title, boolean numbered, Prose text, List<Prose> paragraphs, SourcePosition at) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Its prose in reading order: the text (when it has one), then the paragraphs. */
    public List<Prose> prose() {
        List<Prose> all = new ArrayList<>(paragraphs.size() + 1);
        if (text != null) {
            all.add(text);
        }
        all.addAll(paragraphs);
        return all;
    }
}
