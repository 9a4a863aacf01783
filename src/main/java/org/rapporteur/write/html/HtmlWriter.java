package org.rapporteur.write.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.TextDirection;
import org.rapporteur.write.Written;

/**
 * The HTML back-end: the same XHTML as one self-contained HTML5 page (styles inline, nothing loaded from
 * elsewhere). Only the serialisation changes, and what belongs to paper goes: the running page footers
 * ({@code p.page-foot}). The page carries a strict Content-Security-Policy ({@link PagePolicy}): no script, nothing
 * fetched, only its own stylesheets, so even a mistake in a template cannot make the page load or run anything.
 * A document with an ISBN names it in the head as {@code <meta name="citation_isbn">}, as library and scholarly
 * indexes read it.
 */
public final class HtmlWriter implements DocumentWriter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Written write(RenderedDocument document, OutputStream out) throws IOException {
        Document doc = Jsoup.parse(document.xhtml(), "", Parser.xmlParser());
        Element html = doc.selectFirst("html");
        if (html == null) {
            throw new IOException("the rendered document has no <html> element");
        }
        for (Element block : html.select(TextDirection.BLOCK_SELECTOR)) {
            if (!block.hasAttr("dir") && TextDirection.hasRightToLeft(block.text())) {
                block.attr("dir", "auto"); // browsers then order and align it by its first strong letter
            }
        }
        html.removeAttr("xmlns");
        html.removeAttr("xml:lang");
        Document page = Document.createShell("");
        page.outputSettings().syntax(Document.OutputSettings.Syntax.html).prettyPrint(false)
                .charset(StandardCharsets.UTF_8);
        page.empty();
        page.appendChild(new DocumentType("html", "", ""));
        page.appendChild(html.clone());
        page.select("p.page-foot").remove();
        Element head = page.selectFirst("head");
        if (head == null) {
            throw new IOException("the rendered document has no <head> element");
        }
        head.select("meta[http-equiv]").remove();
        PagePolicy.apply(page, head);
        String isbn = document.info() == null ? null : document.info().isbn();
        if (isbn != null && head.selectFirst("meta[name=citation_isbn]") == null) {
            head.appendElement("meta").attr("name", "citation_isbn").attr("content", isbn);
        }
        head.prependElement("meta").attr("charset", "utf-8");
        out.write(page.outerHtml().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        return Written.unpaged();
    }
}
