package org.rapporteur.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Rating;
import org.rapporteur.framework.Standard;
import org.rapporteur.rate.KeyQuestionResult;
import org.rapporteur.rate.Ratings;
import org.rapporteur.rate.StandardRating;

/**
 * Ratings quoted in prose ("rated the staffing arrangements as 'Outstanding'", "Overall, ... 'Good'", a standard's
 * narrative saying its rating) agree with the calculation: the overall rating, or the rating of the standard the
 * words around the rating name ({@link RatingSubjects}). A rating with no named subject must at least be one the
 * report gives (in a domain's findings, one of that domain's standards gives). Not claims about this report: a
 * rating said not to be reached ("not 'Outstanding'", "would be", "instead of", "if", "aims for"), a sentence
 * listing the scale, text that does not report this inspection's ratings (methodology, glossary, practice examples,
 * recommendations) and {{literal 'Good'}}.
 */
final class RatingClaims {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Words shortly before a rating that say it is not given, or not this inspection's. */
    private static final Pattern NOT_A_CLAIM = Pattern.compile("\\b(?:(?:not|never|no|none|neither|nor|than|from)\\b"
            + "(?:\\W+\\w+){0,3}|(?:no longer|short of|rather than|instead of|would|could|might|if|unless|whether|aim"
            + "|aims|aiming|achieve|achieving|become|becoming|reach|reaching|towards|next)\\b(?:\\W+\\w+){0,7})"
            + "\\W*$", FLAGS);
    private static final Pattern HYPOTHETICAL = Pattern.compile("[\\s*_>#-]*(?:if|unless|suppose|say)\\b", FLAGS);
    /**
     * "rated the service as Outstanding", "the overall rating is Good", "judged to be Requires improvement": a verb of
     * rating, a few words, then the rating word unquoted but capitalised as the framework writes it (a capital in the
     * middle of a sentence marks the rating, where "rated as good as any" is an ordinary word).
     */
    private static final String FAR_VERB = "\\b(?:rated|rating|ratings|judged|graded|assessed|found)\\b"
            + "[^.;:!?'\u2018\u2019]{0,60}?\\b(?:as|of|is|was|were|be|at)\\s+";
    private static final Pattern BAND = Pattern.compile("^\\s*['\u2019\"\u201d]?\\s*(?:band|range)\\b", FLAGS);

    private final Ratings ratings;
    private final RatingSubjects subjects;
    private final Disagreements out;
    private final Map<String, Rating> byWord = new LinkedHashMap<>();
    private final Pattern mention;

    private RatingClaims(Framework framework, Ratings ratings, RatingSubjects subjects, Disagreements out) {
        this.ratings = ratings;
        this.subjects = subjects;
        this.out = out;
        for (Rating r : framework.ratings()) {
            byWord.put(r.label().word().toLowerCase(Locale.ROOT), r);
            byWord.putIfAbsent(r.name().toLowerCase(Locale.ROOT), r);
        }
        String any = byWord.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        String capitalised = framework.ratings().stream().map(r -> r.label().word())
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        mention = Pattern.compile("(?<![\\w'\u2019])['\u2018\u2019](" + any + ")['\u2019](?!\\w)"
                + "|\\brated(?:\\s+as)?:?\\s+[*_]{0,3}[\"\u201c]?[*_]{0,3}(" + any + ")\\b"
                + (capitalised.isEmpty() ? "" : "|" + FAR_VERB + "[*_\"\u201c]{0,3}(?-i:(" + capitalised + "))\\b"),
                FLAGS);
    }

    /** Checks every piece of prose; nothing to check when the framework rates nothing. */
    static void check(Framework framework, Ratings ratings, RatingSubjects subjects, List<ScopedProse> prose,
                      Disagreements out) {
        if (framework.ratings().isEmpty()) {
            return;
        }
        RatingClaims claims = new RatingClaims(framework, ratings, subjects, out);
        prose.stream().filter(p -> p.scope() != ScopedProse.Scope.REFERENCE).forEach(claims::check);
    }

    private record Mention(int start, int end, Rating rating) {
    }

