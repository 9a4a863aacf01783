package org.rapporteur.write.docx;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rapporteur.document.DocumentInfo;

/**
 * The core and extended properties: title, creator, subject, keywords and language from the document info (else the
 * XHTML's {@code <title>} and {@code meta}), status, the dates of {@link DocumentInfo#timestamp()}, and a document's
 * ISBN as its Dublin Core identifier ({@code urn:isbn:...}).
 */
final class DocumentProperties {

    private DocumentProperties() {
    }

    /** The document's title: the info's, else the XHTML's {@code <title>}. */
    static String title(Document html, DocumentInfo info) {
        String t = info == null ? null : info.title();
        if (t == null || t.isBlank()) {
            Element e = html.selectFirst("head > title");
            t = e == null ? "" : e.text();
        }
        return t.strip();
    }

    /** The document's language: the {@code html} element's, else the info's, else en-GB. */
    static String language(Document html, DocumentInfo info) {
        Element root = html.selectFirst("html");
        return firstNonBlank(root.attr("lang"), root.attr("xml:lang"), info == null ? null : info.language(),
                "en-GB");
    }

    static void write(XWPFDocument doc, Document html, DocumentInfo info, String lang) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        PackagePropertiesPart p = core.getUnderlyingProperties();
        String author = firstNonBlank(info == null ? null : info.author(), meta(html, "author"), "");
        String subject = firstNonBlank(info == null ? null : info.subject(), meta(html, "subject"), "");
        String keywords = firstNonBlank(info == null ? null : info.keywords(), meta(html, "keywords"), "");
        p.setTitleProperty(title(html, info));
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
        if (info != null && info.isbn() != null) {
            p.setIdentifierProperty(Optional.of("urn:isbn:" + info.isbnDigits()));
        }
        var ext = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
        ext.setApplication(DocxWriter.APPLICATION);
        if (ext.isSetTemplate()) {
            ext.unsetTemplate();
        }
    }

    private static String meta(Document html, String name) {
        Element m = html.selectFirst("head > meta[name=" + name + "]");
        return m == null ? null : m.attr("content");
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
