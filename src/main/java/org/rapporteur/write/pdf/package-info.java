/**
 * The PDF writer: the rendered XHTML as tagged PDF/UA-1 that is also PDF/A-3u, laid out by openhtmltopdf and saved
 * by Apache PDFBox.
 *
 * <p>{@link org.rapporteur.write.pdf.PdfWriter} is the entry point and runs the steps in order: parse the XHTML
 * ({@code XhtmlDom}); prepare the DOM, namely the metadata in the head ({@code Metadata}), the bookmarks
 * ({@code Outline}), right-to-left blocks and long words in table cells ({@code LayoutHints}); install the resource
 * policy that refuses the network and files outside the document's folder ({@code ResourcePolicy}); register the
 * fonts and the JVM-wide metrics cache ({@code FontRegistration}, {@code FontSources}, with {@link
 * org.rapporteur.write.pdf.Glyphs} and {@link org.rapporteur.write.pdf.FallbackFonts} for characters DejaVu lacks and
 * the ICU bidirectional splitter and shaper); lay out; then finish the PDF/A and PDF/UA metadata, dates and file
 * identifier ({@code Conformance}). {@code RenderMessages} keeps openhtmltopdf's log and the errors short.
 *
 * <p>May use: {@code org.rapporteur.document} (the rendered document and its information), {@code
 * org.rapporteur.write} (the writer interface and right-to-left detection), {@code org.rapporteur.source} (its XML
 * escaping), openhtmltopdf, PDFBox, jsoup and ICU.
 * It never sees the report model. {@link org.rapporteur.write.pdf.Glyphs} is public so that the character check can
 * be told which characters the PDF can show.
 */
package org.rapporteur.write.pdf;
