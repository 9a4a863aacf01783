package org.rapporteur.source;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser with the content limits applied to its events as they stream past, before any node tree is
 * built: mappings and lists nested deeper than {@code maxNesting}, and anchors or aliases (which content never
 * needs, and which make alias bombs possible), are refused at the place they occur. SnakeYAML's own limits throw
 * without a place; these run first.
 */
final class BoundedParser implements Parser {

    /** Content past a limit, at the place it was found. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;
        private final String hint;

        Refused(Mark mark, String message, String hint) {
            super(message, null, false, false);
            this.mark = mark;
            this.hint = hint;
        }

        Mark mark() {
            return mark;
        }

        String hint() {
            return hint;
        }
    }

    private final Parser parser;
    private final int maxNesting;
    private int depth;

    BoundedParser(Parser parser, int maxNesting) {
        this.parser = parser;
        this.maxNesting = maxNesting;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        if (event instanceof AliasEvent || event instanceof NodeEvent n && n.getAnchor() != null) {
            throw new Refused(event.getStartMark(), "anchors and aliases (&name, *name) are not supported",
                    "write the value out in full where it is needed");
        }
        if (event instanceof CollectionStartEvent) {
            depth++;
            if (depth > maxNesting) {
                throw new Refused(event.getStartMark(), "lists and mappings are nested " + depth
                        + " levels deep here", "content may nest at most " + maxNesting
                        + " levels; flatten the structure");
            }
        } else if (event instanceof CollectionEndEvent) {
            depth--;
        }
        return event;
    }
}
