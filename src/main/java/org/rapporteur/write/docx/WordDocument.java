package org.rapporteur.write.docx;

import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rapporteur.document.DocumentInfo;

/** The steps that turn a copy of the reference document into the report: clear, style, walk, finish. */
final class WordDocument {

    private WordDocument() {
    }

    /**
     * Writes the XHTML into {@code doc}, a copy of the reference ({@code builtIn}: the built-in one, which has every
     * style already).
     */
    static void fill(XWPFDocument doc, Document html, DocumentInfo info, RatingPalette palette, boolean builtIn)
            throws IOException, InvalidFormatException {
        DocumentStyles styles = new DocumentStyles(doc);
        ReferenceDocument.clear(doc);
        if (!builtIn) {
            styles.addMissing(palette);
        }
        String lang = DocumentProperties.language(html, info);
        styles.setLanguage(lang);
        Bookmarks bookmarks = Bookmarks.of(html);
        Paragraphs paragraphs = new Paragraphs(bookmarks);
        Sections sections = new Sections(doc, paragraphs);
        Context cx = new Context(doc, html, styles, bookmarks, paragraphs, sections, palette);
        Element body = html.selectFirst("body");
        if (body != null) {
            new Walker(cx).body(body);
        }
        if (doc.getBodyElements().isEmpty()) {
            doc.createParagraph();
        }
        HeaderFooter.write(doc, styles, DocumentProperties.title(html, info), info != null && info.draft());
        sections.finish();
        DocumentProperties.write(doc, html, info, lang);
        doc.enforceUpdateFields();
        WordDirection.mark(doc);
    }
}
