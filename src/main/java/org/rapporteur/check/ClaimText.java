package org.rapporteur.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Prose;
import org.rapporteur.source.SourcePosition;

/**
 * A piece of prose as the claim checks read it: {{figure}} references (bound figures and {{literal ...}} ones) and
 * link targets blanked out, offsets kept, so what is left is what an author wrote as a literal claim; and its
 * sentences, so a claim is read with the words around it.
 */
final class ClaimText {

    /** Where one sentence ends and the next starts: after . ! ? (and any closing quote), a blank line, a list item. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[.!?][\"'\u201d\u2019)]{0,3})\\s+|\\n\\s*\\n|\\n(?=[ \\t]*(?:[-*+]|\\d{1,9}[.)])\\s)");

    private final Prose prose;
    private final String text;

    ClaimText(Prose prose) {
        this.prose = prose;
        this.text = Lints.withoutLinksAndReferences(prose.markdown());
    }

    Prose prose() {
        return prose;
    }

    /** The prose's Markdown with figures and link targets blanked. */
    String text() {
        return text;
    }

    SourcePosition at(int offset) {
        return prose.positionAt(offset);
    }

    /** The sentences, as {start, end} offsets into {@link #text()}. */
    List<int[]> sentences() {
        List<int[]> all = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                all.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        if (start < text.length()) {
            all.add(new int[] {start, text.length()});
        }
        return all;
    }
}
