package org.rapporteur.write.pdf;

import static org.rapporteur.write.pdf.XhtmlDom.child;
import static org.rapporteur.write.pdf.XhtmlDom.localName;
import static org.rapporteur.write.pdf.XhtmlDom.text;

import org.rapporteur.write.TextDirection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the page layout needs to know that a template cannot say: which blocks read right to left, and which table
 * cells hold a word too long to keep whole. Documents without either are left as they are.
 */
final class LayoutHints {

    /** Longest word (run of letters without a space) a table cell keeps whole. */
    private static final int LONGEST_UNBROKEN_WORD_IN_A_CELL = 24;

    private LayoutHints() {
    }

    /** {@code dir="auto"} on every block that holds right-to-left letters and has no direction of its own. */
    static void markRightToLeft(Document dom) {
        Element body = child(dom.getDocumentElement(), "body");
        if (body == null || !TextDirection.hasRightToLeft(text(body))) {
            return;
        }
        for (Element e : XhtmlDom.elements(body)) {
            if (TextDirection.BLOCKS.contains(localName(e)) && e.getAttribute("dir").isEmpty()
                    && TextDirection.hasRightToLeft(text(e))) {
                e.setAttribute("dir", "auto");
            }
        }
    }

    /**
     * A table cell holding a very long word (a URL, a reference number, a run of letters) lets that word break:
     * unbroken, it would widen its column until the others have no room and their text is lost off the page. Cells
     * of ordinary words keep the table's own widths (breaking every word would narrow the columns instead).
     */
    static void breakLongWords(Document dom) {
        for (Element e : XhtmlDom.elements(dom.getDocumentElement())) {
            String name = localName(e);
            if ((name.equals("td") || name.equals("th")) && longestWord(text(e)) > LONGEST_UNBROKEN_WORD_IN_A_CELL) {
                String style = e.getAttribute("style");
                e.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ") + "word-wrap: break-word");
            }
        }
    }

    private static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
