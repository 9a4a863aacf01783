package org.rapporteur.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;

/**
 * The Word back-end: an editable .docx made from the rendered XHTML alone (never the report model), so it works
 * for every report kind. Each convention of docs/document-conventions.md is one general mechanism:
 * <ul>
 * <li>{@code <title>}, {@code meta[name=author|subject|keywords]}, {@code html[lang]}: core properties (title,
 *     creator, subject, keywords, language), the language also on the default run properties; dates are
 *     {@link DocumentInfo#timestamp()};</li>
 * <li>{@code h1}: Title; {@code h2..h6}: Heading 1..5, with a bookmark named after the id;</li>
 * <li>{@code div.cover}: a title page (different first page, no header), page break after;
 *     {@code div.chapter}: page break before;</li>
 * <li>{@code div.contents}: its heading as "TOC Heading" (not a heading style, so the contents do not list
 *     themselves) and a <code>TOC \o "1-N" \h \z &#92;u</code> field, N the deepest heading level the contents list
 *     links to; the field's result is that list (linked to the bookmarks) until Word updates it, which it is
 *     asked to do on opening;</li>
 * <li>{@code p}, {@code strong}, {@code em}, {@code a[href]}, {@code br}: Normal paragraphs, Strong and Emphasis
 *     character styles, hyperlinks (Hyperlink style; {@code #id} links go to bookmarks), line breaks;</li>
 * <li>{@code ul}, {@code ol[start]}: List Bullet and List Number with real numbering; every {@code ol} is a list
 *     instance of its own (copied from the List Number style's definition) starting at {@code start}; nesting
 *     goes down the levels; further paragraphs of an item are List Continue;</li>
 * <li>{@code blockquote}: Quote; {@code table}: Table Grid style, fixed column widths from the text, the caption
 *     as a Caption paragraph above, the header row repeated on every page, rows kept whole, colspan and
 *     rowspan;</li>
 * <li>{@code .rating.rating-<slug>}: paragraph style "Rating&lt;Slug&gt;" (a shaded tile) or, in a table,
 *     "TableRating&lt;Slug&gt;" with the cell shaded in the style's colour; the word is always the text;</li>
 * <li>{@code sup.fnref > a[href="#fn-N"]} and {@code p.footnote#fn-N}: a Word footnote (Footnote Text,
 *     Footnote Reference; a mark other than a number is a custom mark); the paragraph is not printed;</li>
 * <li>{@code img[src^="data:"]}: an inline picture (PNG, JPEG, GIF, BMP) at its size, at most the text width,
 *     with the alt text in {@code wp:docPr/@descr};</li>
 * <li>{@code p.skip}, {@code p.draft-banner}, {@code p.page-foot}: dropped; a draft ({@link DocumentInfo#draft()}) gets a DRAFT
 *     watermark; every page but the cover has the title in the header and the page number in the footer.</li>
 * </ul>
 *
 * <p>Looks come from a reference document: the writer opens it as the base of the new document (keeping its
 * styles, numbering definitions, fonts, settings and page setup) and clears its body, notes and headers. A
 * publishing team restyles the Word output by editing {@code templates/<report-kind>/reference.docx} in Word,
 * with no code change. Styles the reference lacks are added from the built-in house style
 * ({@link #defaultReference()}), so a reference made from a plain Word document still works.
 *
 * <p>The text carries no direct formatting a style could carry. Class names map to styles of the same name in
 * CamelCase where the reference has one (the last class that has one wins): {@code p.headline} to "Headline",
 * {@code td.num} to "TableNum", {@code tr.kq td.num} to "TableKqNum", {@code thead th.num} to "TableHeadingNum",
 * {@code span.rating-word} to "RatingWord"; a {@code div} or {@code blockquote} with a class style sets the style
 * of the paragraphs inside ({@code div.practice-example}: "PracticeExample") and of its headings
 * ("PracticeExampleHeading3" for an h4). A table cell takes the shading of its paragraph style as cell shading
 * (header rows, ratings, tinted rows). Text right after a table gets 10 pt of space before it, the one piece of
 * direct formatting (no style can know what precedes a paragraph).
 *
 * <p>Reproducible: the same XHTML, info and reference give byte-identical files. Core-property dates are
 * {@link DocumentInfo#timestamp()}, and the package is rewritten with its entries in a fixed order and a fixed
 * time.
 */
public final class DocxWriter implements DocumentWriter {

    /** The reference document's file name in a report kind's template folder. */
    public static final String REFERENCE_FILE = "reference.docx";

    /** What the document records as the application that made it (docProps/app.xml). */
    public static final String APPLICATION = "Rapporteur";

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String V_NS = "urn:schemas-microsoft-com:vml";
    private static final String FONT_TABLE_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

    /** Printable width of the built-in A4 page with 20 mm margins, in twentieths of a point. */
    private static final int DEFAULT_TEXT_WIDTH = 9638;

