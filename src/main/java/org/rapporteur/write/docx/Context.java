package org.rapporteur.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;

/**
 * What the parts of the writer share while they write one document: the Word document, the XHTML it is made from,
 * its styles, bookmarks, paragraph flow, sections and rating palette.
 */
record Context(XWPFDocument doc, Document html, DocumentStyles styles, Bookmarks bookmarks, Paragraphs paragraphs,
               Sections sections, RatingPalette palette) {
}
