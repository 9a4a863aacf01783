package org.rapporteur.model;

import java.util.List;
import org.rapporteur.source.SourcePosition;

/**
 * A contextual-facts or key-data table. {@code chart} asks the template to draw it as a simple chart too
 * ("bar"), the table staying as the chart's text equivalent.
 */
public record FactTable(String title, String source, List<String> columns, List<List<String>> rows, String chart,
                        SourcePosition at) {

    public FactTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
