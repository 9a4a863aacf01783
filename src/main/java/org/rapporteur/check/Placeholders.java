package org.rapporteur.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.SourceText;

/**
 * The TODO markers (and other placeholders: {@link #OTHER}) left in a report: in any value (and key) of any file, whatever the model makes of it, so a name,
 * a title, a table cell, a glossary term, a case disposal or a pack field is caught as surely as prose; and in the
 * comment after a value ({@code kind: YJS  # TODO YOT, YOS or YJS}), which is how {@code rapporteur new} marks a value
 * it could only guess (a placeholder date, a kind). Each is located at the marker itself.
 */
final class Placeholders {

    /** TODO as a word, in any capitals: not part of a longer word ("todos"), but "TODO-court-01" and "TODO:". */
    static final Pattern MARKER = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:todo)(?![\\p{L}\\p{N}])");

    /**
     * The other marks a writer leaves for later, which no published report holds: FIXME (any capitals), TBC, TBD and
     * XXX as capitals (words of their own), an editor's "[insert ...]", dummy text ("lorem ipsum") and "???".
     */
    static final Pattern OTHER = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?i:fixme)|TBC|TBD|XXX)(?![\\p{L}\\p{N}])"
            + "|\\[\\s*(?i:insert)\\b|(?i:lorem\\s+ipsum)|\\?{3,}");

    /** A marker found: where, what to tell the author, and whether it is a TODO (not another placeholder). */
    record Marker(SourcePosition at, String message, String hint, boolean todo) {
    }

    private final SourceLocator locator = new SourceLocator();

    private Placeholders() {
    }

    /** Every marker in these texts, in the order of the texts. */
    static List<Marker> find(List<SourceText> texts) {
        Placeholders p = new Placeholders();
        List<Marker> found = new ArrayList<>();
        for (SourceText t : texts) {
            boolean marked = p.inValue(t, found);
            if (!t.isKey() && !marked) {
                p.inComment(t, found); // a value marked itself is told once, at its own marker
            }
        }
        return found;
    }

    private boolean inValue(SourceText t, List<Marker> found) {
        Matcher m = MARKER.matcher(t.text());
        boolean any = false;
        while (m.find()) {
            any = true;
            found.add(new Marker(locator.positionOf(t, m.start()), "a TODO marker remains in " + what(t)
                    + ", so the report cannot be built as final", "finish it, or build with --draft", true));
        }
        Matcher other = OTHER.matcher(t.text());
        while (other.find()) {
            found.add(new Marker(locator.positionOf(t, other.start()), "a placeholder ('"
                    + other.group().strip() + "') remains in " + what(t) + ", so the report cannot be built as final",
                    "write what it stands for, or build with --draft", false));
        }
        return any;
    }

    /** A comment after the value, on its line, that holds a marker: the value is still to be confirmed. */
    private void inComment(SourceText t, List<Marker> found) {
        int[] cps = locator.codePoints(t.at().file());
        if (cps == null || t.start() < 0 || t.end() > cps.length || t.start() >= t.end()) {
            return;
        }
        int first = cps[t.start()];
        int last = cps[t.end() - 1];
        if (first == '|' || first == '>' || last == '\n' || last == '\r') {
            return; // a block scalar: it ends on a later line, and what follows it is not its comment
        }
        int i = t.end();
        while (i < cps.length && (cps[i] == ' ' || cps[i] == '\t' || cps[i] == ',' || cps[i] == '}' || cps[i] == ']')) {
            i++;
        }
        if (i >= cps.length || cps[i] != '#') {
            return;
        }
        int end = i;
        while (end < cps.length && cps[end] != '\n' && cps[end] != '\r') {
            end++;
        }
        String comment = new String(cps, i, end - i);
        Matcher m = MARKER.matcher(comment);
        if (m.find()) {
            SourcePosition at = locator.positionOfIndex(t, i + comment.codePointCount(0, m.start()));
            found.add(new Marker(at, "this line is still marked TODO in its comment, so its value counts as a"
                    + " placeholder and the report cannot be built as final", "check the value, then delete the TODO"
                    + " from the comment", true));
        }
    }

    private static String what(SourceText t) {
        if (t.isKey()) {
            return "a key";
        }
        if (t.key() == null) {
            return "a value";
        }
        String key = t.key().length() > 40 ? t.key().substring(0, 37) + "..." : t.key();
        return "'" + key + "'";
    }
}
