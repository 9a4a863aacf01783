/**
 * The Word back-end, modelled on pandoc's Word writer: {@link org.rapporteur.write.docx.DocxWriter} opens a
 * reference document ({@link org.rapporteur.write.docx.ReferenceDocument}: a report kind's reference.docx or the
 * built-in house style of {@link org.rapporteur.write.docx.WordStyles} and
 * {@link org.rapporteur.write.docx.Numbering}), and {@link org.rapporteur.write.docx.WordDocument} writes the
 * rendered XHTML into it: a {@link org.rapporteur.write.docx.Walker} hands each block to its writer (paragraphs and
 * headings, {@link org.rapporteur.write.docx.Lists}, {@link org.rapporteur.write.docx.Tables},
 * {@link org.rapporteur.write.docx.Contents}), inline content goes through {@link org.rapporteur.write.docx.Runs}
 * (with {@link org.rapporteur.write.docx.Footnotes} and {@link org.rapporteur.write.docx.Pictures}), and
 * {@link org.rapporteur.write.docx.Sections}, {@link org.rapporteur.write.docx.HeaderFooter} and
 * {@link org.rapporteur.write.docx.DocumentProperties} finish the document;
 * {@link org.rapporteur.write.docx.ZipNormaliser} makes the package reproducible. The parts share one
 * {@link org.rapporteur.write.docx.Context} per document; state lives with the part it belongs to (bookmarks,
 * paragraph flow, sections, numbering, footnotes).
 *
 * <p>The writer names no rating: the ratings and their colours are the {@code .rating-<slug>} rules of the
 * document's own stylesheet ({@link org.rapporteur.write.docx.RatingPalette}).
 *
 * <p>May use: {@code org.rapporteur.write} (the DocumentWriter interface, Written, TextDirection),
 * {@code org.rapporteur.document} (the rendered document and its info), Apache POI, jsoup and ICU. Never the report
 * model, the framework or the renderer.
 */
package org.rapporteur.write.docx;
