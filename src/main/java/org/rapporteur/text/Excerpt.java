package org.rapporteur.text;

import java.util.Locale;

/**
 * What a message may quote of something an author typed (a link, an image's path): never a data: URI (only
 * "data:…"), no control characters, and never more than a short line, so a message stays one readable line
 * whatever was typed.
 */
public final class Excerpt {

    /** The most characters of author text a message quotes. */
    public static final int MAX_CHARS = 80;

    private Excerpt() {
    }

    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed;
        if (s.strip().toLowerCase(Locale.ROOT).startsWith("data:")) {
            return "data:…";
        }
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (count == MAX_CHARS) {
                b.append('…');
                break;
            }
            b.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
            count++;
        }
        return b.toString();
    }
}
