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
        return with("rFonts", fonts(name));
    }

    RunProperties bold() {
        return with("b", "<w:b/><w:bCs/>");
    }

    RunProperties italic() {
        return with("i", "<w:i/><w:iCs/>");
    }

    RunProperties notItalic() {
        return with("i", "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
    }

    RunProperties colour(String c) {
        return with("color", "<w:color w:val=\"" + c + "\"/>");
    }

    RunProperties size(double points) {
        long halfPoints = Math.round(points * 2);
        return with("sz", "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>");
    }

    RunProperties underline() {
        return with("u", "<w:u w:val=\"single\"/>");
    }

    RunProperties superscript() {
        return with("vertAlign", "<w:vertAlign w:val=\"superscript\"/>");
    }

    private RunProperties with(String part, String xml) {
        parts.put(part, xml);
        return this;
    }

    String xml() {
        return ParagraphProperties.inOrder("w:rPr", ORDER, parts);
    }
}
