package org.rapporteur.write.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** A table's rows, which are header rows, and every cell placed on the grid with its spans. */
record TableGrid(List<Element> rows, List<Boolean> header, List<Cell> cells, Map<Long, Cell> occupied, int columns) {

    /** A cell at its row and column, with its spans. */
    record Cell(Element element, int row, int col, int colspan, int rowspan) {
    }

    static TableGrid of(Element table) {
        List<Element> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Element part : table.children()) {
            switch (part.normalName()) {
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : part.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                            header.add(part.normalName().equals("thead"));
                        }
                    }
                }
                case "tr" -> {
                    rows.add(part);
                    header.add(false);
                }
                default -> { }
            }
        }
        if (!rows.isEmpty() && !header.contains(true)) {
            // without a thead, a first row of column headings is the header
            Elements first = rows.get(0).children();
            boolean allColumnHeads = !first.isEmpty();
            for (Element c : first) {
                allColumnHeads &= c.normalName().equals("th") && !c.attr("scope").equals("row");
            }
            header.set(0, allColumnHeads);
        }
        List<Cell> cells = new ArrayList<>();
        Map<Long, Cell> occupied = new HashMap<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element td : rows.get(r).children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (occupied.containsKey(key(r, c))) {
                    c++;
                }
                int cs = Math.max(1, Math.min(span(td, "colspan"), 63));
                int rs = Math.max(1, Math.min(span(td, "rowspan"), rows.size() - r));
                Cell cell = new Cell(td, r, c, cs, rs);
                cells.add(cell);
                for (int i = 0; i < rs; i++) {
                    for (int j = 0; j < cs; j++) {
                        occupied.put(key(r + i, c + j), cell);
                    }
                }
                c += cs;
                columns = Math.max(columns, c);
            }
        }
        return new TableGrid(rows, header, cells, occupied, columns);
    }

    /** The cell covering row r, column c, or null. */
    Cell at(int r, int c) {
        return occupied.get(key(r, c));
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | c;
    }

    private static int span(Element e, String attr) {
        try {
            return e.hasAttr(attr) ? Integer.parseInt(e.attr(attr).trim()) : 1;
        } catch (NumberFormatException x) {
            return 1;
        }
    }
}
