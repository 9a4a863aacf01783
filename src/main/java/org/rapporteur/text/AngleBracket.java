package org.rapporteur.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * A '<' in prose: the start of an autolink ({@code <https://...>}, {@code <name@example.org>}), left to
 * commonmark, or else a plain '<'. Raw HTML is printed as text either way; never letting a '<' start commonmark's
 * HTML scanning keeps parsing linear: that scanning looks to the end of the paragraph for each '<', so a
 * paragraph of 10,000 '<' took seconds, and a report of them minutes.
 */
final class AngleBracket implements InlineContentParserFactory {

    /** CommonMark's autolinks: a URI with a scheme, or an e-mail address, between angle brackets. */
    private static final Pattern URI = Pattern.compile("<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\\x00-\\x20]*>");
    private static final Pattern EMAIL = Pattern.compile("<[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>");

    /** Longer autolinks are printed as text (a word that long is refused anyway). */
    private static final int MAX_AUTOLINK = 2048;

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('<');
    }

    @Override
    public InlineContentParser create() {
        return state -> {
            Scanner scanner = state.scanner();
            Position start = scanner.position();
            StringBuilder token = new StringBuilder().append(scanner.peek());
            scanner.next();
            while (scanner.hasNext() && token.length() <= MAX_AUTOLINK) {
                char c = scanner.peek();
                if (c == '<' || c <= ' ') {
                    break;
                }
                token.append(c);
                scanner.next();
                if (c == '>') {
                    break;
                }
            }
            scanner.setPosition(start);
            if (URI.matcher(token).matches() || EMAIL.matcher(token).matches()) {
                return ParsedInline.none(); // commonmark's own autolink parser takes it
            }
            scanner.next();
            return ParsedInline.of(new Text("<"), scanner.position());
        };
    }
}
