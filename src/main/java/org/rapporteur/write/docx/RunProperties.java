package org.rapporteur.write.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The run properties of a built-in style ({@code w:rPr}), written in schema order. */
final class RunProperties {

    private static final List<String> ORDER = List.of("rFonts", "b", "i", "color", "sz", "u", "vertAlign");

    private final Map<String, String> parts = new HashMap<>();

    /** The same font for every script. */
    static String fonts(String name) {
        return "<w:rFonts w:ascii=\"" + name + "\" w:hAnsi=\"" + name + "\" w:eastAsia=\"" + name + "\" w:cs=\""
                + name + "\"/>";
    }

    RunProperties font(String name) {
        parts.put("rFonts", fonts(name));
        return this;
    }

    RunProperties bold() {
        parts.put("b", "<w:b/><w:bCs/>");
        return this;
    }

    RunProperties notBold() {
        parts.put("b", "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
        return this;
    }

    RunProperties italic() {
        parts.put("i", "<w:i/><w:iCs/>");
        return this;
    }

    RunProperties notItalic() {
        parts.put("i", "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
        return this;
    }

    RunProperties colour(String c) {
        parts.put("color", "<w:color w:val=\"" + c + "\"/>");
        return this;
    }

    RunProperties size(double points) {
        long halfPoints = Math.round(points * 2);
        parts.put("sz", "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>");
        return this;
    }

    RunProperties underline() {
        parts.put("u", "<w:u w:val=\"single\"/>");
        return this;
    }

    RunProperties superscript() {
        parts.put("vertAlign", "<w:vertAlign w:val=\"superscript\"/>");
        return this;
    }

    String xml() {
        return ParagraphProperties.inOrder("w:rPr", ORDER, parts);
    }
}
