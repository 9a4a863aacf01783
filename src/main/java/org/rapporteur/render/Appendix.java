package org.rapporteur.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A rendered document embedded in another as an appendix: its body, headings one level down (so the host keeps
 * one h1 and an unbroken outline), ids and internal links prefixed so they cannot clash with the host's, and the
 * screen-only helpers (skip link, draft banner) and its page furniture (running footers) dropped.
 */
public final class Appendix {

    private Appendix() {
    }

    public static String embed(String xhtml, String prefix) {
        Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
        Element body = doc.selectFirst("body");
        if (body == null) {
            return "";
        }
        body.select("p.skip, p.draft-banner, p.page-foot").remove();
        body.select("[role=main]").removeAttr("role");
        body.select("[role=banner]").removeAttr("role");
        for (int level = 5; level >= 1; level--) {
            for (Element h : body.select("h" + level)) {
                h.tagName("h" + (level + 1));
            }
        }
        for (Element e : body.select("[id]")) {
            e.attr("id", prefix + e.id());
        }
        for (Element a : body.select("a[href^=#]")) {
            a.attr("href", "#" + prefix + a.attr("href").substring(1));
        }
        for (Element a : body.select("[aria-labelledby]")) {
            a.attr("aria-labelledby", prefix + a.attr("aria-labelledby"));
        }
        Document.OutputSettings settings = new Document.OutputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .prettyPrint(false).charset("UTF-8");
        doc.outputSettings(settings);
        return body.html();
    }
}
