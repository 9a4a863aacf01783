package org.rapporteur.source;

/**
 * Text made safe to print as one line on a terminal. Messages carry what authors and file systems supply (YAML
 * keys, values, file and sheet names, command-line arguments), and a terminal acts on some characters instead of
 * showing them: escape sequences clear the screen or retitle the window, bidirectional overrides reorder what is
 * shown, and a newline in a file name splits its message in two. Those characters become visible escapes:
 *
 * <ul>
 *   <li>C0 controls, DEL and C1 controls: {@code \n}, {@code \r}, {@code \t}, else {@code \x1b} (two hex digits);</li>
 *   <li>bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A to U+202E,
 *       U+2066 to U+2069), line and paragraph separators (U+2028, U+2029) and unpaired surrogates:
 *       {@code \u202e} (four hex digits).</li>
 * </ul>
 *
 * Everything else is kept as it is, so ordinary text (accents, Welsh, Chinese, emoji) reads normally, and applying
 * it twice changes nothing. Every line Rapporteur prints passes through {@link #line(String)} where it is printed.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} as one printable line; "null" for null. */
    public static String line(Object text) {
        String s = String.valueOf(text);
        int first = firstUnsafe(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (!unsafe(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x100) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A control or bidirectional formatting character: one a terminal acts on or that reorders the text around it
     * (C0, DEL, C1, the bidirectional marks, overrides and isolates, line and paragraph separators).
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }

    /** A control character, or half of a surrogate pair (called only for one found unpaired). */
    private static boolean unsafe(char c) {
        return isControl(c) || Character.isSurrogate(c);
    }
}
