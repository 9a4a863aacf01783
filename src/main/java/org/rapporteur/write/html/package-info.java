/**
 * The HTML writers: {@link org.rapporteur.write.html.HtmlWriter} writes the rendered XHTML as one self-contained
 * HTML5 page under a strict Content-Security-Policy ({@code PagePolicy}: no script, nothing fetched, only the page's
 * own stylesheets by hash); {@link org.rapporteur.write.html.XhtmlWriter} writes the rendered XHTML as it is.
 *
 * <p>May use: {@code org.rapporteur.document} (the rendered document), {@code org.rapporteur.write} (the writer
 * interface and right-to-left detection) and jsoup. It never sees the report model.
 */
package org.rapporteur.write.html;
