package org.rapporteur.write.docx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles of the document being written (the reference's, plus the built-in ones it lacks): which exist, which
 * style a class names ({@code td.num} to "TableNum"), and the shading a paragraph style gives a table cell.
 */
final class DocumentStyles {

    private final XWPFStyles styles;
    private final Map<String, String> shadings = new HashMap<>();

    DocumentStyles(XWPFDocument doc) {
        this.styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
    }

    /** Adds the built-in styles (with the palette's rating styles) that the reference lacks. */
    void addMissing(RatingPalette palette) {
        for (CTStyle s : WordStyles.copies(palette, id -> !styles.styleExist(id))) {
            styles.addStyle(new XWPFStyle(s, styles));
        }
    }

    /**
     * The language of the default run properties (XWPFStyles.setSpellingLanguage), keeping the reference's
     * right-to-left language, which POI would overwrite with the same value.
     */
    void setLanguage(String lang) {
        QName bidi = new QName(Namespaces.W, "bidi");
        String before = null;
        CTStyles ct = styles.getCtStyles();
        if (ct.isSetDocDefaults() && ct.getDocDefaults().isSetRPrDefault()
                && ct.getDocDefaults().getRPrDefault().isSetRPr()
                && ct.getDocDefaults().getRPrDefault().getRPr().sizeOfLangArray() > 0) {
            try (XmlCursor c = ct.getDocDefaults().getRPrDefault().getRPr().getLangArray(0).newCursor()) {
                before = c.getAttributeText(bidi);
            }
        }
        styles.setSpellingLanguage(lang);
        try (XmlCursor c = ct.getDocDefaults().getRPrDefault().getRPr().getLangArray(0).newCursor()) {
            if (before != null) {
                c.setAttributeText(bidi, before);
            } else {
                c.removeAttribute(bidi);
            }
        }
    }

    XWPFStyle get(String id) {
        return styles.getStyle(id);
    }

    boolean has(String id, STStyleType.Enum type) {
        if (id == null) {
            return false;
        }
        XWPFStyle s = styles.getStyle(id);
        return s != null && (s.getCTStyle().getType() == null ? type == STStyleType.PARAGRAPH
                : s.getCTStyle().getType() == type);
    }

    /** {@code id} if the document has that style, else null. */
    String ifPresent(String id, STStyleType.Enum type) {
        return has(id, type) ? id : null;
    }

    /** The paragraph style {@code id} if the document has it, else {@code fallback}. */
    String paragraphOr(String id, String fallback) {
        return has(id, STStyleType.PARAGRAPH) ? id : fallback;
    }

    /** The style named after one of the element's classes (the last class that has one). */
    String ofClass(Element e, STStyleType.Enum type) {
        for (String c : reversed(e.classNames())) {
            String id = camel(c);
            if (has(id, type)) {
                return id;
            }
        }
        return null;
    }

    /** The fill of a paragraph style's shading, following basedOn. */
    String shading(String styleId) {
        if (shadings.containsKey(styleId)) {
            return shadings.get(styleId);
        }
        String fill = null;
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            XWPFStyle s = styles.getStyle(id);
            if (s == null) {
                break;
            }
            CTPPrGeneral p = s.getCTStyle().getPPr();
            if (p != null && p.isSetShd()) {
                String f;
                try (XmlCursor c = p.getShd().newCursor()) {
                    f = c.getAttributeText(new QName(Namespaces.W, "fill"));
                }
                if (f != null) {
                    fill = f.equalsIgnoreCase("auto") ? null : f.toUpperCase(Locale.ROOT);
                    break;
                }
            }
            id = s.getBasisStyleID();
        }
        shadings.put(styleId, fill);
        return fill;
    }

    static List<String> reversed(Set<String> classes) {
        List<String> l = new ArrayList<>(classes);
        Collections.reverse(l);
        return l;
    }

    /** A class name as a style name part: "practice-example" to "PracticeExample". */
    static String camel(String cssClass) {
        StringBuilder s = new StringBuilder();
        for (String part : cssClass.split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                s.appendCodePoint(Character.toUpperCase(part.codePointAt(0)))
                        .append(part.substring(Character.charCount(part.codePointAt(0))));
            }
        }
        return s.toString();
    }
}
