package org.rapporteur.write;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import java.util.Set;

/**
 * Right-to-left text in a document: the blocks (paragraphs, list items, table cells, headings, captions) that hold
 * Arabic, Hebrew or other right-to-left letters get {@code dir="auto"}, so that the PDF and browsers take each such
 * block's direction from its first strong letter, as the Unicode Bidirectional Algorithm does for a paragraph: an
 * Arabic quotation reads right to left and aligns right, an English sentence quoting an Arabic name stays left to
 * right. Blocks without such letters are left alone, so documents without them do not change.
 */
public final class TextDirection {

    /** The elements that are paragraphs for the bidirectional algorithm. */
    static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "caption", "figcaption", "blockquote", "h1",
            "h2", "h3", "h4", "h5", "h6", "dt", "dd");

    /** For a CSS selector: the same elements. */
    static final String BLOCK_SELECTOR = String.join(", ", new java.util.TreeSet<>(BLOCKS));

    private TextDirection() {
    }

    /** True when the text has a letter written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...). */
    public static boolean hasRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (cp >= 0x0590 && isRightToLeft(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean isRightToLeft(int cp) {
        int d = UCharacter.getDirection(cp);
        return d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
    }
}
