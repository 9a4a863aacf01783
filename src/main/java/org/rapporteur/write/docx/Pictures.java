package org.rapporteur.write.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * {@code img[src^="data:"]}: an inline picture (PNG, JPEG, GIF, BMP) at its size, at most the text width, with the
 * alt text in {@code wp:docPr/@descr}. A picture that cannot be shown is replaced by its alt text in brackets.
 */
final class Pictures {

    private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private record Picture(byte[] bytes, PictureType type) {
    }

    private final Sections sections;
    private int count;

    Pictures(Sections sections) {
        this.sections = sections;
    }

    void add(Element img, ParagraphText para, RunFormat f) throws IOException, InvalidFormatException {
        String src = img.attr("src").trim();
        String alt = img.attr("alt").strip();
        Picture pic = src.startsWith("data:") ? decode(src) : null;
        int[] size = pic == null ? null : pixelSize(pic.bytes());
        if (size == null || !(para.paragraph().getPart() instanceof XWPFDocument)) {
            // prose pictures were checked when the report was; anything unreadable left is shown by its text
            if (!alt.isEmpty()) {
                para.text("[" + alt + "]", f);
            }
            return;
        }
        double pxW = size[0];
        double pxH = size[1];
        double attrW = number(img.attr("width"));
        double attrH = number(img.attr("height"));
        if (attrW > 0 && attrH > 0) {
            pxW = attrW;
            pxH = attrH;
        } else if (attrW > 0) {
            pxH = pxH * attrW / pxW;
            pxW = attrW;
        } else if (attrH > 0) {
            pxW = pxW * attrH / pxH;
            pxH = attrH;
        }
        double widthPt = pxW * 0.75;
        double heightPt = pxH * 0.75;
        double maxPt = sections.textWidth() / 20.0;
        if (widthPt > maxPt) {
            heightPt = heightPt * maxPt / widthPt;
            widthPt = maxPt;
        }
        para.owedSpace(f);
        count++;
        XWPFRun r = para.run(f);
        String name = "picture" + count + "." + pic.type().extension;
        r.addPicture(new ByteArrayInputStream(pic.bytes()), pic.type(), name, Units.toEMU(widthPt),
                Units.toEMU(heightPt));
        CTInline inline = r.getCTR().getDrawingArray(r.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
        inline.getDocPr().setName("Picture " + count);
        inline.getDocPr().setDescr(alt);
        if (!img.attr("title").isBlank()) {
            inline.getDocPr().setTitle(img.attr("title").strip());
        }
        try (XmlCursor c = inline.getGraphic().getGraphicData().newCursor()) {
            // the picture's own non-visual properties carry the same name and description
            if (c.toChild(new QName(PIC, "pic")) && c.toChild(new QName(PIC, "nvPicPr"))
                    && c.toChild(new QName(PIC, "cNvPr"))) {
                c.setAttributeText(new QName("", "name"), "Picture " + count);
                c.setAttributeText(new QName("", "descr"), alt);
            }
        }
        para.started();
    }

    /** A picture's width and height in pixels, from its header (nothing decoded), or null if unreadable. */
    private static int[] pixelSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? new int[] {width, height} : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Picture decode(String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0) {
            return null;
        }
        String meta = uri.substring(5, comma).toLowerCase(Locale.ROOT);
        String data = uri.substring(comma + 1);
        PictureType type;
        if (meta.startsWith("image/png")) {
            type = PictureType.PNG;
        } else if (meta.startsWith("image/jpeg") || meta.startsWith("image/jpg")) {
            type = PictureType.JPEG;
        } else if (meta.startsWith("image/gif")) {
            type = PictureType.GIF;
        } else if (meta.startsWith("image/bmp")) {
            type = PictureType.BMP;
        } else {
            return null;
        }
        try {
            byte[] bytes = meta.endsWith(";base64")
                    ? Base64.getMimeDecoder().decode(data)
                    : URLDecoder.decode(data, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            return new Picture(bytes, type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double number(String s) {
        try {
            return s.isBlank() ? 0 : Double.parseDouble(s.trim().replaceAll("px$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
