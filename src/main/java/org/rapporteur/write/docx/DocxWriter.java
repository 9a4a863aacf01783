package org.rapporteur.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.Written;

/**
 * The Word back-end: an editable .docx made from the rendered XHTML alone (never the report model), so it works
 * for every report kind. Each convention of docs/document-conventions.md is one general mechanism:
 * <ul>
 * <li>{@code <title>}, {@code meta[name=author|subject|keywords]}, {@code html[lang]}: core properties (title,
 *     creator, subject, keywords, language), the language also on the default run properties; dates are
 *     {@link DocumentInfo#timestamp()} ({@link DocumentProperties});</li>
 * <li>{@code h1}: Title; {@code h2..h6}: Heading 1..5, with a bookmark named after the id ({@link Walker},
 *     {@link Bookmarks});</li>
 * <li>{@code div.cover}: a title page (different first page, no header), page break after;
 *     {@code div.chapter}: page break before; {@code div.landscape}, {@code div.new-numbering}: sections of their
 *     own ({@link Sections});</li>
 * <li>{@code div.contents}: its heading as "TOC Heading" and a <code>TOC \o "1-N" \h \z &#92;u</code> field, N the
 *     deepest heading level the contents list links to; the field's result is that list until Word updates it,
 *     which it is asked to do on opening ({@link Contents});</li>
 * <li>{@code p}, {@code strong}, {@code em}, {@code a[href]}, {@code br}: Normal paragraphs, Strong and Emphasis
 *     character styles, hyperlinks (Hyperlink style; {@code #id} links go to bookmarks), line breaks
 *     ({@link Runs});</li>
 * <li>{@code ul}, {@code ol[start]}: List Bullet and List Number with real numbering ({@link Lists},
 *     {@link Numbering});</li>
 * <li>{@code blockquote}: Quote; {@code table}: Table Grid style, fixed column widths from the text, the caption
 *     as a Caption paragraph above, the header row repeated on every page, rows kept whole, colspan and
 *     rowspan ({@link Tables});</li>
 * <li>{@code .rating.rating-<slug>}, for a slug the document's stylesheet colours with a rule
 *     {@code .rating-<slug> { background-color: ...; color: ...; }}: paragraph style "Rating&lt;Slug&gt;" (a shaded
 *     tile) or, in a table, "TableRating&lt;Slug&gt;" with the cell shaded in the style's colour; the word is always
 *     the text ({@link RatingPalette});</li>
 * <li>{@code sup.fnref > a[href="#fn-N"]} and {@code p.footnote#fn-N}: a Word footnote ({@link Footnotes});</li>
 * <li>{@code img[src^="data:"]}: an inline picture with its alt text ({@link Pictures});</li>
 * <li>{@code p.skip}, {@code p.draft-banner}, {@code p.page-foot}: dropped; a draft ({@link DocumentInfo#draft()})
 *     gets a DRAFT watermark; every page but the cover has the title in the header and the page number in the
 *     footer ({@link HeaderFooter}).</li>
 * </ul>
 *
 * <p>Looks come from a reference document: the writer opens it as the base of the new document (keeping its
 * styles, numbering definitions, fonts, settings and page setup) and clears its body, notes and headers. A
 * publishing team restyles the Word output by editing {@code templates/<report-kind>/reference.docx} in Word,
 * with no code change. Styles the reference lacks are added from the built-in house style
 * ({@link #defaultReference()}, {@link WordStyles}), so a reference made from a plain Word document still works.
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
 * time ({@link ZipNormaliser}).
 */
public final class DocxWriter implements DocumentWriter {

    /** The reference document's file name in a report kind's template folder. */
    public static final String REFERENCE_FILE = "reference.docx";

    /** What the document records as the application that made it (docProps/app.xml). */
    public static final String APPLICATION = "Rapporteur";

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

    /**
     * The built-in reference document: the house style every style name above resolves to (DejaVu Sans with Arial
     * as the fallback, headings in #2A1454, A4 with 20 mm margins), with the rating styles of the house palette.
     * {@code ReferenceDocxGenerator} writes it, with a sample of every style, to
     * {@code templates/hmip-youth-full/reference.docx}.
     */
    public static byte[] defaultReference() {
        return ReferenceDocument.builtIn(RatingPalette.house()).clone();
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Written write(RenderedDocument document, OutputStream out) throws IOException {
        Document html = Jsoup.parse(document.xhtml(), "", Parser.xmlParser());
        if (html.selectFirst("html") == null) {
            throw new IOException("the rendered document has no <html> element");
        }
        RatingPalette palette = RatingPalette.of(html);
        byte[] base = reference == null ? ReferenceDocument.builtIn(palette) : ReferenceDocument.read(reference);
        byte[] raw;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(base))) {
            WordDocument.fill(doc, html, document.info(), palette, reference == null);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
            doc.write(buffer);
            raw = buffer.toByteArray();
        } catch (InvalidFormatException e) {
            throw new IOException("cannot make the Word document: " + e.getMessage(), e);
        } catch (POIXMLException | UnsupportedFileFormatException e) {
            throw new IOException("the reference document " + (reference == null ? "(built in)" : reference)
                    + " is not a Word .docx: " + e.getMessage(), e);
        }
        Instant time = document.info() == null || document.info().timestamp() == null ? Instant.EPOCH
                : document.info().timestamp();
        out.write(ZipNormaliser.normalise(raw, time));
        return Written.unpaged();
    }
}
