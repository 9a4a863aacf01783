package org.rapporteur.write.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fixed column widths from the text: each column at least as wide as its longest word, the rest shared by the
 * average length of its cells, so prose columns are wide and number columns narrow. Tables of the same class and
 * number of columns share their widths (so the ratings tables line up), measured over all of them.
 */
final class ColumnWidths {

    private final Document html;
    private final Sections sections;
    private final Map<String, int[]> shared = new HashMap<>();

    ColumnWidths(Document html, Sections sections) {
        this.html = html;
        this.sections = sections;
    }

    int[] of(Element table, TableGrid grid) {
        if (table.className().isBlank()) {
            return measure(grid.cells(), grid.columns());
        }
        String key = table.className().strip() + "/" + grid.columns();
        int[] w = shared.get(key);
        if (w == null) {
            List<TableGrid.Cell> all = new ArrayList<>();
            for (Element other : html.select("table")) {
                if (other.className().strip().equals(table.className().strip())) {
                    TableGrid g = other == table ? grid : TableGrid.of(other);
                    if (g.columns() == grid.columns()) {
                        all.addAll(g.cells());
                    }
                }
            }
            w = measure(all, grid.columns());
            shared.put(key, w);
        }
        return w;
    }

    private int[] measure(List<TableGrid.Cell> cells, int columns) {
        double[] total = new double[columns];
        int[] count = new int[columns];
        int[] longest = new int[columns];
        for (TableGrid.Cell c : cells) {
            if (c.colspan() == 1) {
                String text = c.element().text();
                total[c.col()] += text.length();
                count[c.col()]++;
                for (String word : text.split("\\s+|(?<=-)")) {
                    longest[c.col()] = Math.max(longest[c.col()], word.length());
                }
            }
        }
        int textWidth = sections.textWidth();
        double[] minimum = new double[columns];
        double[] weight = new double[columns];
        double minSum = 0;
        double weightSum = 0;
        for (int i = 0; i < columns; i++) {
            minimum[i] = Math.min(longest[i], 24) * 125 + 300;
            minSum += minimum[i];
            double average = count[i] == 0 ? 10 : total[i] / count[i];
            weight[i] = Math.max(6, Math.min(average, 60));
            weightSum += weight[i];
        }
        double scale = minSum > textWidth ? textWidth / minSum : 1;
        double spare = Math.max(0, textWidth - minSum * scale);
        int[] widths = new int[columns];
        int used = 0;
        for (int i = 0; i < columns; i++) {
            widths[i] = i == columns - 1 ? textWidth - used
                    : (int) Math.round(minimum[i] * scale + spare * weight[i] / weightSum);
            used += widths[i];
        }
        return widths;
    }
}