    private void check(ScopedProse p) {
        ClaimText t = new ClaimText(p.prose());
        String text = t.text();
        for (int[] sentence : t.sentences()) {
            List<Mention> mentions = new ArrayList<>();
            Matcher m = mention.matcher(text).region(sentence[0], sentence[1]);
            while (m.find()) {
                String word = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))
                        .replaceAll("\\s+", " ");
                int start = m.group(3) != null ? m.start(3) : m.start(); // a far rating is located at its word
                mentions.add(new Mention(start, m.end(), byWord.get(word.toLowerCase(Locale.ROOT))));
            }
            boolean hypothetical = HYPOTHETICAL.matcher(text).region(sentence[0], sentence[1]).lookingAt();
            if (hypothetical || listsTheScale(text, mentions)) {
                continue;
            }
            for (int i = 0; i < mentions.size(); i++) {
                int from = i == 0 ? sentence[0] : mentions.get(i - 1).end();
                int to = i == mentions.size() - 1 ? sentence[1] : mentions.get(i + 1).start();
                Mention here = mentions.get(i);
                if (!NOT_A_CLAIM.matcher(text.substring(from, here.start())).find()) {
                    claim(p, t, here, text.substring(from, to), from,
                            BAND.matcher(text.substring(here.end(), to)).find());
                }
            }
        }
    }

    /** "rated 'Outstanding', 'Good', 'Requires improvement' or 'Inadequate'": the scale, not a finding. */
    private static boolean listsTheScale(String text, List<Mention> mentions) {
        Set<Rating> distinct = new LinkedHashSet<>();
        mentions.forEach(x -> distinct.add(x.rating()));
        for (int i = 1; i < mentions.size(); i++) {
            String between = text.substring(mentions.get(i - 1).end(), mentions.get(i).start());
            if (between.matches("(?i)\\s*(?:,\\s*)?or\\s+")) {
                return true;
            }
        }
        return distinct.size() >= 3;
    }

    private void claim(ScopedProse p, ClaimText t, Mention m, String context, int from, boolean band) {
        RatingSubjects.Subject subject = subjects.of(context, m.start() - from, m.end() - from, p);
        String said = quoted(m.rating());
        String literal = "; or {{literal " + said + "}} if it is not a rating of this inspection";
        if (subject.overall()) {
            Rating overall = ratings.overall();
            if (overall == null || overall.equals(m.rating()) || band && overallBand(m.rating())) {
                return;
            }
            out.report(t, m.start(), "the prose says " + said + " but the calculated overall rating is "
                    + quoted(overall), "write {{overall}}, which is always right" + literal);
            return;
        }
        List<StandardRating> rated = new ArrayList<>();
        boolean named = subject.named();
        List<Standard> candidates = named ? subject.standards() : fallback(p);
        if (candidates == null) {
            return;
        }
        for (Standard s : candidates) {
            ratings.standard(s.id()).filter(StandardRating::rated).ifPresent(rated::add);
        }
        if (rated.isEmpty() || rated.stream().anyMatch(r -> gives(r, m.rating(), band))
                || !named && p.scope() == ScopedProse.Scope.REPORT && m.rating().equals(ratings.overall())) {
            return;
        }
        String forms = rated.stream().map(r -> "{{" + r.id() + " rating}}").collect(Collectors.joining(" or "));
        String given = rated.stream().map(r -> r.id() + " " + r.standard().name() + " is rated "
                + quoted(r.rating())).collect(Collectors.joining(", "));
        if (named) {
            out.report(t, m.start(), "the prose says " + said + " but " + given,
                    "write " + forms + ", which is always right" + literal);
        } else {
            out.report(t, m.start(), "the prose says " + said + " but no standard "
                    + (p.scope() == ScopedProse.Scope.DOMAIN ? "of this domain " : "") + "is rated " + said
                    + (ratings.overall() == null || p.scope() != ScopedProse.Scope.REPORT ? ""
                            : " and the overall rating is " + quoted(ratings.overall())),
                    "name the standard and write its rating, e.g. {{" + rated.get(0).id() + " rating}}"
                            + (p.scope() == ScopedProse.Scope.REPORT ? ", or {{overall}}" : "") + literal);
        }
    }

    /** Where a rating that names nothing may come from; null when such a rating is not checked. */
    private List<Standard> fallback(ScopedProse p) {
        return switch (p.scope()) {
            case STANDARD -> List.of(p.standard());
            case DOMAIN -> p.domain().standards();
            case REPORT -> ratings.standards().stream().map(StandardRating::standard).toList();
            case REFERENCE -> null; // not read: see check
        };
    }

    /** The standard is rated so, by the rules or by discretion, or (of a band) one of its key questions is. */
    private static boolean gives(StandardRating r, Rating said, boolean band) {
        if (said.equals(r.rating()) || said.equals(r.calculated())) {
            return true;
        }
        return band && r.keyQuestions().stream().filter(KeyQuestionResult::rated)
                .anyMatch(k -> k.band() != null && said.equals(k.band().rating()));
    }

    private boolean overallBand(Rating said) {
        return ratings.score() != null && ratings.framework().scoring() != null
                && ratings.framework().scoring().bandFor(ratings.score())
                        .map(b -> said.equals(b.rating())).orElse(false);
    }

    private static String quoted(Rating r) {
        return "'" + r.label().word() + "'";
    }
}
