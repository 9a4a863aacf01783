package org.rapporteur.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text written as a YAML scalar that reads back as the same string: plain when that is unambiguous, else
 * double-quoted with escapes. The one quoter for every YAML file Rapporteur writes.
 */
public final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/()&'+,-]*");
    /** Words YAML 1.1 reads as booleans, null or numbers, so plain they would not be text. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null",
            "nan", "inf");

    private YamlText() {
    }

    /** Plain when that is unambiguous text, else double-quoted with escapes. */
    public static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return quoted(text);
    }

    /**
     * Always double-quoted: quotes and backslashes escaped, line ends and tabs as {@code \n}, {@code \r} and
     * {@code \t}, and the other controls, C1, the byte order mark and the line and paragraph separators as a
     * backslash, u and four hex digits.
     */
    public static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF
                            || cp == 0x2028 || cp == 0x2029) {
                        b.append(String.format("\\u%04X", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
