package org.rapporteur.write.pdf;

import static org.rapporteur.write.pdf.XhtmlDom.child;
import static org.rapporteur.write.pdf.XhtmlDom.localName;
import static org.rapporteur.write.pdf.XhtmlDom.newElement;
import static org.rapporteur.write.pdf.XhtmlDom.text;

import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The PDF's outline (bookmarks): every h1-h3 that has an id and no class {@code no-bookmark}, nested by level, as
 * the {@code <bookmarks>} element openhtmltopdf reads from the head.
 */
final class Outline {

    private Outline() {
    }

    /** Adds {@code <bookmarks>} to the head from the headings, unless the document brings its own. */
    static void add(Document dom) {
        Element html = dom.getDocumentElement();
        Element head = child(html, "head");
        if (head == null || child(head, "bookmarks") != null) {
            return;
        }
        Element body = child(html, "body");
        if (body == null) {
            return;
        }
        Element root = newElement(dom, head, "bookmarks");
        Deque<Element> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (Element e : XhtmlDom.elements(body)) {
            String tag = localName(e);
            if (tag.length() != 2 || tag.charAt(0) != 'h' || tag.charAt(1) < '1' || tag.charAt(1) > '3') {
                continue;
            }
            String id = e.getAttribute("id");
            if (id == null || id.isBlank() || XhtmlDom.hasClass(e, "no-bookmark")) {
                continue;
            }
            String label = text(e);
            if (label.isEmpty()) {
                continue;
            }
            int level = tag.charAt(1) - '0';
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                parents.pop();
            }
            Element bookmark = newElement(dom, head, "bookmark");
            bookmark.setAttribute("name", label);
            bookmark.setAttribute("href", "#" + id.strip());
            (parents.isEmpty() ? root : parents.peek()).appendChild(bookmark);
            parents.push(bookmark);
            levels.push(level);
        }
        if (root.hasChildNodes()) {
            head.appendChild(root);
        }
    }
}
