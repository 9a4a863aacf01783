package org.rapporteur.write.docx;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Every page but the first (the cover) has the title in the header and the page number in the footer; a draft has
 * a DRAFT watermark on every page.
 */
final class HeaderFooter {

    private HeaderFooter() {
    }

    static void write(XWPFDocument doc, DocumentStyles styles, String title, boolean draft) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        String headerStyle = styles.ifPresent("Header", STStyleType.PARAGRAPH);
        String footerStyle = styles.ifPresent("Footer", STStyleType.PARAGRAPH);
        XWPFHeader header;
        if (draft) {
            policy.createWatermark("DRAFT");
            for (XWPFHeader h : List.of(policy.getDefaultHeader(), policy.getFirstPageHeader())) {
                for (XWPFParagraph p : h.getParagraphs()) {
                    watermarkLook(p.getCTP());
                }
            }
            header = policy.getDefaultHeader();
        } else {
            header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
            policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        }
        XWPFParagraph hp = header.getParagraphs().isEmpty() ? header.createParagraph()
                : header.getParagraphs().get(0);
        if (headerStyle != null) {
            hp.setStyle(headerStyle);
        }
        hp.createRun().setText(title);
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph fp = footer.getParagraphs().isEmpty() ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        if (footerStyle != null) {
            fp.setStyle(footerStyle);
        }
        Fields.mark(fp.createRun(), STFldCharType.BEGIN);
        Fields.instruction(fp.createRun(), " PAGE ");
        Fields.mark(fp.createRun(), STFldCharType.SEPARATE);
        fp.createRun().setText("1");
        Fields.mark(fp.createRun(), STFldCharType.END);
        policy.createFooter(XWPFHeaderFooterPolicy.FIRST);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
        if (draft) {
            // the watermark's even-page header is unused (no even/odd headers): keep the first and default
            for (int i = sect.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
                if (sect.getHeaderReferenceArray(i).getType() == STHdrFtr.EVEN) {
                    sect.removeHeaderReference(i);
                }
            }
        }
    }

    /**
     * POI's watermark is black, level and set in Cambria: make it Word's own look (silver, half transparent,
     * diagonal), in the document's font, and drop the empty revision ids POI writes.
     */
    private static void watermarkLook(CTP p) {
        try (XmlCursor c = p.newCursor()) {
            for (String a : List.of("rsidP", "rsidRDefault", "rsidR", "rsidRPr")) {
                String v = c.getAttributeText(new QName(Namespaces.W, a));
                if (v != null && v.isEmpty()) {
                    c.removeAttribute(new QName(Namespaces.W, a));
                }
            }
        }
        try (XmlCursor c = p.newCursor()) {
            c.selectPath("declare namespace v='" + Namespaces.V + "' .//v:shape");
            while (c.toNextSelection()) {
                String style = c.getAttributeText(new QName("", "style"));
                if (style != null) {
                    style = style.replaceAll("width:[^;]*", "width:470pt")
                            .replaceAll("height:[^;]*", "height:117.5pt");
                    if (!style.contains("rotation:")) {
                        style = style + ";rotation:315";
                    }
                    c.setAttributeText(new QName("", "style"), style);
                }
                c.setAttributeText(new QName("", "fillcolor"), "silver");
                try (XmlCursor child = c.newCursor()) {
                    if (child.toChild(new QName(Namespaces.V, "textpath"))) {
                        child.setAttributeText(new QName("", "style"),
                                "font-family:\"" + WordStyles.FONT + "\";font-size:1pt");
                    }
                }
                try (XmlCursor child = c.newCursor()) {
                    if (!child.toChild(new QName(Namespaces.V, "fill")) && child.toFirstChild()) {
                        child.beginElement(new QName(Namespaces.V, "fill", "v"));
                        child.insertAttributeWithValue("opacity", ".5");
                    }
                }
            }
        }
    }
}
