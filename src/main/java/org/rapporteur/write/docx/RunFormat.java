package org.rapporteur.write.docx;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/** The character formatting in effect: one character style, plus bold/italic where styles nest, and the link. */
record RunFormat(String style, boolean bold, boolean italic, String vert, CTHyperlink link) {

    static final RunFormat PLAIN = new RunFormat(null, false, false, null, null);

    RunFormat withStyle(String s) {
        if (s == null) {
            return this;
        }
        if (style == null) {
            return new RunFormat(s, bold, italic, vert, link);
        }
        if (s.equals("Strong")) {
            return new RunFormat(style, true, italic, vert, link);
        }
        if (s.equals("Emphasis")) {
            return new RunFormat(style, bold, true, vert, link);
        }
        return new RunFormat(s, bold, italic, vert, link);
    }

    RunFormat withVert(String v) {
        return new RunFormat(style, bold, italic, v, link);
    }

    RunFormat withLink(CTHyperlink l) {
        return new RunFormat(style == null ? "Hyperlink" : style, bold, italic, vert, l);
    }

    /** Runs inside a link that is already open (the contents' entries). */
    static RunFormat inLink(CTHyperlink l) {
        return new RunFormat(null, false, false, null, l);
    }
}
