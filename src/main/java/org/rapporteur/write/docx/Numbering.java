package org.rapporteur.write.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * List numbering: the built-in numbering part (bullets, and numbers 1. a) i.), and the list instances of one
 * document. Bullets share the reference's List Bullet numbering; every {@code ol} is a list instance of its own,
 * copied from the List Number style's definition and starting where the list says.
 */
final class Numbering {

    private final Context cx;
    private BigInteger bullets;
    private CTAbstractNum numberTemplate;

    Numbering(Context cx) {
        this.cx = cx;
    }

    /** The built-in numbering part: abstract numbering 1 (bullets) and 2 (numbers), as numIds 1 and 2. */
    static String builtInXml() {
        StringBuilder s = new StringBuilder("<w:numbering xmlns:w=\"" + Namespaces.W + "\">");
        String[] bullets = {"\u2022", "\u25E6", "\u25AA"};
        s.append("<w:abstractNum w:abstractNumId=\"1\"><w:nsid w:val=\"52410001\"/>"
                + "<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int i = 0; i < 9; i++) {
            s.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>")
                    .append("<w:lvlText w:val=\"").append(bullets[i % 3]).append("\"/><w:lvlJc w:val=\"left\"/>")
                    .append("<w:pPr><w:ind w:left=\"").append(360 * (i + 1))
                    .append("\" w:hanging=\"360\"/></w:pPr>")
                    .append("<w:rPr>").append(RunProperties.fonts(WordStyles.FONT)).append("</w:rPr></w:lvl>");
        }
        s.append("</w:abstractNum>");
        String[] formats = {"decimal", "lowerLetter", "lowerRoman"};
        String[] texts = {"%1.", "%2)", "%3."};
        s.append("<w:abstractNum w:abstractNumId=\"2\"><w:nsid w:val=\"52410002\"/>"
                + "<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int i = 0; i < 9; i++) {
            s.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(formats[i % 3]).append("\"/><w:lvlText w:val=\"")
                    .append(texts[i % 3].replace("%" + (i % 3 + 1), "%" + (i + 1)))
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(360 * (i + 1))
                    .append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
        }
        s.append("</w:abstractNum>");
        s.append("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>");
        s.append("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>");
        return s.append("</w:numbering>").toString();
    }

    /** The numbering the reference's List Bullet style uses, else the built-in bullets. */
    BigInteger bullets() throws IOException {
        if (bullets == null) {
            BigInteger styled = styleNum("ListBullet");
            bullets = styled != null ? styled : add(builtIn(0), -1, 0);
        }
        return bullets;
    }

    /** A new list instance for one ol, copied from the List Number style's definition, starting at start. */
    BigInteger ordered(int start, int level) throws IOException {
        if (numberTemplate == null) {
            BigInteger styled = styleNum("ListNumber");
            XWPFNumbering n = numbering();
            if (styled != null && n.getAbstractNum(n.getAbstractNumID(styled)) != null) {
                numberTemplate = n.getAbstractNum(n.getAbstractNumID(styled)).getCTAbstractNum();
            } else {
                numberTemplate = builtIn(1);
            }
        }
        return add(numberTemplate, start, level);
    }

    private XWPFNumbering numbering() {
        XWPFNumbering n = cx.doc().getNumbering();
        return n != null ? n : cx.doc().createNumbering();
    }

    private static CTAbstractNum builtIn(int index) throws IOException {
        try {
            return NumberingDocument.Factory.parse(builtInXml()).getNumbering().getAbstractNumArray(index);
        } catch (XmlException e) {
            throw new IOException("the built-in numbering is broken", e);
        }
    }

    private BigInteger add(CTAbstractNum template, int start, int level) {
        XWPFNumbering n = numbering();
        long maxAbstract = 0;
        for (XWPFAbstractNum a : n.getAbstractNums()) {
            maxAbstract = Math.max(maxAbstract, a.getCTAbstractNum().getAbstractNumId().longValue());
        }
        long maxNum = 0;
        for (XWPFNum x : n.getNums()) {
            maxNum = Math.max(maxNum, x.getCTNum().getNumId().longValue());
        }
        CTAbstractNum copy = (CTAbstractNum) template.copy();
        BigInteger abstractId = BigInteger.valueOf(maxAbstract + 1);
        copy.setAbstractNumId(abstractId);
        String nsid = String.format(Locale.ROOT, "%08X", 0x52420000L + maxAbstract + 1);
        try (XmlCursor c = copy.newCursor()) {
            // a list's identity for Word: unique per list, so lists never merge
            if (c.toChild(new QName(Namespaces.W, "nsid"))) {
                c.setAttributeText(new QName(Namespaces.W, "val"), nsid);
            }
        }
        if (copy.isSetTmpl()) {
            copy.unsetTmpl();
        }
        if (copy.isSetNumStyleLink()) {
            copy.unsetNumStyleLink();
        }
        if (copy.isSetStyleLink()) {
            copy.unsetStyleLink();
        }
        if (start >= 0) {
            for (CTLvl lvl : copy.getLvlArray()) {
                if (lvl.getIlvl().intValue() == level) {
                    (lvl.isSetStart() ? lvl.getStart() : lvl.addNewStart()).setVal(BigInteger.valueOf(start));
                }
            }
        }
        n.addAbstractNum(new XWPFAbstractNum(copy, n));
        BigInteger numId = BigInteger.valueOf(maxNum + 1);
        n.addNum(abstractId, numId);
        if (start >= 0) {
            CTNum num = n.getNum(numId).getCTNum();
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        }
        return numId;
    }

    private BigInteger styleNum(String styleId) {
        XWPFStyle s = cx.styles().get(styleId);
        if (s == null || s.getCTStyle().getPPr() == null || !s.getCTStyle().getPPr().isSetNumPr()
                || s.getCTStyle().getPPr().getNumPr().getNumId() == null) {
            return null;
        }
        BigInteger id = s.getCTStyle().getPPr().getNumPr().getNumId().getVal();
        XWPFNumbering n = cx.doc().getNumbering();
        return n != null && id != null && n.numExist(id) ? id : null;
    }
}
