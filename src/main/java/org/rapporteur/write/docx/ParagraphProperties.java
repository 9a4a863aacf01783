package org.rapporteur.write.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The paragraph properties of a built-in style ({@code w:pPr}), written in schema order (Word is strict about it). */
final class ParagraphProperties {

    private static final List<String> ORDER = List.of("keepNext", "keepLines", "numPr", "pBdr", "shd", "tabs",
            "spacing", "ind", "jc", "outlineLvl");

    private final Map<String, String> parts = new HashMap<>();

    ParagraphProperties keep() {
        parts.put("keepNext", "<w:keepNext/>");
        parts.put("keepLines", "<w:keepLines/>");
        return this;
    }

    ParagraphProperties num(int numId) {
        parts.put("numPr", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>");
        return this;
    }

    ParagraphProperties box(String colour, int size, int space) {
        String b = "w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space + "\" w:color=\"" + colour + "\"/>";
        parts.put("pBdr", "<w:pBdr><w:top " + b + "<w:left " + b + "<w:bottom " + b + "<w:right " + b + "</w:pBdr>");
        return this;
    }

    ParagraphProperties borderNone() {
        parts.put("pBdr", "<w:pBdr><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                + "<w:right w:val=\"nil\"/></w:pBdr>");
        return this;
    }

    ParagraphProperties edge(String side, String colour, int size, int space) {
        parts.put("pBdr", "<w:pBdr><w:" + side + " w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space
                + "\" w:color=\"" + colour + "\"/></w:pBdr>");
        return this;
    }

    ParagraphProperties fill(String colour) {
        parts.put("shd", "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + colour + "\"/>");
        return this;
    }

    ParagraphProperties rightTab(int pos) {
        parts.put("tabs", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + pos + "\"/></w:tabs>");
        return this;
    }

    ParagraphProperties space(int before, int after) {
        parts.put("spacing", "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\"/>");
        return this;
    }

    ParagraphProperties space(int before, int after, int line) {
        parts.put("spacing", "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\" w:line=\"" + line
                + "\" w:lineRule=\"auto\"/>");
        return this;
    }

    ParagraphProperties indent(int left, int right) {
        parts.put("ind", "<w:ind w:left=\"" + left + "\" w:right=\"" + right + "\"/>");
        return this;
    }

    ParagraphProperties align(String value) {
        parts.put("jc", "<w:jc w:val=\"" + value + "\"/>");
        return this;
    }

    ParagraphProperties outline(int level) {
        parts.put("outlineLvl", "<w:outlineLvl w:val=\"" + level + "\"/>");
        return this;
    }

    String xml() {
        return inOrder("w:pPr", ORDER, parts);
    }

    /** {@code <tag>} with the parts in the given order, then {@code </tag>}. */
    static String inOrder(String tag, List<String> order, Map<String, String> parts) {
        StringBuilder s = new StringBuilder("<").append(tag).append('>');
        for (String name : order) {
            String part = parts.get(name);
            if (part != null) {
                s.append(part);
            }
        }
        return s.append("</").append(tag).append('>').toString();
    }
}
