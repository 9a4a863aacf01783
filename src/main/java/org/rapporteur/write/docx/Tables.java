package org.rapporteur.write.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * {@code table}: Table Grid style, fixed column widths, the caption as a Caption paragraph above, the header row
 * repeated on every page, rows kept whole, colspan and rowspan. A cell's paragraph style comes from its row's and its
 * own classes ("TableKqNum"), a rating ("TableRatingGood") or its kind, and the cell takes that style's shading.
 */
record Tables(Context cx, Walker walker, Runs runs, ColumnWidths widths) {

    private static final byte[] LOOK = {0x04, (byte) 0xA0};

    void write(Element table, Sink sink, BlockStyle ctx) throws IOException, InvalidFormatException {
        Paragraphs paragraphs = cx.paragraphs();
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            ParagraphText para = ParagraphText.of(paragraphs.create(sink, cx.styles().paragraphOr("Caption", null)));
            runs.children(caption, para, RunFormat.PLAIN);
        }
        TableGrid grid = TableGrid.of(table);
        if (grid.columns() == 0) {
            return;
        }
        int[] columns = widths.of(table, grid);
        if (paragraphs.breakDue() && sink.body()) {
            // a table cannot start a page itself: an empty paragraph does
            paragraphs.create(sink, null);
        }
        XWPFTable t = sink.table();
        if (t == null) {
            for (TableGrid.Cell cell : grid.cells()) {
                ParagraphText para = ParagraphText.of(paragraphs.create(sink, ctx.textStyle()));
                runs.children(cell.element(), para, RunFormat.PLAIN);
            }
            return;
        }
        properties(t, columns);
        for (int r = 0; r < grid.rows().size(); r++) {
            row(t.insertNewTableRow(r), grid, r, columns);
        }
        paragraphs.tableEnded(sink);
    }

    private void row(XWPFTableRow row, TableGrid grid, int r, int[] columns)
            throws IOException, InvalidFormatException {
        Element tr = grid.rows().get(r);
        boolean header = grid.header().get(r);
        if (header) {
            row.setRepeatHeader(true);
        }
        row.setCantSplitRow(true);
        for (int c = 0; c < columns.length; ) {
            TableGrid.Cell cell = grid.at(r, c);
            XWPFTableCell tc = row.createCell();
            if (tc.getParagraphs().isEmpty()) {
                tc.addParagraph();
            }
            CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
            int span = cell == null ? 1 : cell.colspan();
            int width = 0;
            for (int j = 0; j < span && c + j < columns.length; j++) {
                width += columns[c + j];
            }
            CTTblWidth w = pr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(width));
            if (span > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            if (cell != null && cell.rowspan() > 1) {
                pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
            }
            if (cell != null && cell.row() == r) {
                fill(tc, cell.element(), tr, header);
            } else if (cell != null) {
                tc.getParagraphs().get(0).setStyle(cellStyle(cell.element(), tr, header));
            }
            c += span;
        }
    }

    private void properties(XWPFTable t, int[] columns) {
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        if (cx.styles().has("TableGrid", STStyleType.TABLE)) {
            (pr.isSetTblStyle() ? pr.getTblStyle() : pr.addNewTblStyle()).setVal("TableGrid");
        }
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(cx.sections().textWidth()));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (!pr.isSetTblLook()) {
            pr.addNewTblLook().setVal(LOOK.clone());
        }
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    /** Paragraph style of a cell: by row and cell class ("TableKqNum"), else by rating, else by kind of cell. */
    private String cellStyle(Element cell, Element row, boolean headerRow) {
        DocumentStyles styles = cx.styles();
        List<String> cellClasses = DocumentStyles.reversed(cell.classNames());
        if (headerRow || cell.normalName().equals("th") && cell.attr("scope").equals("col")) {
            for (String c : cellClasses) {
                if (styles.has("TableHeading" + DocumentStyles.camel(c), STStyleType.PARAGRAPH)) {
                    return "TableHeading" + DocumentStyles.camel(c);
                }
            }
            return styles.paragraphOr("TableHeading", styles.paragraphOr("TableText", null));
        }
        List<String> candidates = new ArrayList<>();
        List<String> rowClasses = DocumentStyles.reversed(row.classNames());
        for (String r : rowClasses) {
            for (String c : cellClasses) {
                candidates.add("Table" + DocumentStyles.camel(r) + DocumentStyles.camel(c));
            }
        }
        for (String c : cellClasses) {
            candidates.add("Table" + DocumentStyles.camel(c));
        }
        for (String r : rowClasses) {
            candidates.add("Table" + DocumentStyles.camel(r));
        }
        for (String c : candidates) {
            if (styles.has(c, STStyleType.PARAGRAPH)) {
                return c;
            }
        }
        String rating = cx.palette().ratingOf(cell)
                .map(x -> styles.ifPresent(x.paragraphStyle(), STStyleType.PARAGRAPH)).orElse(null);
        if (rating != null) {
            return rating;
        }
        String kind = cell.normalName().equals("th") ? "TableRowHeading" : "TableText";
        return styles.paragraphOr(kind, styles.paragraphOr("TableText", null));
    }

    /** A cell's shading and content: blocks where it holds blocks, else one paragraph of its text. */
    private void fill(XWPFTableCell tc, Element cell, Element row, boolean headerRow)
            throws IOException, InvalidFormatException {
        String style = cellStyle(cell, row, headerRow);
        String fill = style == null ? null : cx.styles().shading(style);
        if (fill == null) {
            fill = cx.palette().ratingOf(cell).map(RatingColours::fill).orElse(null);
        }
        if (fill != null) {
            CTTcPr pr = tc.getCTTc().getTcPr();
            CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(fill);
        }
        Sink sink = Sink.cell(tc);
        if (Markup.hasBlocks(cell)) {
            walker.blocks(cell, sink, new BlockStyle(style, null));
        } else {
            ParagraphText para = ParagraphText.of(cx.paragraphs().create(sink, style));
            runs.children(cell, para, RunFormat.PLAIN);
        }
    }
}
