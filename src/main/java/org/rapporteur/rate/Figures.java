package org.rapporteur.rate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Rating;
import org.rapporteur.model.FigureReference;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Report;

/**
 * Resolves figure references in prose to house-style text: percentages as "37 per cent", counts under ten in
 * words ("six of the seven cases"), ratings in single quotes. What cannot be resolved says why.
 */
public record Figures(Framework framework, Report report, Ratings ratings) {

    /** A reference's text, or why it has none. */
    public record Resolution(String text, String problem, String hint) {
        static Resolution of(String text) {
            return new Resolution(text, null, null);
        }

        static Resolution problem(String problem, String hint) {
            return new Resolution(null, problem, hint);
        }

        public boolean resolved() {
            return text != null;
        }
    }

    public static final String FORMS = "{{2.1.3}}, {{2.1.3 cases}}, {{2.1.3 yes}}, {{2.1.3 applicable}}, {{2.1.1a}},"
            + " {{2.1 rating}}, {{sample court}}, {{recommendations}}, {{score}}, {{max-score}}, {{overall}},"
            + " {{literal 76%}}";

    /**
     * The subject of a literal figure, {@code {{literal 76%}}}: a figure that is not from the case sample (police
     * data, a survey, an earlier inspection), printed exactly as typed and never checked against the calculation.
     */
    public static final String LITERAL = "literal";

    public Resolution resolve(FigureReference ref) {
        String subject = ref.subject().toLowerCase(Locale.ROOT);
        String aspect = ref.aspect().toLowerCase(Locale.ROOT);
        if (subject.matches("\\d+\\.\\d+\\.\\d+[a-z]")) {
            return prompt(subject.substring(0, subject.length() - 1), subject.substring(subject.length() - 1), aspect);
        }
        if (subject.matches("\\d+\\.\\d+\\.\\d+")) {
            return keyQuestion(subject, aspect);
        }
        if (subject.matches("\\d+\\.\\d+")) {
            return standard(subject, aspect);
        }
        return switch (subject) {
            case LITERAL -> ref.aspect().isEmpty() ? Resolution.problem("a literal figure needs its text",
                    "write it after the word, e.g. {{literal 76%}}") : Resolution.of(ref.aspect());
            case "sample" -> sample(aspect);
            case "recommendations" -> noAspect(aspect, words(report.allRecommendations().size()));
            case "score" -> ratings.score() == null ? Resolution.problem("the report has no score yet",
                    "every scored standard must be rated") : noAspect(aspect, ratings.score().toString());
            case "max-score" -> noAspect(aspect, Integer.toString(ratings.maxScore()));
            case "overall" -> ratings.overall() == null ? Resolution.problem("the report has no overall rating yet",
                    "every scored standard must be rated") : noAspect(aspect, quoted(ratings.overall()));
            default -> Resolution.problem("unknown figure '" + ref.source() + "'", "figures are " + FORMS);
        };
    }

    private Resolution keyQuestion(String id, String aspect) {
        Optional<KeyQuestionResult> kq = ratings.standards().stream().flatMap(s -> s.keyQuestions().stream())
                .filter(k -> k.id().equals(id)).findFirst();
        if (kq.isEmpty()) {
            boolean exists = framework.keyQuestions().containsKey(id);
            return Resolution.problem(exists ? "key question " + id + " has no figures (it is not rated from cases)"
                    : "framework " + framework.id() + " has no key question " + id,
                    org.rapporteur.source.Suggestions.didYouMean(id, framework.keyQuestions().keySet()));
        }
        KeyQuestionResult k = kq.get();
        if (!k.rated()) {
            return Resolution.problem("key question " + id + " applied to no case", "remove the reference");
        }
        if (k.published() && !aspect.isEmpty() && !aspect.equals("percent")) {
            return Resolution.problem("only the published percentage of " + id + " is known, not its cases",
                    "write {{" + id + "}}");
        }
        return switch (aspect) {
            case "", "percent" -> Resolution.of(k.percent() + " per cent");
            case "cases" -> Resolution.of(words(k.tally().yes()) + " of the " + words(k.tally().applicable())
                    + " case" + (k.tally().applicable() == 1 ? "" : "s"));
            case "yes" -> Resolution.of(words(k.tally().yes()));
            case "applicable" -> Resolution.of(words(k.tally().applicable()));
            default -> Resolution.problem("unknown aspect '" + aspect + "' of key question " + id,
                    "use {{" + id + "}}, {{" + id + " cases}}, {{" + id + " yes}} or {{" + id + " applicable}}");
        };
    }

    private Resolution prompt(String kqId, String letter, String aspect) {
        Optional<KeyQuestionResult> kq = ratings.standards().stream().flatMap(s -> s.keyQuestions().stream())
                .filter(k -> k.id().equals(kqId)).findFirst();
        Optional<PromptResult> p = kq.flatMap(k -> k.prompts().stream()
                .filter(x -> x.prompt().letter().equals(letter)).findFirst());
        if (p.isEmpty() || p.get().percent() == null) {
            return Resolution.problem("prompt " + letter + " of key question " + kqId + " has no figures",
                    "check the key question and letter");
        }
        return switch (aspect) {
            case "", "percent" -> Resolution.of(p.get().percent() + " per cent");
            case "cases" -> Resolution.of(words(p.get().tally().yes()) + " of the "
                    + words(p.get().tally().applicable()) + " cases");
            default -> Resolution.problem("unknown aspect '" + aspect + "' of a prompt", "use {{" + kqId + letter
                    + "}} or {{" + kqId + letter + " cases}}");
        };
    }

