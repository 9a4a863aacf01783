package org.rapporteur.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author's reference in prose to a figure the build computes, written in double braces:
 * {@code {{2.1.3}}} (a key question's percentage), {@code {{2.1.3 cases}}} ("six of the seven cases"),
 * {@code {{2.1 rating}}}, {@code {{sample court}}}, {@code {{recommendations}}}, {@code {{score}}} and so on.
 * It is data resolved by Rapporteur itself, never a template expression.
 */
public record FigureReference(String source, String subject, String aspect, int start, int end) {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^{}\\n]*?)\\s*}}");

    /** Every reference in a piece of Markdown, with its character offsets. */
    public static List<FigureReference> in(String markdown) {
        List<FigureReference> refs = new ArrayList<>();
        if (markdown == null) {
            return refs;
        }
        Matcher m = REFERENCE.matcher(markdown);
        while (m.find()) {
            String[] words = m.group(1).trim().split("\\s+", 2);
            refs.add(new FigureReference(m.group(), words[0], words.length > 1 ? words[1].trim() : "", m.start(),
                    m.end()));
        }
        return refs;
    }
}
