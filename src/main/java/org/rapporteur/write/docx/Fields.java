package org.rapporteur.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word fields (TOC, PAGEREF, PAGE) written as runs: begin, instruction, separate, result, end. */
final class Fields {

    private Fields() {
    }

    /** Begins a field Word updates on opening, up to its result. */
    static void start(XWPFParagraph p, String instruction) {
        CTFldChar begin = mark(p.createRun(), STFldCharType.BEGIN);
        begin.setDirty(true);
        instruction(p.createRun(), instruction);
        mark(p.createRun(), STFldCharType.SEPARATE);
    }

    static CTFldChar mark(XWPFRun r, STFldCharType.Enum type) {
        CTFldChar c = r.getCTR().addNewFldChar();
        c.setFldCharType(type);
        return c;
    }

    static void instruction(XWPFRun r, String text) {
        CTText t = r.getCTR().addNewInstrText();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
