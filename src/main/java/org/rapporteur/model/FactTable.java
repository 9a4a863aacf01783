package org.rapporteur.model;

import java.util.List;
import org.rapporteur.source.SourcePosition;

/** A contextual-facts or key-data table. */
public record FactTable(String title, String source, List<String> columns, List<List<String>> rows,
                        SourcePosition at) {

    public FactTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
