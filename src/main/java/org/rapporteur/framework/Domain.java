package org.rapporteur.framework;

import java.util.List;

/** A domain of the framework, e.g. "2. Court disposals", holding its standards. */
public record Domain(int number, String name, boolean scored, List<Standard> standards) {

    public Domain {
        standards = List.copyOf(standards);
    }
}
