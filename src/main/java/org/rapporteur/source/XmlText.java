package org.rapporteur.source;

/**
 * Text made safe to stand in XML or HTML: in an element's content or in a double-quoted attribute. The four
 * characters markup reads ({@code & < > "}) become entities, and the C0 controls XML 1.0 forbids (all but tab,
 * line feed and carriage return) become spaces; everything else is kept as it is.
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code text} escaped for an element's content or a double-quoted attribute. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
