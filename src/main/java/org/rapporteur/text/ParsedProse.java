package org.rapporteur.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;
import org.rapporteur.model.Prose;

/**
 * Prose parsed and checked once, at check time (pictures already read, checked and embedded), kept for the render
 * stage, which fills in the figures and writes the XHTML without parsing again. The parsed documents are never
 * changed after check; rendering works on them and leaves them as it found them.
 */
public final class ParsedProse {

    private static final ParsedProse NONE = new ParsedProse(Map.of());

    private final Map<Prose, Node> documents;

    ParsedProse(Map<Prose, Node> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** Nothing parsed yet: every piece of prose is parsed when it is rendered. */
    public static ParsedProse none() {
        return NONE;
    }

    /** This prose and {@code other}'s (a council pack's own and its report's). */
    public ParsedProse and(ParsedProse other) {
        Map<Prose, Node> all = new HashMap<>(documents);
        all.putAll(other.documents);
        return new ParsedProse(all);
    }

    Optional<Node> of(Prose prose) {
        return Optional.ofNullable(documents.get(prose));
    }

    /** How many pieces of prose are held. */
    public int size() {
        return documents.size();
    }
}
