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
        return with("keepLines", "<w:keepLines/>");
    }

    ParagraphProperties num(int numId) {
        return with("numPr", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>");
    }

    ParagraphProperties box(String colour, int size, int space) {
        String b = "w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space + "\" w:color=\"" + colour + "\"/>";
        return with("pBdr", "<w:pBdr><w:top " + b + "<w:left " + b + "<w:bottom " + b + "<w:right " + b
                + "</w:pBdr>");
    }

    ParagraphProperties borderNone() {
        return with("pBdr", "<w:pBdr><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                + "<w:right w:val=\"nil\"/></w:pBdr>");
    }

    ParagraphProperties edge(String side, String colour, int size, int space) {
        return with("pBdr", "<w:pBdr><w:" + side + " w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space
                + "\" w:color=\"" + colour + "\"/></w:pBdr>");
    }

    ParagraphProperties fill(String colour) {
        return with("shd", "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + colour + "\"/>");
    }

    ParagraphProperties rightTab(int pos) {
        return with("tabs", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + pos + "\"/></w:tabs>");
    }

    ParagraphProperties space(int before, int after) {
        return with("spacing", "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\"/>");
    }

    ParagraphProperties space(int before, int after, int line) {
        return with("spacing", "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\" w:line=\"" + line
                + "\" w:lineRule=\"auto\"/>");
    }

    ParagraphProperties indent(int left, int right) {
        return with("ind", "<w:ind w:left=\"" + left + "\" w:right=\"" + right + "\"/>");
    }

    ParagraphProperties align(String value) {
        return with("jc", "<w:jc w:val=\"" + value + "\"/>");
    }

    ParagraphProperties outline(int level) {
        return with("outlineLvl", "<w:outlineLvl w:val=\"" + level + "\"/>");
    }

    private ParagraphProperties with(String part, String xml) {
        parts.put(part, xml);
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