    private Resolution standard(String id, String aspect) {
        Optional<StandardRating> s = ratings.standard(id);
        if (s.isEmpty()) {
            return Resolution.problem("framework " + framework.id() + " has no standard " + id, null);
        }
        if (!aspect.isEmpty() && !aspect.equals("rating")) {
            return Resolution.problem("unknown aspect '" + aspect + "' of standard " + id, "use {{" + id + " rating}}");
        }
        return s.get().rating() == null ? Resolution.problem("standard " + id + " is not rated", null)
                : Resolution.of(quoted(s.get().rating()));
    }

    private Resolution sample(String type) {
        if (framework.caseType(type).isEmpty()) {
            return Resolution.problem("unknown case type '" + type + "'", "use one of " + String.join(", ",
                    framework.caseTypes().stream().map(c -> "{{sample " + c.id() + "}}").toList()));
        }
        return Resolution.of(words(ratings.sampleSizes().getOrDefault(type, 0)));
    }

    private static Resolution noAspect(String aspect, String text) {
        return aspect.isEmpty() ? Resolution.of(text) : Resolution.problem("this figure has no '" + aspect + "'",
                "remove '" + aspect + "'");
    }

    /** The rating as the report prints it (the framework's shown word), in single quotes. */
    private static String quoted(Rating r) {
        return "'" + r.label().word() + "'";
    }

    static String words(int n) {
        return org.rapporteur.text.Words.number(n);
    }

    /**
     * {@code literal}, a piece of {@code prose} (all of its Markdown, or one literal of the parsed document), with its
     * references resolved (unresolved ones left as typed). {@code at} is where the literal was typed in the prose's
     * Markdown or before it: a figure that starts a sentence there starts with a capital.
     */
    public String fill(Prose prose, String literal, int at) {
        List<FigureReference> refs = FigureReference.in(literal);
        if (refs.isEmpty()) {
            return literal;
        }
        String md = prose.markdown();
        int from = Math.max(0, at);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (FigureReference ref : refs) {
            out.append(literal, last, ref.start());
            Resolution r = resolve(ref);
            String text = r.resolved() ? r.text() : ref.source();
            int typed = md.indexOf(ref.source(), from);
            boolean starts = typed >= 0 ? sentenceStart(md, typed) : sentenceStart(literal, ref.start());
            if (typed >= 0) {
                from = typed + ref.source().length();
            }
            boolean asTyped = ref.subject().equalsIgnoreCase(LITERAL);
            if (starts && !asTyped && !text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
                text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
            out.append(text);
            last = ref.end();
        }
        return out.append(literal.substring(last)).toString();
    }

    /**
     * Whether a figure typed at {@code at} starts a sentence: at the start of the text, after the end of a sentence
     * (". ", "?) "), at the start of a paragraph, heading, quote or list item. A line break inside a sentence
     * starts nothing: "only\n{{2.1.3 cases}}" stays "only eight of the 16 cases".
     */
    static boolean sentenceStart(String md, int at) {
        int lineStart = md.lastIndexOf('\n', at - 1) + 1;
        String before = md.substring(lineStart, at);
        if (!before.isBlank()) {
            if (BLOCK_MARKERS.matcher(before).matches()) {
                return true;
            }
            int i = at - 1;
            while (i >= lineStart && Character.isWhitespace(md.charAt(i))) {
                i--;
            }
            return i < at - 1 && endsSentence(md, i);
        }
        if (lineStart == 0) {
            return true;
        }
        int i = lineStart - 1;
        int breaks = 0;
        while (i >= 0 && Character.isWhitespace(md.charAt(i))) {
            breaks += md.charAt(i) == '\n' ? 1 : 0;
            i--;
        }
        if (i < 0 || breaks >= 2 || endsSentence(md, i)) {
            return true; // a paragraph's first line, or a line after the end of a sentence
        }
        String previousLine = md.substring(md.lastIndexOf('\n', i) + 1, i + 1);
        return HEADING.matcher(previousLine).lookingAt();
    }

    /** List markers, block quotes and headings before the first word of a line. */
    private static final java.util.regex.Pattern BLOCK_MARKERS = java.util.regex.Pattern.compile(
            "\\s*(?:(?:[-*+]|\\d{1,9}[.)]|>|#{1,6})\\s+)+");
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("\\s{0,3}#{1,6}\\s");

    /** Whether the text ending at {@code i} ends a sentence: ".", "!" or "?", perhaps inside quotes or brackets. */
    private static boolean endsSentence(String md, int i) {
        while (i >= 0 && "\"'\u201d\u2019)]*_".indexOf(md.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(md.charAt(i)) >= 0;
    }
}
