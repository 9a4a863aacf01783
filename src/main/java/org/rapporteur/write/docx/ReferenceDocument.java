package org.rapporteur.write.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The reference document a Word file starts from: a report kind's {@code reference.docx} (read at each write,
 * cached while its size and time are unchanged), or the built-in one (styles, numbering, fonts, settings, A4 with
 * 20 mm margins), made once per rating palette. Either way its text, notes and headers are cleared before writing.
 */
final class ReferenceDocument {

    private static final String FONT_TABLE_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    private record CachedFile(long size, long modified, byte[] bytes) {
    }

    private static final Map<Path, CachedFile> FILES = new ConcurrentHashMap<>();
    private static final Map<RatingPalette, byte[]> BUILT_IN = new ConcurrentHashMap<>();

    private ReferenceDocument() {
    }

    /** The built-in reference document with the palette's rating styles (shared: do not change the array). */
    static byte[] builtIn(RatingPalette palette) {
        if (BUILT_IN.size() > 16) {
            BUILT_IN.clear();
        }
        return BUILT_IN.computeIfAbsent(palette, p -> {
            try {
                return make(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A report kind's reference document. */
    static byte[] read(Path reference) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(reference, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new IOException("cannot read the Word reference document " + reference
                    + " (make it with ReferenceDocxGenerator, or edit a copy of the built-in one in Word)", e);
        }
        long modified = a.lastModifiedTime().toMillis();
        CachedFile c = FILES.get(reference);
        if (c == null || c.size() != a.size() || c.modified() != modified) {
            c = new CachedFile(a.size(), modified, Files.readAllBytes(reference));
            FILES.put(reference, c);
        }
        return c.bytes();
    }

    /** Removes the reference's body text, its own footnotes (separators stay) and its header and footer links. */
    static void clear(XWPFDocument doc) {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        CTBody body = doc.getDocument().getBody();
        try (XmlCursor c = body.newCursor()) {
            if (c.toFirstChild()) {
                while (true) {
                    if (c.getName().getLocalPart().equals("sectPr")) {
                        if (!c.toNextSibling()) {
                            break;
                        }
                    } else if (!c.removeXml()) {
                        break;
                    } else if (!c.isStart()) {
                        break;
                    }
                }
            }
        }
        List<XWPFFootnote> notes = doc.getFootnotes();
        for (int i = notes.size() - 1; i >= 0; i--) {
            STFtnEdn.Enum type = notes.get(i).getCTFtnEdn().getType();
            if (type == null || type == STFtnEdn.NORMAL) {
                doc.removeFootnote(i);
            }
        }
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        while (sect.sizeOfHeaderReferenceArray() > 0) {
            sect.removeHeaderReference(0);
        }
        while (sect.sizeOfFooterReferenceArray() > 0) {
            sect.removeFooterReference(0);
        }
    }

    private static byte[] make(RatingPalette palette) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            d.createStyles().setStyles(StylesDocument.Factory.parse(WordStyles.xml(palette)).getStyles());
            d.createNumbering().setNumbering(NumberingDocument.Factory.parse(Numbering.builtInXml()).getNumbering());
            CTBody body = d.getDocument().getBody();
            CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            var mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(1134));
            mar.setRight(BigInteger.valueOf(1134));
            mar.setBottom(BigInteger.valueOf(1247));
            mar.setLeft(BigInteger.valueOf(1134));
            mar.setHeader(BigInteger.valueOf(567));
            mar.setFooter(BigInteger.valueOf(567));
            mar.setGutter(BigInteger.ZERO);
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = d.getPackage().createPart(name, FONT_TABLE_TYPE);
            try (OutputStream o = part.getOutputStream()) {
                o.write(fontTableXml().getBytes(StandardCharsets.UTF_8));
            }
            d.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_REL);
            WordSettings.compatibilityMode(d.getSettings().getCTSettings());
            POIXMLProperties.CoreProperties core = d.getProperties().getCoreProperties();
            core.setTitle("Rapporteur reference document");
            core.setCreator(DocxWriter.APPLICATION);
            core.setDescription("Styles, numbering and page setup for Word output. Edit the styles in Word;"
                    + " the text is a sample and is never copied into reports.");
            Date epoch = Date.from(BUILT);
            core.getUnderlyingProperties().setCreatedProperty(Optional.of(epoch));
            core.getUnderlyingProperties().setModifiedProperty(Optional.of(epoch));
            d.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(DocxWriter.APPLICATION);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            d.write(buffer);
            return ZipNormaliser.normalise(buffer.toByteArray(), BUILT);
        } catch (XmlException | InvalidFormatException e) {
            throw new IOException("the built-in house style is broken: " + e.getMessage(), e);
        }
    }

    /** DejaVu Sans with Arial as its fallback, and Times New Roman. */
    private static String fontTableXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"" + Namespaces.W + "\">"
                + "<w:font w:name=\"DejaVu Sans\"><w:altName w:val=\"Arial\"/>"
                + "<w:panose1 w:val=\"020B0603030804020204\"/>"
                + "<w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "<w:font w:name=\"Arial\"><w:panose1 w:val=\"020B0604020202020204\"/><w:charset w:val=\"00\"/>"
                + "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/>"
                + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
                + "</w:fonts>";
    }
}
