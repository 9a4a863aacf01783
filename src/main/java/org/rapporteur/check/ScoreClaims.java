package org.rapporteur.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.FigureReference;
import org.rapporteur.rate.Ratings;
import org.rapporteur.text.Words;

/**
 * Scores written in prose agree with the calculated score and its maximum: "a score of 22", "scored 22 out of
 * 36", "Score 22/36", a bare "34 out of 36" (out of the maximum score, and not a count of cases), and "{{score}}
 * out of 40" (the maximum is wrong). A score out of another maximum ("a survey score of 10 out of 10") is not this
 * report's.
 */
final class ScoreClaims {

    private static final String NUMBER = "(" + Words.NUMBER_PATTERN + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SCORE = Pattern.compile("\\bscor(?:e|ed|es|ing)\\b(?:\\s+(?:of|was|is|at|totalled"
            + "|totals|reached|a|total)\\b)*\\s*[:=]?\\s*(?<![\\w.])" + NUMBER + "(?![\\w%]|\\.\\d)"
            + "(?:\\s*(?:/|out\\s+of)\\s*" + NUMBER + "(?![\\w/]|\\.\\d))?", FLAGS);
    private static final Pattern OUT_OF = Pattern.compile("(?<![\\w./])" + NUMBER + "\\s*(?:/|out\\s+of)\\s*"
            + "(\\d{1,4})(?![\\w/%]|\\.\\d)(?!\\s*per\\s*cent)(\\s+\\p{L}+)?", FLAGS);
    private static final Pattern AFTER_BOUND = Pattern.compile("^\\s*(?:/|out\\s+of)\\s*(\\d{1,4})(?![\\w/]|\\.\\d)",
            FLAGS);
    /** Words after "N out of M" that still make it a score. */
    private static final Set<String> SCORE_WORDS = Set.of("points", "possible", "available", "overall", "and", "or",
            "for", "in", "on", "at", "with", "which", "is", "was");

    private ScoreClaims() {
    }

    static void check(Ratings ratings, List<ScopedProse> prose, Disagreements out) {
        int max = ratings.maxScore();
        if (max <= 0) {
            return;
        }
        for (ScopedProse p : prose) {
            ClaimText t = new ClaimText(p.prose());
            String text = t.text();
            Set<Integer> seen = new HashSet<>();
            for (FigureReference ref : FigureReference.in(p.prose().markdown())) {
                Matcher m = AFTER_BOUND.matcher(text.substring(ref.end()));
                if (ref.subject().equalsIgnoreCase("score") && m.find() && Integer.parseInt(m.group(1)) != max) {
                    out.report(t, ref.end() + m.start(1), "the prose says {{score}} out of " + m.group(1)
                            + " but the maximum score is " + max, "write {{max-score}}, which is always right");
                }
            }
            if (ratings.score() == null) {
                continue;
            }
            Matcher m = SCORE.matcher(text);
            while (m.find()) {
                seen.add(m.start(1));
                if (m.group(2) == null || Words.parse(m.group(2)).orElse(-1) == max) {
                    claim(t, m.start(1), m.group(1), m.group(2), ratings, out); // "10 out of 10": another scale
                }
            }
            Matcher bare = OUT_OF.matcher(text);
            while (bare.find()) {
                String next = bare.group(3) == null ? "" : bare.group(3).trim().toLowerCase(java.util.Locale.ROOT);
                boolean score = Integer.parseInt(bare.group(2)) == max
                        && (next.isEmpty() || SCORE_WORDS.contains(next));
                if (score && seen.add(bare.start(1))) {
                    claim(t, bare.start(1), bare.group(1), bare.group(2), ratings, out);
                }
            }
        }
    }

    private static void claim(ClaimText t, int at, String score, String outOf, Ratings ratings,
                              Disagreements out) {
        int said = Words.parse(score).orElse(-1);
        String written = score + (outOf == null ? "" : " out of " + outOf);
        if (said >= 0 && said != ratings.score()) {
            out.report(t, at, "the prose gives the score as " + written + " but the calculated score is "
                    + ratings.score() + " out of " + ratings.maxScore(), "write {{score}} out of {{max-score}},"
                    + " which is always right; or {{literal " + written + "}} if it is not a score of this inspection");
        }
    }
}