    /** Rating colours by class slug, used when the reference's rating style has no shading. */
    private static final Map<String, String> RATING_FILL = Map.of(
            "outstanding", "0B5D1E",
            "good", "2F7D32",
            "requires-improvement", "F2B33D",
            "inadequate", "B3261E",
            "not-rated", "E6E6E6");

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr");

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "template", "noscript", "title",
            "meta", "link");

    private static volatile byte[] defaultReference;
    private static final Map<Path, CachedFile> REFERENCES = new ConcurrentHashMap<>();

    private record CachedFile(long size, long modified, byte[] bytes) {
    }

    private final Path reference;

    /** A writer using the built-in house style ({@link #defaultReference()}). */
    public DocxWriter() {
        this.reference = null;
    }

    /**
     * A writer taking its styles, numbering, fonts and page setup from {@code referenceDocx} (usually
     * {@code templates/<report-kind>/reference.docx}). The file is read at each write (cached while its size and
     * time are unchanged); a missing or unreadable file fails the write with an IOException naming it.
     */
    public DocxWriter(Path referenceDocx) {
        this.reference = Objects.requireNonNull(referenceDocx, "referenceDocx").toAbsolutePath().normalize();
    }

    /**
     * The writer for a report kind's template folder: its {@value #REFERENCE_FILE} when there is one, else the
     * built-in house style.
     */
    public static DocxWriter forTemplateFolder(Path kindDir) {
        Path p = kindDir.resolve(REFERENCE_FILE);
        return Files.isRegularFile(p) ? new DocxWriter(p) : new DocxWriter();
    }

    /** The reference document this writer uses; empty for the built-in house style. */
    public Optional<Path> referenceDocx() {
        return Optional.ofNullable(reference);
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public Written write(RenderedDocument document, OutputStream out) throws IOException {
        Document html = Jsoup.parse(document.xhtml(), "", Parser.xmlParser());
        if (html.selectFirst("html") == null) {
            throw new IOException("the rendered document has no <html> element");
        }
        byte[] base = referenceBytes();
        byte[] raw;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(base))) {
            new Builder(doc, html, document.info(), reference == null).build();
            WordDirection.mark(doc);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
            doc.write(buffer);
            raw = buffer.toByteArray();
        } catch (InvalidFormatException e) {
            throw new IOException("cannot make the Word document: " + e.getMessage(), e);
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IOException("the reference document " + (reference == null ? "(built in)" : reference)
                    + " is not a Word .docx: " + e.getMessage(), e);
        }
        Instant time = document.info() == null || document.info().timestamp() == null ? Instant.EPOCH
                : document.info().timestamp();
        out.write(normalizeZip(raw, time));
        return Written.unpaged();
    }

    private byte[] referenceBytes() throws IOException {
        if (reference == null) {
            return defaultReference();
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(reference, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new IOException("cannot read the Word reference document " + reference
                    + " (make it with ReferenceDocxGenerator, or edit a copy of the built-in one in Word)", e);
        }
        long modified = a.lastModifiedTime().toMillis();
        CachedFile c = REFERENCES.get(reference);
        if (c == null || c.size() != a.size() || c.modified() != modified) {
            c = new CachedFile(a.size(), modified, Files.readAllBytes(reference));
            REFERENCES.put(reference, c);
        }
        return c.bytes();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The package: entries in a fixed order, at a fixed time

    /**
     * The same package with its entries sorted ([Content_Types].xml, then _rels/.rels, then by name) and every
     * entry stamped with {@code time} (UTC, clamped to the zip range), so equal content gives equal bytes.
     */
    static byte[] normalizeZip(byte[] zip, Instant time) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((x, y) -> {
            int c = Integer.compare(rank(x), rank(y));
            return c != 0 ? c : x.compareTo(y);
        });
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        LocalDateTime min = LocalDateTime.of(1980, 1, 1, 0, 0);
        LocalDateTime max = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        if (t.isBefore(min)) {
            t = min;
        } else if (t.isAfter(max)) {
            t = max;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTimeLocal(t);
                z.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(z);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        return name.equals("_rels/.rels") ? 1 : 2;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The built-in house style

    /**
     * The built-in reference document: the house style every style name above resolves to (DejaVu Sans with Arial
     * as the fallback, headings in #2A1454, A4 with 20 mm margins). {@code ReferenceDocxGenerator} writes it, with
     * a sample of every style, to {@code templates/hmip-youth-full/reference.docx}.
     */
    public static byte[] defaultReference() {
        byte[] b = defaultReference;
        if (b == null) {
            synchronized (DocxWriter.class) {
                b = defaultReference;
                if (b == null) {
                    try {
                        b = HouseStyle.referenceDocument();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultReference = b;
                }
            }
        }
        return b.clone();
    }

    /** The built-in styles, numbering and page setup, written as WordprocessingML. */
    static final class HouseStyle {

        static final String FONT = "DejaVu Sans";
        static final String PURPLE = "2A1454";
        static final String TEXT = "1A1A1A";
        static final String GREY = "333333";
        static final String LINK = "1D3F8F";
        static final String RULE = "9A9A9A";
        static final String TINT = "F1ECF8";
        static final String BOX = "F6F3FA";

        private static volatile CTStyles parsedStyles;

        private HouseStyle() {
        }

        static byte[] referenceDocument() throws IOException {
            try (XWPFDocument d = new XWPFDocument()) {
                d.createStyles().setStyles(StylesDocument.Factory.parse(stylesXml()).getStyles());
                d.createNumbering().setNumbering(NumberingDocument.Factory.parse(numberingXml()).getNumbering());
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
                settings(d.getSettings().getCTSettings());
                POIXMLProperties.CoreProperties core = d.getProperties().getCoreProperties();
                core.setTitle("Rapporteur reference document");
                core.setCreator(APPLICATION);
                core.setDescription("Styles, numbering and page setup for Word output. Edit the styles in Word;"
                        + " the text is a sample and is never copied into reports.");
                Date epoch = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
                core.getUnderlyingProperties().setCreatedProperty(Optional.of(epoch));
                core.getUnderlyingProperties().setModifiedProperty(Optional.of(epoch));
                d.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                d.write(buffer);
                return normalizeZip(buffer.toByteArray(), epoch.toInstant());
            } catch (XmlException | InvalidFormatException e) {
                throw new IOException("the built-in house style is broken: " + e.getMessage(), e);
            }
        }

        /** Word 2013+ compatibility mode, so Word does not open the file in compatibility mode. */
        private static void settings(CTSettings s) {
            String compat = "<w:compat xmlns:w=\"" + W_NS + "\"><w:compatSetting w:name=\"compatibilityMode\""
                    + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>";
            insertSetting(s, "compat", compat);
        }

        /** The settings that follow footnotePr and compat in schema order (Word is strict about the order). */
        private static final List<String> SETTINGS_TAIL = List.of("footnotePr", "endnotePr", "compat", "docVars",
                "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator");

        /** Adds a settings element (footnotePr, compat ...) in its schema place, unless there is one. */
        static void insertSetting(CTSettings s, String name, String xml) {
            try (XmlCursor c = s.newCursor()) {
                if (c.toChild(new QName(W_NS, name))) {
                    return;
                }
            }
            List<String> after = SETTINGS_TAIL.subList(SETTINGS_TAIL.indexOf(name) + 1, SETTINGS_TAIL.size());
            try (XmlCursor c = s.newCursor(); XmlCursor src = XmlObject.Factory.parse(xml).newCursor()) {
                boolean placed = false;
                if (c.toFirstChild()) {
                    do {
                        if (W_NS.equals(c.getName().getNamespaceURI()) && after.contains(c.getName().getLocalPart())) {
                            placed = true;
                            break;
                        }
                    } while (c.toNextSibling());
                }
                if (!placed) {
                    c.toEndToken();
                }
                src.toFirstChild();
                src.copyXml(c);
            } catch (XmlException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The built-in styles, parsed once; callers copy what they take. */
        static CTStyles styles() {
            CTStyles s = parsedStyles;
            if (s == null) {
                synchronized (HouseStyle.class) {
                    s = parsedStyles;
                    if (s == null) {
                        try {
                            s = StylesDocument.Factory.parse(stylesXml()).getStyles();
                        } catch (XmlException e) {
                            throw new IllegalStateException("the built-in styles are not well-formed", e);
                        }
                        parsedStyles = s;
                    }
                }
            }
            return s;
        }

        static String fontTableXml() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<w:fonts xmlns:w=\"" + W_NS + "\">"
                    + "<w:font w:name=\"DejaVu Sans\"><w:altName w:val=\"Arial\"/>"
                    + "<w:panose1 w:val=\"020B0603030804020204\"/>"
                    + "<w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                    + "<w:font w:name=\"Arial\"><w:panose1 w:val=\"020B0604020202020204\"/><w:charset w:val=\"00\"/>"
                    + "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
                    + "<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/>"
                    + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
                    + "</w:fonts>";
        }

        /** Paragraph properties in schema order (Word is strict about the order). */
        static final class P {
            boolean keepNext;
            boolean keepLines;
            String numPr;
            String border;
            String shd;
            String tabs;
            String spacing;
            String ind;
            String jc;
            Integer outline;

            P keep() {
                keepNext = true;
                keepLines = true;
                return this;
            }

            P num(int numId) {
                numPr = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
                return this;
            }

            P box(String colour, int size, int space) {
                String b = "w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space + "\" w:color=\"" + colour
                        + "\"/>";
                border = "<w:pBdr><w:top " + b + "<w:left " + b + "<w:bottom " + b + "<w:right " + b + "</w:pBdr>";
                return this;
            }

            P borderNone() {
                border = "<w:pBdr><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                        + "<w:right w:val=\"nil\"/></w:pBdr>";
                return this;
            }

            P edge(String side, String colour, int size, int space) {
                border = "<w:pBdr><w:" + side + " w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space
                        + "\" w:color=\"" + colour + "\"/></w:pBdr>";
                return this;
            }

            P fill(String colour) {
                shd = "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + colour + "\"/>";
                return this;
            }

            P rightTab(int pos) {
                tabs = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + pos + "\"/></w:tabs>";
                return this;
            }

            P space(int before, int after) {
                spacing = "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\"/>";
                return this;
            }

            P space(int before, int after, int line) {
                spacing = "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\" w:line=\"" + line
                        + "\" w:lineRule=\"auto\"/>";
                return this;
            }

            P indent(int left, int right) {
                ind = "<w:ind w:left=\"" + left + "\" w:right=\"" + right + "\"/>";
                return this;
            }

            P align(String value) {
                jc = "<w:jc w:val=\"" + value + "\"/>";
                return this;
            }

            P outline(int level) {
                outline = level;
                return this;
            }

            String xml() {
                StringBuilder s = new StringBuilder("<w:pPr>");
                if (keepNext) {
                    s.append("<w:keepNext/>");
                }
                if (keepLines) {
                    s.append("<w:keepLines/>");
                }
                append(s, numPr, border, shd, tabs, spacing, ind, jc);
                if (outline != null) {
                    s.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
                }
                return s.append("</w:pPr>").toString();
            }
        }

        /** Run properties in schema order. */
        static final class R {
            String fonts;
            Boolean bold;
            Boolean italic;
            String colour;
            Integer halfPoints;
            boolean underline;
            String shd;
            String vert;

            R font(String name) {
                fonts = "<w:rFonts w:ascii=\"" + name + "\" w:hAnsi=\"" + name + "\" w:eastAsia=\"" + name
                        + "\" w:cs=\"" + name + "\"/>";
                return this;
            }

            R bold() {
                bold = true;
                return this;
            }

            R notBold() {
                bold = false;
                return this;
            }

            R italic() {
                italic = true;
                return this;
            }

            R notItalic() {
                italic = false;
                return this;
            }

            R colour(String c) {
                colour = c;
                return this;
            }

            R size(double points) {
                halfPoints = (int) Math.round(points * 2);
                return this;
            }

            R underline() {
                underline = true;
                return this;
            }

            R superscript() {
                vert = "superscript";
                return this;
            }

            String xml() {
                StringBuilder s = new StringBuilder("<w:rPr>");
                append(s, fonts);
                if (bold != null) {
                    s.append(bold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
                }
                if (italic != null) {
                    s.append(italic ? "<w:i/><w:iCs/>" : "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
                }
                if (colour != null) {
                    s.append("<w:color w:val=\"").append(colour).append("\"/>");
                }
                if (halfPoints != null) {
                    s.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints)
                            .append("\"/>");
                }
                if (underline) {
                    s.append("<w:u w:val=\"single\"/>");
                }
                append(s, shd);
                if (vert != null) {
                    s.append("<w:vertAlign w:val=\"").append(vert).append("\"/>");
                }
                return s.append("</w:rPr>").toString();
            }
        }

        private static void append(StringBuilder s, String... parts) {
            for (String p : parts) {
                if (p != null) {
                    s.append(p);
                }
            }
        }

        private static P p() {
            return new P();
        }

        private static R r() {
            return new R();
        }

        private static String style(String type, String id, String name, String basedOn, String next, int priority,
                                    boolean quick, P p, R r) {
            StringBuilder s = new StringBuilder("<w:style w:type=\"").append(type).append("\" w:styleId=\"")
                    .append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
            if (basedOn != null) {
                s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
            }
            if (next != null) {
                s.append("<w:next w:val=\"").append(next).append("\"/>");
            }
            s.append("<w:uiPriority w:val=\"").append(priority).append("\"/>");
            if (quick) {
                s.append("<w:qFormat/>");
            }
            if (p != null) {
                s.append(p.xml());
            }
            if (r != null) {
                s.append(r.xml());
            }
            return s.append("</w:style>").toString();
        }

        private static String para(String id, String name, String basedOn, P p, R r) {
            return style("paragraph", id, name, basedOn, null, 20, true, p, r);
        }

        private static String chars(String id, String name, R r) {
            return style("character", id, name, "DefaultParagraphFont", null, 20, true, null, r);
        }

        static String stylesXml() {
            StringBuilder s = new StringBuilder("<w:styles xmlns:w=\"" + W_NS + "\">");
            s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(r().font(FONT).fonts)
                    .append("<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
                    .append("<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                    .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                    .append("</w:pPr></w:pPrDefault></w:docDefaults>");
            // defaults
            s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                    + "<w:qFormat/>").append(p().space(0, 140, 336).xml()).append(r().colour(TEXT).xml())
                    .append("</w:style>");
            s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                    + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                    + "<w:unhideWhenUsed/></w:style>");
            s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
                    + "<w:name w:val=\"Normal Table\"/>"
                    + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>"
                    + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                    + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                    + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
            s.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                    + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
            // title and headings: h1 is the Title, h2..h6 are Heading 1..5
            s.append(style("paragraph", "Title", "Title", "Normal", "Normal", 10, true,
                    p().keep().space(240, 360, 240), r().bold().colour(PURPLE).size(34)));
            s.append(style("paragraph", "Heading1", "heading 1", "Normal", "Normal", 9, true,
                    p().keep().edge("bottom", PURPLE, 16, 6).space(0, 240, 240).outline(0),
                    r().bold().colour(PURPLE).size(20)));
            s.append(style("paragraph", "Heading2", "heading 2", "Normal", "Normal", 9, true,
                    p().keep().space(360, 120, 240).outline(1), r().bold().colour(PURPLE).size(14)));
            s.append(style("paragraph", "Heading3", "heading 3", "Normal", "Normal", 9, true,
                    p().keep().space(240, 80, 240).outline(2), r().bold().colour(PURPLE).size(11.5)));
            s.append(style("paragraph", "Heading4", "heading 4", "Normal", "Normal", 9, true,
                    p().keep().space(200, 60, 240).outline(3), r().bold().italic().colour(PURPLE).size(10.5)));
            s.append(style("paragraph", "Heading5", "heading 5", "Normal", "Normal", 9, true,
                    p().keep().space(160, 40, 240).outline(4), r().italic().colour(PURPLE).size(10.5)));
            // contents: the TOC field's heading (not a heading style, so it does not list itself) and entries
            s.append(style("paragraph", "TOCHeading", "TOC Heading", "Normal", "Normal", 39, true,
                    p().keep().space(0, 240, 240), r().bold().colour(PURPLE).size(20)));
            s.append(style("paragraph", "TOC1", "toc 1", "Normal", "Normal", 39, false,
                    p().rightTab(DEFAULT_TEXT_WIDTH).space(120, 40), r().bold()));
            s.append(style("paragraph", "TOC2", "toc 2", "Normal", "Normal", 39, false,
                    p().rightTab(DEFAULT_TEXT_WIDTH).space(0, 40).indent(280, 0), null));
            s.append(style("paragraph", "TOC3", "toc 3", "Normal", "Normal", 39, false,
                    p().rightTab(DEFAULT_TEXT_WIDTH).space(0, 40).indent(560, 0), null));
            // body text helpers
            s.append(style("paragraph", "Caption", "caption", "Normal", "Normal", 35, true,
                    p().keep().space(160, 80, 240), r().bold().colour(PURPLE).size(9.5)));
            s.append(style("paragraph", "FootnoteText", "footnote text", "Normal", null, 99, false,
                    p().space(0, 40, 240), r().colour(GREY).size(8.5)));
            s.append(style("character", "FootnoteReference", "footnote reference", "DefaultParagraphFont", null, 99,
                    false, null, r().superscript()));
            s.append(style("paragraph", "Header", "header", "Normal", null, 99, false,
                    p().space(0, 0, 240), r().colour(GREY).size(8)));
            s.append(style("paragraph", "Footer", "footer", "Normal", null, 99, false,
                    p().space(0, 0, 240).align("right"), r().colour(GREY).size(9)));
            s.append(style("paragraph", "ListBullet", "List Bullet", "Normal", null, 99, true,
                    p().num(1).space(0, 60), null));
            s.append(style("paragraph", "ListNumber", "List Number", "Normal", null, 99, true,
                    p().num(2).space(0, 60), null));
            s.append(style("paragraph", "ListContinue", "List Continue", "Normal", null, 99, false,
                    p().space(0, 60).indent(360, 0), null));
            s.append(style("paragraph", "Quote", "Quote", "Normal", "Normal", 29, true,
                    p().space(160, 40).indent(280, 0), r().italic()));
            s.append(para("QuoteFrom", "Quote From", "Quote", p().space(0, 160), r().notItalic().colour(GREY).size(9)));
            s.append(style("character", "Strong", "Strong", "DefaultParagraphFont", null, 22, true, null, r().bold()));
            s.append(style("character", "Emphasis", "Emphasis", "DefaultParagraphFont", null, 20, true, null,
                    r().italic()));
            s.append(style("character", "Hyperlink", "Hyperlink", "DefaultParagraphFont", null, 99, false, null,
                    r().colour(LINK).underline()));
            // classes of the rendered document
            s.append(para("Headline", "Headline", "Normal", p().space(0, 160), r().italic().colour(PURPLE).size(11.5)));
            s.append(para("Signature", "Signature", "Normal", p().space(280, 140), null));
            s.append(para("Source", "Source", "Normal", p().space(0, 200, 240), r().colour(GREY).size(8.5)));
            s.append(para("ServiceName", "Service Name", "Normal", p().space(0, 60), r().bold().size(13)));
            s.append(para("Score", "Score", "Normal", p().space(0, 60), r().bold().size(16)));
            s.append(para("OverallLabel", "Overall Label", "Normal", p().keep().space(120, 60), r().bold()));
            s.append(para("RatingsKey", "Ratings Key", "Normal", p().space(120, 60), r().size(9)));
            s.append(para("Discretion", "Discretion", "Normal", p().edge("left", "F2B33D", 24, 8).indent(200, 0),
                    null));
            s.append(para("Imprint", "Imprint", "Normal", null, r().size(9.5)));
            s.append(para("ImprintHeading1", "Imprint Heading 1", "Heading1", p().borderNone().space(240, 120),
                    r().size(13)));
            s.append(para("PracticeExample", "Practice Example", "Normal",
                    p().box(PURPLE, 8, 6).fill(BOX).indent(140, 140), null));
            s.append(para("PracticeExampleHeading3", "Practice Example Heading 3", "Heading3",
                    p().box(PURPLE, 8, 6).fill(BOX).space(240, 80, 240).indent(140, 140), null));
            s.append(para("CoverInspectorate", "Cover Inspectorate", "Normal", p().space(1400, 2600),
                    r().bold().colour(PURPLE).size(16)));
            s.append(para("CoverLead", "Cover Lead", "Normal", p().keep().space(0, 60), r().colour(PURPLE).size(15)));
            s.append(para("CoverDate", "Cover Date", "Normal", p().edge("top", PURPLE, 8, 8).space(240, 0),
                    r().colour(PURPLE).size(12)));
            // ratings: the word always, colour as support
            s.append(para("Rating", "Rating", "Normal", p().space(80, 200).indent(120, 4800), r().bold().size(12)));
            s.append(chars("RatingWord", "Rating Word", r().bold()));
            s.append(chars("Star", "Star", r().font(FONT)));
            s.append(para("TableText", "Table Text", "Normal", p().space(0, 0, 240), r().size(9.5)));
            s.append(para("TableHeading", "Table Heading", "TableText", p().keep().fill(PURPLE),
                    r().bold().colour("FFFFFF")));
            s.append(para("TableHeadingNum", "Table Heading Num", "TableHeading", p().align("right"), null));
            s.append(para("TableRowHeading", "Table Row Heading", "TableText", null, null));
            s.append(para("TableNum", "Table Num", "TableText", p().align("right"), null));
            s.append(para("TableKq", "Table Kq", "TableRowHeading", p().fill(TINT), r().bold()));
            s.append(para("TableKqNum", "Table Kq Num", "TableNum", p().fill(TINT), r().bold()));
            s.append(para("TablePrompt", "Table Prompt", "TableRowHeading", p().indent(320, 0), null));
            s.append(para("TableLowest", "Table Lowest", "TableRowHeading", p().fill(TINT), null));
            s.append(para("TableLowestNum", "Table Lowest Num", "TableNum", p().fill(TINT), null));
            String[][] ratings = {{"Outstanding", "0B5D1E", "FFFFFF"}, {"Good", "2F7D32", "FFFFFF"},
                {"RequiresImprovement", "F2B33D", TEXT}, {"Inadequate", "B3261E", "FFFFFF"},
                {"NotRated", "E6E6E6", TEXT}};
            for (String[] x : ratings) {
                String label = x[0].replaceAll("(?<=[a-z])(?=[A-Z])", " ");
                s.append(para("Rating" + x[0], "Rating " + label, "Rating", p().box(x[1], 4, 4).fill(x[1]),
                        r().colour(x[2])));
                s.append(para("TableRating" + x[0], "Table Rating " + label, "TableText", p().fill(x[1]),
                        r().bold().colour(x[2])));
            }
            // the table style: borders and cell padding
            String rule = "w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"" + RULE + "\"/>";
            s.append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                    + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
                    + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                    + "<w:tblPr><w:tblBorders><w:top " + rule + "<w:left " + rule + "<w:bottom " + rule
                    + "<w:right " + rule + "<w:insideH " + rule + "<w:insideV " + rule + "</w:tblBorders>"
                    + "<w:tblCellMar><w:top w:w=\"80\" w:type=\"dxa\"/><w:left w:w=\"120\" w:type=\"dxa\"/>"
                    + "<w:bottom w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"120\" w:type=\"dxa\"/></w:tblCellMar>"
                    + "</w:tblPr></w:style>");
            return s.append("</w:styles>").toString();
        }

        static String numberingXml() {
            StringBuilder s = new StringBuilder("<w:numbering xmlns:w=\"" + W_NS + "\">");
            String[] bullets = {"\u2022", "\u25E6", "\u25AA"};
            s.append("<w:abstractNum w:abstractNumId=\"1\"><w:nsid w:val=\"52410001\"/>"
                    + "<w:multiLevelType w:val=\"hybridMultilevel\"/>");
            for (int i = 0; i < 9; i++) {
                s.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>")
                        .append("<w:lvlText w:val=\"").append(bullets[i % 3]).append("\"/><w:lvlJc w:val=\"left\"/>")
                        .append("<w:pPr><w:ind w:left=\"").append(360 * (i + 1))
                        .append("\" w:hanging=\"360\"/></w:pPr>")
                        .append("<w:rPr>").append(r().font(FONT).fonts).append("</w:rPr></w:lvl>");
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
    }

    // ------------------------------------------------------------------------------------------------------------
    // The document

    /** Where block content goes: the document body, a table cell or a footnote. */
    private interface Sink {
        XWPFParagraph paragraph();

        /** A new table, or null where tables cannot go (their text is then written as paragraphs). */
        XWPFTable table();

        boolean body();
    }

    /** Inline state of one paragraph: whitespace is collapsed across the runs as a browser would. */
    private static final class Para {
        final XWPFParagraph p;
        boolean atStart = true;
        boolean space;

        Para(XWPFParagraph p) {
            this.p = p;
        }
    }

    /** The character formatting in effect: one character style, plus bold/italic where styles nest. */
    private record Fmt(String style, boolean bold, boolean italic, String vert, CTHyperlink link) {
        static final Fmt PLAIN = new Fmt(null, false, false, null, null);

        Fmt withStyle(String s) {
            if (s == null) {
                return this;
            }
            if (style == null) {
                return new Fmt(s, bold, italic, vert, link);
            }
            if (s.equals("Strong")) {
                return new Fmt(style, true, italic, vert, link);
            }
            if (s.equals("Emphasis")) {
                return new Fmt(style, bold, true, vert, link);
            }
            return new Fmt(s, bold, italic, vert, link);
        }

        Fmt withVert(String v) {
            return new Fmt(style, bold, italic, v, link);
        }

        Fmt withLink(CTHyperlink l) {
            return new Fmt(style == null ? "Hyperlink" : style, bold, italic, vert, l);
        }
    }

    /** The paragraph style for text in a container, and the container's style name for its headings. */
    private record Ctx(String textStyle, String headingPrefix) {
        static final Ctx BODY = new Ctx(null, null);
    }

    private static final class Builder {
        private final XWPFDocument doc;
        private final Document html;
        private final DocumentInfo info;
        private final boolean builtIn;
        private final XWPFStyles styles;
        private final Map<String, String> bookmarkNames = new HashMap<>();
        private final Map<String, Element> footnotes = new HashMap<>();
        private final Set<String> referenced = new HashSet<>();
        private final Map<String, BigInteger> footnoteIds = new HashMap<>();
        private final Map<String, String> relationships = new HashMap<>();
        private final List<String> pendingBookmarks = new ArrayList<>();
        private final Map<String, String> shadingCache = new HashMap<>();
        private final Map<String, int[]> sharedWidths = new HashMap<>();
        private boolean pendingBreak;
        private final List<SectionMark> sectionMarks = new ArrayList<>();
        private boolean sectionLandscape;
        private boolean sectionRestart;
        private boolean afterTable;
        private boolean gapDue;
        private int bookmarkId;
        private int pictureCount;
        private BigInteger bulletNum;
        private CTAbstractNum numberTemplate;
        private int textWidth = DEFAULT_TEXT_WIDTH;

        Builder(XWPFDocument doc, Document html, DocumentInfo info, boolean builtIn) {
            this.doc = doc;
            this.html = html;
            this.info = info;
            this.builtIn = builtIn;
            this.styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        }

        void build() throws IOException, InvalidFormatException {
            clearBody();
            if (!builtIn) {
                addMissingStyles();
            }
            Element root = html.selectFirst("html");
            String lang = firstNonBlank(root.attr("lang"), root.attr("xml:lang"),
                    info == null ? null : info.language(), "en-GB");
            setLanguage(lang);
            textWidth = textWidth();
            for (Element p : html.select("p.footnote[id]")) {
                footnotes.put(p.id(), p);
            }
            for (Element a : html.select("a[href^=#]")) {
                referenced.add(a.attr("href").substring(1));
            }
            nameBookmarks();
            Element body = html.selectFirst("body");
            if (body != null) {
                blocks(body, bodySink(), Ctx.BODY);
            }
            if (doc.getBodyElements().isEmpty()) {
                doc.createParagraph();
            }
            headerAndFooter();
            sections();
            properties(lang);
            doc.enforceUpdateFields();
        }

        /** A section break written at the end of a section: the paragraph's sectPr, and what the section was. */
        private record SectionMark(XWPFParagraph paragraph, boolean landscape, boolean restart) {
        }

        /**
         * {@code div.landscape} and {@code div.new-numbering} become Word sections of their own (landscape pages;
         * page numbers from 1). Ends the section before such a block, or the block's own section.
         */
        private void endSection() {
            List<org.apache.poi.xwpf.usermodel.IBodyElement> elements = doc.getBodyElements();
            if (elements.isEmpty() || !sectionMarks.isEmpty()
                    && elements.get(elements.size() - 1) == sectionMarks.get(sectionMarks.size() - 1).paragraph()) {
                return; // a section ends here already (or nothing is written yet)
            }
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().addNewPPr().addNewSectPr();
            sectionMarks.add(new SectionMark(p, sectionLandscape, sectionRestart));
            pendingBreak = false;
        }

        /** Gives every section the page set-up, header and footer of the document, then its own orientation. */
        private void sections() {
            if (sectionMarks.isEmpty()) {
                return;
            }
            CTSectPr body = doc.getDocument().getBody().getSectPr();
            SectionMark last = sectionMarks.get(sectionMarks.size() - 1);
            List<org.apache.poi.xwpf.usermodel.IBodyElement> elements = doc.getBodyElements();
            if (!elements.isEmpty() && elements.get(elements.size() - 1) == last.paragraph()) {
                // the special block ends the document: its properties become the final section's
                doc.removeBodyElement(doc.getPosOfParagraph(last.paragraph()));
                sectionMarks.remove(sectionMarks.size() - 1);
                CTSectPr original = (CTSectPr) body.copy();
                shape(body, original, last.landscape(), last.restart());
            }
            CTSectPr template = body;
            for (SectionMark m : sectionMarks) {
                CTSectPr sect = m.paragraph().getCTP().getPPr().getSectPr();
                shape(sect, template, m.landscape(), m.restart());
            }
        }

        private void shape(CTSectPr sect, CTSectPr template, boolean landscape, boolean restart) {
            CTSectPr copy = (CTSectPr) template.copy();
            if (copy.isSetPgNumType()) {
                copy.unsetPgNumType();
            }
            if (copy.isSetPgSz()) {
                var size = copy.getPgSz();
                boolean wide = twips(size.getW()) > twips(size.getH());
                if (landscape != wide) {
                    Object w = size.getW();
                    size.setW(size.getH());
                    size.setH(w);
                }
                size.setOrient(landscape
                        ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE
                        : org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.PORTRAIT);
            }
            if (restart) {
                copy.addNewPgNumType().setStart(BigInteger.ONE);
            }
            sect.set(copy);
        }

        private int landscapeWidth() {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            try {
                if (sect != null && sect.isSetPgSz() && sect.isSetPgMar()) {
                    long h = twips(sect.getPgSz().getH());
                    long l = twips(sect.getPgMar().getLeft());
                    long r = twips(sect.getPgMar().getRight());
                    if (h - l - r > 1440) {
                        return (int) (h - l - r);
                    }
                }
            } catch (RuntimeException e) {
                // an odd measure in the reference: keep the portrait width
            }
            return textWidth;
        }

        // -------------------------------------------------------------------------------------------- setup

        /**
         * The language of the default run properties (XWPFStyles.setSpellingLanguage), keeping the reference's
         * right-to-left language, which POI would overwrite with the same value.
         */
        private void setLanguage(String lang) {
            QName bidi = new QName(W_NS, "bidi");
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

        private void clearBody() {
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
                // the reference's own notes go with its text; separators stay
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

        private void addMissingStyles() {
            CTStyles house = HouseStyle.styles();
            synchronized (HouseStyle.class) {
                for (CTStyle s : house.getStyleArray()) {
                    if (!styles.styleExist(s.getStyleId())) {
                        styles.addStyle(new XWPFStyle((CTStyle) s.copy(), styles));
                    }
                }
            }
        }

        private int textWidth() {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            try {
                if (sect != null && sect.isSetPgSz() && sect.isSetPgMar()) {
                    long w = twips(sect.getPgSz().getW());
                    long l = twips(sect.getPgMar().getLeft());
                    long r = twips(sect.getPgMar().getRight());
                    if (w - l - r > 1440) {
                        return (int) (w - l - r);
                    }
                }
            } catch (RuntimeException e) {
                // an odd measure in the reference: use the default width
            }
            return DEFAULT_TEXT_WIDTH;
        }

        private static long twips(Object o) {
            if (o instanceof BigInteger b) {
                return b.longValue();
            }
            if (o instanceof Number n) {
                return n.longValue();
            }
            return Long.parseLong(String.valueOf(o));
        }

        /** A Word bookmark name for every id: letters, digits and _, starting with a letter, at most 40. */
        private void nameBookmarks() {
            Set<String> used = new HashSet<>();
            for (Element e : html.select("[id]")) {
                String id = e.id();
                if (id.isEmpty() || bookmarkNames.containsKey(id)) {
                    continue;
                }
                String n = id.replaceAll("[^A-Za-z0-9_]", "_");
                if (n.isEmpty() || !Character.isLetter(n.charAt(0))) {
                    n = "b" + n;
                }
                if (n.length() > 36) {
                    n = n.substring(0, 36);
                }
                String candidate = n;
                for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
                    candidate = n + "_" + i;
                }
                bookmarkNames.put(id, candidate);
            }
        }

        private Sink bodySink() {
            return new Sink() {
                @Override
                public XWPFParagraph paragraph() {
                    return doc.createParagraph();
                }

                @Override
                public XWPFTable table() {
                    XWPFTable t = doc.createTable();
                    t.removeRow(0);
                    return t;
                }

                @Override
                public boolean body() {
                    return true;
                }
            };
        }

        private Sink cellSink(XWPFTableCell cell) {
            return new Sink() {
                boolean first = true;

                @Override
                public XWPFParagraph paragraph() {
                    if (first && cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
                        first = false;
                        return cell.getParagraphs().get(0);
                    }
                    first = false;
                    return cell.addParagraph();
                }

                @Override
                public XWPFTable table() {
                    return null;
                }

                @Override
                public boolean body() {
                    return false;
                }
            };
        }

        // -------------------------------------------------------------------------------------------- blocks

        private static boolean skipped(Element e) {
            return SKIPPED.contains(e.normalName()) || "true".equals(e.attr("aria-hidden"))
                    || e.normalName().equals("p") && (e.hasClass("skip") || e.hasClass("draft-banner")
                    || e.hasClass("page-foot"));
        }

        private void blocks(Element container, Sink sink, Ctx ctx) throws IOException, InvalidFormatException {
            List<Node> run = new ArrayList<>();
            for (Node n : container.childNodes()) {
                if (n instanceof TextNode || n instanceof Element e && INLINE.contains(e.normalName())) {
                    run.add(n);
                    continue;
                }
                flushInline(run, sink, ctx);
                if (n instanceof Element e) {
                    block(e, sink, ctx);
                }
            }
            flushInline(run, sink, ctx);
        }

        /** Loose inline content between blocks becomes a paragraph of the container's text style. */
        private void flushInline(List<Node> nodes, Sink sink, Ctx ctx) throws IOException, InvalidFormatException {
            if (nodes.isEmpty()) {
                return;
            }
            boolean content = false;
            for (Node n : nodes) {
                if (n instanceof TextNode t ? !t.isBlank() : true) {
                    content = true;
                    break;
                }
            }
            if (content) {
                Para para = new Para(newParagraph(sink, ctx.textStyle()));
                gapAfterTable(para.p);
                for (Node n : nodes) {
                    inline(n, para, Fmt.PLAIN);
                }
            }
            nodes.clear();
        }

        private void block(Element e, Sink sink, Ctx ctx) throws IOException, InvalidFormatException {
            if (skipped(e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("p") && e.hasClass("footnote") && footnoteReferenced(e)) {
                return;
            }
            if (!e.id().isEmpty() && !tag.matches("h[1-6]|p")) {
                pendingBookmarks.add(bookmarkNames.get(e.id()));
            }
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, sink, ctx);
                case "p", "address", "pre", "dt", "dd", "figcaption" -> paragraph(e, sink, ctx);
                case "ul", "ol" -> list(e, sink, ctx, 0);
                case "table" -> table(e, sink, ctx);
                case "blockquote" -> {
                    String s = classStyle(e, "", STStyleType.PARAGRAPH);
                    blocks(e, sink, new Ctx(s != null ? s : styleOr("Quote", ctx.textStyle()),
                            s != null ? s : ctx.headingPrefix()));
                }
                case "hr", "br" -> { }
                default -> {
                    if (e.hasClass("contents")) {
                        contents(e, sink);
                        return;
                    }
                    if (sink.body() && (e.hasClass("landscape") || e.hasClass("new-numbering"))
                            && !sectionLandscape && !sectionRestart) {
                        endSection();
                        sectionLandscape = e.hasClass("landscape");
                        sectionRestart = e.hasClass("new-numbering");
                        int portraitWidth = textWidth;
                        if (sectionLandscape) {
                            textWidth = landscapeWidth();
                        }
                        String s = classStyle(e, "", STStyleType.PARAGRAPH);
                        blocks(e, sink, s == null ? ctx : new Ctx(s, s));
                        endSection();
                        sectionLandscape = false;
                        sectionRestart = false;
                        textWidth = portraitWidth;
                        return;
                    }
                    if (e.hasClass("chapter") && sink.body()) {
                        pendingBreak = true;
                    }
                    String s = classStyle(e, "", STStyleType.PARAGRAPH);
                    blocks(e, sink, s == null ? ctx : new Ctx(s, s));
                    if (e.hasClass("cover") && sink.body()) {
                        pendingBreak = true;
                    }
                }
            }
        }

        private boolean footnoteReferenced(Element p) {
            return referenced.contains(p.id());
        }

        private String styleOr(String id, String fallback) {
            return hasStyle(id, STStyleType.PARAGRAPH) ? id : fallback;
        }

        private XWPFParagraph newParagraph(Sink sink, String style) {
            XWPFParagraph p = sink.paragraph();
            if (style != null) {
                p.setStyle(style);
            }
            if (sink.body()) {
                gapDue = afterTable;
                afterTable = false;
            }
            if (pendingBreak && sink.body()) {
                p.setPageBreak(true);
                pendingBreak = false;
            }
            for (String name : pendingBookmarks) {
                bookmark(p, name);
            }
            pendingBookmarks.clear();
            return p;
        }

        private void bookmark(XWPFParagraph p, String name) {
            if (name == null) {
                return;
            }
            BigInteger id = BigInteger.valueOf(bookmarkId++);
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setName(name);
            start.setId(id);
            p.getCTP().addNewBookmarkEnd().setId(id);
        }

        private void heading(Element h, Sink sink, Ctx ctx) throws IOException, InvalidFormatException {
            int level = h.normalName().charAt(1) - '0';
            String style;
            if (level == 1) {
                style = "Title";
            } else {
                int word = Math.min(level - 1, 9);
                style = "Heading" + word;
                if (ctx.headingPrefix() != null
                        && hasStyle(ctx.headingPrefix() + "Heading" + word, STStyleType.PARAGRAPH)) {
                    style = ctx.headingPrefix() + "Heading" + word;
                }
                while (!hasStyle(style, STStyleType.PARAGRAPH) && word > 1) {
                    style = "Heading" + --word;
                }
            }
            if (!h.id().isEmpty()) {
                pendingBookmarks.add(bookmarkNames.get(h.id()));
            }
            Para para = new Para(newParagraph(sink, style));
            inlineChildren(h, para, Fmt.PLAIN);
        }

        private void paragraph(Element p, Sink sink, Ctx ctx) throws IOException, InvalidFormatException {
            if (p.hasClass("rating")) {
                ratingParagraph(p, sink, ctx);
                return;
            }
            if (hasBlockChildren(p)) {
                blocks(p, sink, ctx);
                return;
            }
            String style = classStyle(p, "", STStyleType.PARAGRAPH);
            if (style == null && p.hasClass("footnote")) {
                style = styleIf("FootnoteText", STStyleType.PARAGRAPH);
            } else if (style == null && p.normalName().equals("figcaption")) {
                style = styleIf("Caption", STStyleType.PARAGRAPH);
            }
            if (!p.id().isEmpty()) {
                pendingBookmarks.add(bookmarkNames.get(p.id()));
            }
            Para para = new Para(newParagraph(sink, style != null ? style : ctx.textStyle()));
            if (style == null) {
                gapAfterTable(para.p);
            }
            inlineChildren(p, para, Fmt.PLAIN);
        }

        /**
         * Text right after a table is set off from it (a table has no space below it in Word). Paragraphs with a
         * class style of their own, such as a table's source note, keep their style's spacing.
         */
        private void gapAfterTable(XWPFParagraph p) {
            if (gapDue) {
                p.setSpacingBefore(200);
                gapDue = false;
            }
        }

        private void ratingParagraph(Element p, Sink sink, Ctx ctx) throws IOException, InvalidFormatException {
            String slug = ratingSlug(p);
            String style = slug == null ? null : styleIf("Rating" + camel(slug), STStyleType.PARAGRAPH);
            if (style == null) {
                style = styleIf("Rating", STStyleType.PARAGRAPH);
            }
            Para para = new Para(newParagraph(sink, style != null ? style : ctx.textStyle()));
            inlineChildren(p, para, Fmt.PLAIN);
        }

        private static String ratingSlug(Element e) {
            for (String c : e.classNames()) {
                if (c.startsWith("rating-") && RATING_FILL.containsKey(c.substring(7))) {
                    return c.substring(7);
                }
            }
            return null;
        }

        private boolean hasBlockChildren(Element e) {
            for (Element c : e.children()) {
                if (!INLINE.contains(c.normalName()) && !skipped(c)) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------------------------------- contents

        /** div.contents: a "Contents" paragraph and a TOC field whose result is the document's own list. */
        private void contents(Element contents, Sink sink) throws IOException, InvalidFormatException {
            if (sink.body()) {
                pendingBreak = true;
            }
            Element title = contents.selectFirst("h1, h2, h3, h4, h5, h6");
            Para heading = new Para(newParagraph(sink, styleOr("TOCHeading", null)));
            if (title != null) {
                inlineChildren(title, heading, Fmt.PLAIN);
            } else {
                text("Contents", heading, Fmt.PLAIN);
            }
            List<Element> links = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            int deepest = 0;
            for (Element a : contents.select("a[href^=#]")) {
                Element target = html.getElementById(a.attr("href").substring(1));
                int level = 1;
                if (target != null && target.normalName().matches("h[2-6]")) {
                    level = target.normalName().charAt(1) - '1';
                }
                links.add(a);
                levels.add(level);
                deepest = Math.max(deepest, level);
            }
            int upTo = deepest == 0 ? 3 : Math.min(deepest, 9);
            String instruction = " TOC \\o \"1-" + upTo + "\" \\h \\z \\u ";
            if (links.isEmpty()) {
                XWPFParagraph p = newParagraph(sink, styleOr("TOC1", null));
                fieldStart(p, instruction);
                p.createRun().setText("Update this field to list the contents.");
                fieldChar(p.createRun(), STFldCharType.END);
            }
            for (int i = 0; i < links.size(); i++) {
                Element a = links.get(i);
                XWPFParagraph p = newParagraph(sink, styleOr("TOC" + levels.get(i), null));
                if (i == 0) {
                    fieldStart(p, instruction);
                }
                String name = bookmarkNames.get(a.attr("href").substring(1));
                CTHyperlink link = p.getCTP().addNewHyperlink();
                if (name != null) {
                    link.setAnchor(name);
                }
                link.setHistory(true);
                Para para = new Para(p);
                inlineChildren(a, para, new Fmt(null, false, false, null, link));
                CTR tab = link.addNewR();
                tab.addNewTab();
                if (name != null) {
                    fieldChar(new XWPFHyperlinkRun(link, link.addNewR(), p), STFldCharType.BEGIN);
                    instr(new XWPFHyperlinkRun(link, link.addNewR(), p), " PAGEREF " + name + " \\h ");
                    fieldChar(new XWPFHyperlinkRun(link, link.addNewR(), p), STFldCharType.SEPARATE);
                    fieldChar(new XWPFHyperlinkRun(link, link.addNewR(), p), STFldCharType.END);
                }
                if (i == links.size() - 1) {
                    fieldChar(p.createRun(), STFldCharType.END);
                }
            }
            if (sink.body()) {
                pendingBreak = true;
            }
        }

        private void fieldStart(XWPFParagraph p, String instruction) {
            CTFldChar begin = fieldChar(p.createRun(), STFldCharType.BEGIN);
            begin.setDirty(true);
            instr(p.createRun(), instruction);
            fieldChar(p.createRun(), STFldCharType.SEPARATE);
        }

        private static CTFldChar fieldChar(XWPFRun r, STFldCharType.Enum type) {
            CTFldChar c = r.getCTR().addNewFldChar();
            c.setFldCharType(type);
            return c;
        }

        private static void instr(XWPFRun r, String text) {
            CTText t = r.getCTR().addNewInstrText();
            t.setStringValue(text);
            t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        }

        // -------------------------------------------------------------------------------------------- lists

        private void list(Element list, Sink sink, Ctx ctx, int depth) throws IOException, InvalidFormatException {
            boolean ordered = list.normalName().equals("ol");
            int level = Math.min(depth, 8);
            BigInteger num = ordered ? orderedNum(start(list), level) : bulletNum();
            String style = styleOr(ordered ? "ListNumber" : "ListBullet", null);
            for (Element li : list.children()) {
                if (!li.normalName().equals("li")) {
                    block(li, sink, ctx);
                    continue;
                }
                listItem(li, sink, ctx, num, level, style, depth);
            }
        }

        private static int start(Element ol) {
            try {
                return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").trim()) : 1;
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void listItem(Element li, Sink sink, Ctx ctx, BigInteger num, int level, String style, int depth)
                throws IOException, InvalidFormatException {
            Para first = null;
            Ctx continued = new Ctx(styleOr("ListContinue", ctx.textStyle()), ctx.headingPrefix());
            for (Node n : li.childNodes()) {
                if (n instanceof TextNode || n instanceof Element e && INLINE.contains(e.normalName())) {
                    if (first == null) {
                        if (n instanceof TextNode t && t.isBlank()) {
                            continue;
                        }
                        first = new Para(numbered(sink, style, num, level));
                    }
                    inline(n, first, Fmt.PLAIN);
                    continue;
                }
                Element e = (Element) n;
                if (skipped(e)) {
                    continue;
                }
                if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
                    list(e, sink, ctx, depth + 1);
                    first = first == null ? new Para(null) : first;
                } else if (first == null && e.normalName().equals("p")) {
                    first = new Para(numbered(sink, style, num, level));
                    inlineChildren(e, first, Fmt.PLAIN);
                } else {
                    first = first == null ? new Para(null) : first;
                    block(e, sink, continued);
                }
            }
            if (first == null) {
                numbered(sink, style, num, level);
            }
        }

        private XWPFParagraph numbered(Sink sink, String style, BigInteger num, int level) {
            XWPFParagraph p = newParagraph(sink, style);
            gapAfterTable(p);
            p.setNumID(num);
            p.setNumILvl(BigInteger.valueOf(level));
            return p;
        }

        private XWPFNumbering numbering() {
            XWPFNumbering n = doc.getNumbering();
            return n != null ? n : doc.createNumbering();
        }

        /** The numbering the reference's List Bullet style uses, else the built-in bullets. */
        private BigInteger bulletNum() throws IOException {
            if (bulletNum == null) {
                BigInteger styled = styleNum("ListBullet");
                if (styled != null) {
                    bulletNum = styled;
                } else {
                    CTAbstractNum bullets = houseAbstract(0);
                    bulletNum = addNum(bullets, -1, 0);
                }
            }
            return bulletNum;
        }

        /** A new list instance for one ol, copied from the List Number style's definition, starting at start. */
        private BigInteger orderedNum(int start, int level) throws IOException {
            if (numberTemplate == null) {
                BigInteger styled = styleNum("ListNumber");
                XWPFNumbering n = numbering();
                if (styled != null && n.getAbstractNum(n.getAbstractNumID(styled)) != null) {
                    numberTemplate = n.getAbstractNum(n.getAbstractNumID(styled)).getCTAbstractNum();
                } else {
                    numberTemplate = houseAbstract(1);
                }
            }
            return addNum(numberTemplate, start, level);
        }

        private static CTAbstractNum houseAbstract(int index) throws IOException {
            try {
                return NumberingDocument.Factory.parse(HouseStyle.numberingXml()).getNumbering()
                        .getAbstractNumArray(index);
            } catch (XmlException e) {
                throw new IOException("the built-in numbering is broken", e);
            }
        }

        private BigInteger addNum(CTAbstractNum template, int start, int level) {
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
                if (c.toChild(new QName(W_NS, "nsid"))) {
                    c.setAttributeText(new QName(W_NS, "val"), nsid);
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

        private static byte[] hex(String s) {
            byte[] b = new byte[s.length() / 2];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
            }
            return b;
        }

        private BigInteger styleNum(String styleId) {
            XWPFStyle s = styles.getStyle(styleId);
            if (s == null || s.getCTStyle().getPPr() == null || !s.getCTStyle().getPPr().isSetNumPr()
                    || s.getCTStyle().getPPr().getNumPr().getNumId() == null) {
                return null;
            }
            BigInteger id = s.getCTStyle().getPPr().getNumPr().getNumId().getVal();
            XWPFNumbering n = doc.getNumbering();
            return n != null && id != null && n.numExist(id) ? id : null;
        }

        // ------------------------------------------------------------------------------------------- tables

        private record Cell(Element element, int row, int col, int colspan, int rowspan) {
        }

        private record Grid(List<Element> rows, List<Boolean> header, List<Cell> cells, Map<Long, Cell> occupied,
                            int columns) {
        }

        /** The table's rows, which are header rows, and every cell placed on the grid with its spans. */
        private static Grid grid(Element table) {
            List<Element> rows = new ArrayList<>();
            List<Boolean> header = new ArrayList<>();
            for (Element part : table.children()) {
                switch (part.normalName()) {
                    case "thead", "tbody", "tfoot" -> {
                        for (Element tr : part.children()) {
                            if (tr.normalName().equals("tr")) {
                                rows.add(tr);
                                header.add(part.normalName().equals("thead"));
                            }
                        }
                    }
                    case "tr" -> {
                        rows.add(part);
                        header.add(false);
                    }
                    default -> { }
                }
            }
            if (!rows.isEmpty() && !header.contains(true)) {
                Elements first = rows.get(0).children();
                boolean allColumnHeads = !first.isEmpty();
                for (Element c : first) {
                    allColumnHeads &= c.normalName().equals("th") && !c.attr("scope").equals("row");
                }
                header.set(0, allColumnHeads);
            }
            List<Cell> cells = new ArrayList<>();
            Map<Long, Cell> occupied = new HashMap<>();
            int columns = 0;
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (Element td : rows.get(r).children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    while (occupied.containsKey(key(r, c))) {
                        c++;
                    }
                    int cs = Math.max(1, Math.min(span(td, "colspan"), 63));
                    int rs = Math.max(1, Math.min(span(td, "rowspan"), rows.size() - r));
                    Cell cell = new Cell(td, r, c, cs, rs);
                    cells.add(cell);
                    for (int i = 0; i < rs; i++) {
                        for (int j = 0; j < cs; j++) {
                            occupied.put(key(r + i, c + j), cell);
                        }
                    }
                    c += cs;
                    columns = Math.max(columns, c);
                }
            }
            return new Grid(rows, header, cells, occupied, columns);
        }

        /**
         * Column widths: tables of the same class and number of columns share them (so the ratings tables line
         * up), measured over all of them; a table without a class is measured alone.
         */
        private int[] widths(Element table, Grid grid) {
            if (table.className().isBlank()) {
                return columnWidths(grid.cells(), grid.columns());
            }
            String key = table.className().strip() + "/" + grid.columns();
            int[] w = sharedWidths.get(key);
            if (w == null) {
                List<Cell> all = new ArrayList<>();
                for (Element other : html.select("table")) {
                    if (other.className().strip().equals(table.className().strip())) {
                        Grid g = other == table ? grid : grid(other);
                        if (g.columns() == grid.columns()) {
                            all.addAll(g.cells());
                        }
                    }
                }
                w = columnWidths(all, grid.columns());
                sharedWidths.put(key, w);
            }
            return w;
        }


        private void table(Element table, Sink sink, Ctx ctx) throws IOException, InvalidFormatException {
            Element caption = table.selectFirst("> caption");
            if (caption != null) {
                Para para = new Para(newParagraph(sink, styleOr("Caption", null)));
                inlineChildren(caption, para, Fmt.PLAIN);
            }
            Grid grid = grid(table);
            if (grid.columns() == 0) {
                return;
            }
            List<Element> rows = grid.rows();
            List<Boolean> header = grid.header();
            List<Cell> cells = grid.cells();
            Map<Long, Cell> occupied = grid.occupied();
            int columns = grid.columns();
            int[] widths = widths(table, grid);
            if (pendingBreak && sink.body()) {
                // a table cannot start a page itself: an empty paragraph does
                newParagraph(sink, null);
            }
            XWPFTable t = sink.table();
            if (t == null) {
                for (Cell cell : cells) {
                    Para para = new Para(newParagraph(sink, ctx.textStyle()));
                    inlineChildren(cell.element(), para, Fmt.PLAIN);
                }
                return;
            }
            tableProperties(t, widths);
            for (int r = 0; r < rows.size(); r++) {
                Element tr = rows.get(r);
                XWPFTableRow row = t.insertNewTableRow(r);
                if (header.get(r)) {
                    row.setRepeatHeader(true);
                }
                row.setCantSplitRow(true);
                for (int c = 0; c < columns; ) {
                    Cell cell = occupied.get(key(r, c));
                    XWPFTableCell tc = row.createCell();
                    if (tc.getParagraphs().isEmpty()) {
                        tc.addParagraph();
                    }
                    CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                    int span = cell == null ? 1 : cell.colspan();
                    int width = 0;
                    for (int j = 0; j < span && c + j < columns; j++) {
                        width += widths[c + j];
                    }
                    CTTblWidth w = pr.addNewTcW();
                    w.setType(STTblWidth.DXA);
                    w.setW(BigInteger.valueOf(width));
                    if (span > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    if (cell != null && cell.rowspan() > 1) {
                        pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                    if (cell != null && cell.row() == r) {
                        fillCell(tc, cell.element(), tr, header.get(r));
                    } else if (cell != null) {
                        String style = cellStyle(cell.element(), tr, header.get(r));
                        tc.getParagraphs().get(0).setStyle(style);
                    }
                    c += span;
                }
            }
            afterTable = sink.body();
        }

        private static long key(int r, int c) {
            return ((long) r << 32) | c;
        }

        private static int span(Element e, String attr) {
            try {
                return e.hasAttr(attr) ? Integer.parseInt(e.attr(attr).trim()) : 1;
            } catch (NumberFormatException x) {
                return 1;
            }
        }

        /**
         * Column widths from their text: each column at least as wide as its longest word, the rest shared by
         * the average length of its cells, so prose columns are wide and number columns narrow.
         */
        private int[] columnWidths(List<Cell> cells, int columns) {
            double[] total = new double[columns];
            int[] count = new int[columns];
            int[] longest = new int[columns];
            for (Cell c : cells) {
                if (c.colspan() == 1) {
                    String text = c.element().text();
                    total[c.col()] += text.length();
                    count[c.col()]++;
                    for (String word : text.split("\\s+|(?<=-)")) {
                        longest[c.col()] = Math.max(longest[c.col()], word.length());
                    }
                }
            }
            double[] minimum = new double[columns];
            double[] weight = new double[columns];
            double minSum = 0;
            double weightSum = 0;
            for (int i = 0; i < columns; i++) {
                minimum[i] = Math.min(longest[i], 24) * 125 + 300;
                minSum += minimum[i];
                double average = count[i] == 0 ? 10 : total[i] / count[i];
                weight[i] = Math.max(6, Math.min(average, 60));
                weightSum += weight[i];
            }
            double scale = minSum > textWidth ? textWidth / minSum : 1;
            double spare = Math.max(0, textWidth - minSum * scale);
            int[] widths = new int[columns];
            int used = 0;
            for (int i = 0; i < columns; i++) {
                widths[i] = i == columns - 1 ? textWidth - used
                        : (int) Math.round(minimum[i] * scale + spare * weight[i] / weightSum);
                used += widths[i];
            }
            return widths;
        }

        private void tableProperties(XWPFTable t, int[] widths) {
            CTTbl ct = t.getCTTbl();
            CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
            if (pr.isSetTblBorders()) {
                pr.unsetTblBorders();
            }
            if (hasStyle("TableGrid", STStyleType.TABLE)) {
                (pr.isSetTblStyle() ? pr.getTblStyle() : pr.addNewTblStyle()).setVal("TableGrid");
            }
            CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(textWidth));
            (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            if (!pr.isSetTblLook()) {
                var look = pr.addNewTblLook();
                look.setVal(hex("04A0"));
            }
            CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
        }

        /** Paragraph style of a cell: by row and cell class ("TableKqNum"), else by kind of cell. */
        private String cellStyle(Element cell, Element row, boolean headerRow) {
            List<String> candidates = new ArrayList<>();
            List<String> cellClasses = reversed(cell.classNames());
            if (headerRow || cell.normalName().equals("th") && cell.attr("scope").equals("col")) {
                for (String c : cellClasses) {
                    if (hasStyle("TableHeading" + camel(c), STStyleType.PARAGRAPH)) {
                        return "TableHeading" + camel(c);
                    }
                }
                return styleOr("TableHeading", styleOr("TableText", null));
            }
            List<String> rowClasses = reversed(row.classNames());
            for (String r : rowClasses) {
                for (String c : cellClasses) {
                    candidates.add("Table" + camel(r) + camel(c));
                }
            }
            for (String c : cellClasses) {
                candidates.add("Table" + camel(c));
            }
            String slug = ratingSlug(cell);
            for (String r : rowClasses) {
                candidates.add("Table" + camel(r));
            }
            for (String c : candidates) {
                if (hasStyle(c, STStyleType.PARAGRAPH)) {
                    return c;
                }
            }
            if (slug != null) {
                String s = styleIf("Rating" + camel(slug), STStyleType.PARAGRAPH);
                if (s != null) {
                    return s;
                }
            }
            String kind;
            if (cell.normalName().equals("th")) {
                kind = "TableRowHeading";
            } else {
                kind = "TableText";
            }
            return styleOr(kind, styleOr("TableText", null));
        }

        private void fillCell(XWPFTableCell tc, Element cell, Element row, boolean headerRow)
                throws IOException, InvalidFormatException {
            String style = cellStyle(cell, row, headerRow);
            String fill = style == null ? null : shading(style);
            String slug = ratingSlug(cell);
            if (fill == null && slug != null) {
                fill = RATING_FILL.get(slug);
            }
            if (fill != null) {
                CTTcPr pr = tc.getCTTc().getTcPr();
                CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
                shd.setVal(STShd.CLEAR);
                shd.setColor("auto");
                shd.setFill(fill);
            }
            Sink sink = cellSink(tc);
            if (hasBlockChildren(cell)) {
                blocks(cell, sink, new Ctx(style, null));
            } else {
                Para para = new Para(newParagraph(sink, style));
                inlineChildren(cell, para, Fmt.PLAIN);
            }
        }

        /** The fill of a paragraph style's shading, following basedOn. */
        private String shading(String styleId) {
            if (shadingCache.containsKey(styleId)) {
                return shadingCache.get(styleId);
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
                        f = c.getAttributeText(new QName(W_NS, "fill"));
                    }
                    if (f != null) {
                        fill = f.equalsIgnoreCase("auto") ? null : f.toUpperCase(Locale.ROOT);
                        break;
                    }
                }
                id = s.getBasisStyleID();
            }
            shadingCache.put(styleId, fill);
            return fill;
        }

        // ------------------------------------------------------------------------------------------- inline

        private void inlineChildren(Element e, Para para, Fmt f) throws IOException, InvalidFormatException {
            for (Node n : e.childNodes()) {
                inline(n, para, f);
            }
        }

        private void inline(Node n, Para para, Fmt f) throws IOException, InvalidFormatException {
            if (n instanceof TextNode t) {
                text(t.getWholeText(), para, f);
                return;
            }
            if (!(n instanceof Element e) || skipped(e)) {
                return;
            }
            switch (e.normalName()) {
                case "br" -> {
                    run(para, f).addBreak();
                    para.atStart = true;
                    para.space = false;
                }
                case "img" -> picture(e, para, f);
                case "strong", "b" -> inlineChildren(e, para, f.withStyle(styleIf("Strong", STStyleType.CHARACTER)));
                case "em", "i", "cite" -> inlineChildren(e, para,
                        f.withStyle(styleIf("Emphasis", STStyleType.CHARACTER)));
                case "a" -> link(e, para, f);
                case "sup" -> {
                    if (e.selectFirst("a[href^=#]") != null && isFootnoteLink(e.selectFirst("a[href^=#]"))) {
                        inlineChildren(e, para, f);
                    } else {
                        inlineChildren(e, para, f.withVert("superscript"));
                    }
                }
                case "sub" -> inlineChildren(e, para, f.withVert("subscript"));
                default -> inlineChildren(e, para, f.withStyle(classStyle(e, "", STStyleType.CHARACTER)));
            }
        }

        private void text(String raw, Para para, Fmt f) {
            String s = raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
            if (s.isEmpty()) {
                return;
            }
            boolean lead = s.charAt(0) == ' ';
            boolean trail = s.charAt(s.length() - 1) == ' ';
            String core = s.strip();
            if (core.isEmpty()) {
                if (!para.atStart) {
                    para.space = true;
                }
                return;
            }
            String out = (para.space || lead) && !para.atStart ? " " + core : core;
            run(para, f).setText(out);
            para.atStart = false;
            para.space = trail;
        }

        private XWPFRun run(Para para, Fmt f) {
            XWPFRun r;
            if (f.link() != null) {
                r = new XWPFHyperlinkRun(f.link(), f.link().addNewR(), para.p);
            } else {
                r = para.p.createRun();
            }
            if (f.style() != null) {
                r.setStyle(f.style());
            }
            if (f.bold()) {
                r.setBold(true);
            }
            if (f.italic()) {
                r.setItalic(true);
            }
            if (f.vert() != null) {
                r.setVerticalAlignment(f.vert());
            }
            return r;
        }

        private boolean isFootnoteLink(Element a) {
            String href = a.attr("href");
            return href.startsWith("#") && footnotes.containsKey(href.substring(1));
        }

        private void link(Element a, Para para, Fmt f) throws IOException, InvalidFormatException {
            String href = a.attr("href").trim();
            if (isFootnoteLink(a)) {
                footnoteReference(a, para);
                return;
            }
            if (href.isEmpty() || f.link() != null) {
                inlineChildren(a, para, f);
                return;
            }
            if (para.space && !para.atStart) {
                run(para, f).setText(" ");
                para.space = false;
            }
            String anchor = href.startsWith("#") ? bookmarkNames.get(href.substring(1)) : null;
            if (href.startsWith("#") && anchor == null) {
                // a link to nothing in the document: its text only
                inlineChildren(a, para, f);
                return;
            }
            String relation = null;
            if (anchor == null) {
                try {
                    relation = relationship(para.p.getPart(), href);
                } catch (IllegalArgumentException e) {
                    // not a URI Word can open: the text only
                    inlineChildren(a, para, f);
                    return;
                }
            }
            CTHyperlink link = para.p.getCTP().addNewHyperlink();
            if (anchor != null) {
                link.setAnchor(anchor);
            } else {
                link.setId(relation);
            }
            link.setHistory(true);
            inlineChildren(a, para, f.withLink(link));
        }

        private String relationship(POIXMLDocumentPart part, String href) {
            String key = System.identityHashCode(part) + " " + href;
            String id = relationships.get(key);
            if (id == null) {
                id = part.getPackagePart().addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation())
                        .getId();
                relationships.put(key, id);
            }
            return id;
        }

        // ---------------------------------------------------------------------------------------- footnotes

        private void footnoteReference(Element a, Para para) throws IOException, InvalidFormatException {
            String id = a.attr("href").substring(1);
            String mark = a.text().strip();
            boolean custom = !mark.matches("\\d+");
            if (para.space && !para.atStart) {
                run(para, Fmt.PLAIN).setText(" ");
            }
            para.space = false;
            para.atStart = false;
            XWPFRun r = run(para, Fmt.PLAIN);
            r.setStyle(styleIf("FootnoteReference", STStyleType.CHARACTER));
            BigInteger fid = footnoteIds.get(id);
            if (fid != null) {
                // Word cannot reference one note twice: repeat the mark
                r.setText(mark);
                if (!hasStyle("FootnoteReference", STStyleType.CHARACTER)) {
                    r.setVerticalAlignment("superscript");
                }
                return;
            }
            fid = footnote(footnotes.get(id), mark, custom);
            footnoteIds.put(id, fid);
            CTFtnEdnRef ref = r.getCTR().addNewFootnoteReference();
            ref.setId(fid);
            if (custom) {
                ref.setCustomMarkFollows(true);
                r.getCTR().addNewT().setStringValue(mark);
            }
            if (!hasStyle("FootnoteReference", STStyleType.CHARACTER)) {
                r.setVerticalAlignment("superscript");
            }
        }

        private BigInteger footnote(Element p, String mark, boolean custom) throws IOException, InvalidFormatException {
            if (doc.getFootnotes().isEmpty() && !hasSeparators()) {
                doc.createFootnotes();
                separator(-1, STFtnEdn.SEPARATOR);
                separator(0, STFtnEdn.CONTINUATION_SEPARATOR);
                HouseStyle.insertSetting(doc.getSettings().getCTSettings(), "footnotePr", "<w:footnotePr xmlns:w=\""
                        + W_NS + "\"><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>");
            }
            XWPFFootnote note = doc.createFootnote();
            XWPFParagraph fp = note.createParagraph();
            while (!fp.getRuns().isEmpty()) {
                // POI starts the paragraph with a reference mark of its own; ours follows
                fp.removeRun(0);
            }
            String style = styleIf("FootnoteText", STStyleType.PARAGRAPH);
            if (style != null) {
                fp.setStyle(style);
            }
            XWPFRun m = fp.createRun();
            m.setStyle(styleIf("FootnoteReference", STStyleType.CHARACTER));
            if (custom) {
                m.setText(mark);
            } else {
                m.getCTR().addNewFootnoteRef();
            }
            Para para = new Para(fp);
            para.atStart = false;
            para.space = true;
            boolean leading = true;
            for (Node n : p.childNodes()) {
                if (leading) {
                    if (n instanceof TextNode t && t.isBlank()) {
                        continue;
                    }
                    leading = false;
                    if (n instanceof Element e && e.normalName().equals("sup")) {
                        continue;
                    }
                }
                inline(n, para, Fmt.PLAIN);
            }
            return note.getCTFtnEdn().getId();
        }

        private boolean hasSeparators() {
            for (XWPFFootnote f : doc.getFootnotes()) {
                if (f.getCTFtnEdn().getType() == STFtnEdn.SEPARATOR) {
                    return true;
                }
            }
            return false;
        }

        private void separator(int id, STFtnEdn.Enum type) {
            CTFtnEdn note = CTFtnEdn.Factory.newInstance();
            note.setId(BigInteger.valueOf(id));
            note.setType(type);
            CTP p = note.addNewP();
            CTPPr pr = p.addNewPPr();
            var spacing = pr.addNewSpacing();
            spacing.setAfter(BigInteger.ZERO);
            spacing.setLine(BigInteger.valueOf(240));
            spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
            CTR r = p.addNewR();
            if (type == STFtnEdn.SEPARATOR) {
                r.addNewSeparator();
            } else {
                r.addNewContinuationSeparator();
            }
            doc.addFootnote(note);
        }

        // ----------------------------------------------------------------------------------------- pictures

        private void picture(Element img, Para para, Fmt f) throws IOException, InvalidFormatException {
            String src = img.attr("src").trim();
            String alt = img.attr("alt").strip();
            Picture pic = src.startsWith("data:") ? decode(src) : null;
            int[] size = pic == null ? null : pixelSize(pic.bytes());
            if (size == null || !(para.p.getPart() instanceof XWPFDocument)) {
                // prose pictures were checked when the report was; anything unreadable left is shown by its text
                if (!alt.isEmpty()) {
                    text("[" + alt + "]", para, f);
                }
                return;
            }
            double widthPt;
            double heightPt;
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
            widthPt = pxW * 0.75;
            heightPt = pxH * 0.75;
            double maxPt = textWidth / 20.0;
            if (widthPt > maxPt) {
                heightPt = heightPt * maxPt / widthPt;
                widthPt = maxPt;
            }
            if (para.space && !para.atStart) {
                run(para, f).setText(" ");
                para.space = false;
            }
            pictureCount++;
            XWPFRun r = run(para, f);
            String name = "picture" + pictureCount + "." + pic.type().extension;
            r.addPicture(new ByteArrayInputStream(pic.bytes()), pic.type(), name, Units.toEMU(widthPt),
                    Units.toEMU(heightPt));
            CTInline inline = r.getCTR().getDrawingArray(r.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
            inline.getDocPr().setName("Picture " + pictureCount);
            inline.getDocPr().setDescr(alt);
            if (!img.attr("title").isBlank()) {
                inline.getDocPr().setTitle(img.attr("title").strip());
            }
            try (XmlCursor c = inline.getGraphic().getGraphicData().newCursor()) {
                // the picture's own non-visual properties carry the same name and description
                if (c.toChild(new QName("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"))
                        && c.toChild(new QName("http://schemas.openxmlformats.org/drawingml/2006/picture", "nvPicPr"))
                        && c.toChild(new QName("http://schemas.openxmlformats.org/drawingml/2006/picture", "cNvPr"))) {
                    c.setAttributeText(new QName("", "name"), "Picture " + pictureCount);
                    c.setAttributeText(new QName("", "descr"), alt);
                }
            }
            para.atStart = false;
        }

        private record Picture(byte[] bytes, PictureType type) {
        }

        /** A picture's width and height in pixels, from its header (nothing decoded), or null if unreadable. */
        private static int[] pixelSize(byte[] bytes) {
            try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(
                    new ByteArrayInputStream(bytes))) {
                java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    return null;
                }
                javax.imageio.ImageReader reader = readers.next();
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

        // ------------------------------------------------------------------------------ header, footer, properties

        private String title() {
            String t = info == null ? null : info.title();
            if (t == null || t.isBlank()) {
                Element e = html.selectFirst("head > title");
                t = e == null ? "" : e.text();
            }
            return t.strip();
        }

        private void headerAndFooter() {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
            String headerStyle = styleIf("Header", STStyleType.PARAGRAPH);
            String footerStyle = styleIf("Footer", STStyleType.PARAGRAPH);
            XWPFHeader header;
            if (info != null && info.draft()) {
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
            hp.createRun().setText(title());
            XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
            XWPFParagraph fp = footer.getParagraphs().isEmpty() ? footer.createParagraph()
                    : footer.getParagraphs().get(0);
            if (footerStyle != null) {
                fp.setStyle(footerStyle);
            }
            fieldChar(fp.createRun(), STFldCharType.BEGIN);
            instr(fp.createRun(), " PAGE ");
            fieldChar(fp.createRun(), STFldCharType.SEPARATE);
            fp.createRun().setText("1");
            fieldChar(fp.createRun(), STFldCharType.END);
            policy.createFooter(XWPFHeaderFooterPolicy.FIRST);
            if (!sect.isSetTitlePg()) {
                sect.addNewTitlePg();
            }
            if (info != null && info.draft()) {
                // the watermark's even-page header is unused (no even/odd headers): keep the first and default
                for (int i = sect.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
                    if (sect.getHeaderReferenceArray(i).getType()
                            == org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr.EVEN) {
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
                    String v = c.getAttributeText(new QName(W_NS, a));
                    if (v != null && v.isEmpty()) {
                        c.removeAttribute(new QName(W_NS, a));
                    }
                }
            }
            try (XmlCursor c = p.newCursor()) {
                c.selectPath("declare namespace v='" + V_NS + "' .//v:shape");
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
                        if (child.toChild(new QName(V_NS, "textpath"))) {
                            child.setAttributeText(new QName("", "style"),
                                    "font-family:\"" + HouseStyle.FONT + "\";font-size:1pt");
                        }
                    }
                    try (XmlCursor child = c.newCursor()) {
                        if (!child.toChild(new QName(V_NS, "fill")) && child.toFirstChild()) {
                            child.beginElement(new QName(V_NS, "fill", "v"));
                            child.insertAttributeWithValue("opacity", ".5");
                        }
                    }
                }
            }
        }

        private void properties(String lang) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            PackagePropertiesPart p = core.getUnderlyingProperties();
            String title = title();
            String author = firstNonBlank(info == null ? null : info.author(), meta("author"), "");
            String subject = firstNonBlank(info == null ? null : info.subject(), meta("subject"), "");
            String keywords = firstNonBlank(info == null ? null : info.keywords(), meta("keywords"), "");
            p.setTitleProperty(title);
            p.setCreatorProperty(author);
            p.setLastModifiedByProperty(author);
            p.setSubjectProperty(subject);
            p.setKeywordsProperty(keywords);
            p.setLanguageProperty(lang);
            p.setDescriptionProperty(Optional.empty());
            p.setCategoryProperty(Optional.empty());
            p.setContentStatusProperty(Optional.of(info != null && info.draft() ? "Draft" : "Final"));
            p.setRevisionProperty(Optional.of("1"));
            Date when = Date.from(info == null || info.timestamp() == null ? Instant.EPOCH : info.timestamp());
            p.setCreatedProperty(Optional.of(when));
            p.setModifiedProperty(Optional.of(when));
            p.setLastPrintedProperty(Optional.empty());
            var ext = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
            ext.setApplication(APPLICATION);
            if (ext.isSetTemplate()) {
                ext.unsetTemplate();
            }
        }

        private String meta(String name) {
            Element m = html.selectFirst("head > meta[name=" + name + "]");
            return m == null ? null : m.attr("content");
        }

        // ----------------------------------------------------------------------------------------- styles

        private boolean hasStyle(String id, STStyleType.Enum type) {
            if (id == null) {
                return false;
            }
            XWPFStyle s = styles.getStyle(id);
            return s != null && (s.getCTStyle().getType() == null ? type == STStyleType.PARAGRAPH
                    : s.getCTStyle().getType() == type);
        }

        private String styleIf(String id, STStyleType.Enum type) {
            return hasStyle(id, type) ? id : null;
        }

        /** The style named after one of the element's classes (the last class that has one). */
        private String classStyle(Element e, String prefix, STStyleType.Enum type) {
            for (String c : reversed(e.classNames())) {
                String id = prefix + camel(c);
                if (hasStyle(id, type)) {
                    return id;
                }
            }
            return null;
        }

        private static List<String> reversed(Set<String> classes) {
            List<String> l = new ArrayList<>(classes);
            java.util.Collections.reverse(l);
            return l;
        }

        private static String firstNonBlank(String... values) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
            return "";
        }
    }

    /** "requires-improvement" to "RequiresImprovement". */
    static String camel(String cssClass) {
        StringBuilder s = new StringBuilder();
        for (String part : cssClass.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return s.toString();
    }

}
