package org.rapporteur.rate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.framework.Band;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.KeyQuestion;
import org.rapporteur.framework.LimitingJudgement;
import org.rapporteur.framework.OverallBand;
import org.rapporteur.framework.Rating;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.Answer;
import org.rapporteur.model.CaseAnswer;
import org.rapporteur.model.Discretion;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.PublishedFigure;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;

/**
 * Applies the framework's published rules (seed 004 Annexe 2): key-question percentages over the cases they apply
 * to, printed as whole numbers; a key question's band from its printed number; a standard's rating from its lowest
 * key question (ties kept); discretion only with a reason; the total score and its overall band; standards outside
 * the score; limiting judgements; standards not rated without their cases. Assumes a checked report and never
 * throws on an unchecked one: what it cannot rate it leaves unrated, and says why.
 */
public final class RatingCalculator {

    private RatingCalculator() {
    }

    public static Ratings rate(Framework framework, Report report) {
        Map<String, Integer> samples = sampleSizes(framework, report);
        List<StandardRating> standards = new ArrayList<>();
        for (Standard s : framework.standards()) {
            standards.add(rateStandard(framework, s, report, samples));
        }
        return overall(framework, standards, samples);
    }

    /** Cases per case type: counted from the case data, or as stated in report.yaml's sample when there is none. */
    static Map<String, Integer> sampleSizes(Framework framework, Report report) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        framework.caseTypes().forEach(t -> {
            int counted = report.casesOfType(t.id()).size();
            Integer stated = report.metadata() == null ? null : report.metadata().sample().get(t.id());
            sizes.put(t.id(), counted > 0 || stated == null ? counted : stated);
        });
        return sizes;
    }

    private static StandardRating rateStandard(Framework f, Standard s, Report report, Map<String, Integer> samples) {
        Optional<StandardContent> content = report.standard(s.id());
        Discretion discretion = content.map(StandardContent::discretion).orElse(null);
        List<String> why = new ArrayList<>();
        int cases = s.caseType() != null ? samples.getOrDefault(s.caseType(), 0) : 0;

        if (s.ratedOnlyWithCases() != null && samples.getOrDefault(s.ratedOnlyWithCases(), 0) == 0) {
            why.add("Not rated: there were no " + caseTypeName(f, s.ratedOnlyWithCases()) + "s to inspect.");
            return new StandardRating(s, null, null, List.of(), null, 0, why);
        }
        if (!s.ratedFromCases()) {
            Rating given = content.map(StandardContent::rating).flatMap(f::rating).orElse(null);
            if (given == null) {
                why.add("Not rated: inspectors' rating is missing.");
            } else {
                why.add("'" + given.name() + "' by inspectors' judgement on qualitative evidence.");
            }
            return new StandardRating(s, given, given, List.of(), null, 0, why);
        }

        List<KeyQuestionResult> raw = keyQuestions(f, s, report, content);
        Integer lowest = raw.stream().filter(KeyQuestionResult::rated).map(KeyQuestionResult::percent)
                .min(Integer::compare).orElse(null);
        List<KeyQuestionResult> results = raw.stream().map(k -> new KeyQuestionResult(k.keyQuestion(), k.tally(),
                k.percent(), k.published(), k.band(), k.rated() && k.percent().equals(lowest), k.prompts())).toList();
        for (KeyQuestionResult k : results) {
            if (!k.rated()) {
                why.add("Key question " + k.id() + " applied to none of the " + cases + " cases and is left out.");
            }
        }
        if (lowest == null) {
            why.add("Not rated: no key question of " + s.id() + " applied to any inspected case.");
            return new StandardRating(s, null, null, results, discretion, cases, why);
        }
        Band band = f.bandFor(lowest);
        List<String> lowestIds = results.stream().filter(KeyQuestionResult::lowest).map(KeyQuestionResult::id).toList();
        why.add((lowestIds.size() == 1 ? "Lowest key question " + lowestIds.get(0)
                : "Lowest key questions " + String.join(" and ", lowestIds)) + " at " + lowest + "% "
                + (results.get(0).published() ? "(published figure) " : "")
                + (lowestIds.size() == 1 ? "falls" : "fall") + " in the '" + band.rating().name() + "' band ("
                + band.range() + ", "
                + band.label().toLowerCase(java.util.Locale.ROOT) + ").");
        Rating calculated = band.rating();
        Rating rating = calculated;
        if (discretion != null && discretion.rating() != null && discretion.reason() != null
                && !discretion.reason().isBlank()) {
            Optional<Rating> chosen = f.rating(discretion.rating());
            if (chosen.isPresent() && !chosen.get().equals(calculated)) {
                rating = chosen.get();
                why.add("Professional discretion: rated '" + rating.name() + "' instead of '" + calculated.name()
                        + "'" + (discretion.keyQuestion() != null ? " on key question " + discretion.keyQuestion() : "")
                        + ". Reason: " + discretion.reason().strip());
            }
        }
        return new StandardRating(s, calculated, rating, results, discretion, cases, why);
    }

    private static List<KeyQuestionResult> keyQuestions(Framework f, Standard s, Report report,
                                                        Optional<StandardContent> content) {
        Map<String, PublishedFigure> figures = new LinkedHashMap<>();
        content.ifPresent(c -> c.figures().forEach(p -> figures.put(p.keyQuestion(), p)));
        List<InspectedCase> cases = report.casesOfType(s.caseType());
        List<KeyQuestionResult> results = new ArrayList<>();
        for (KeyQuestion kq : s.keyQuestions()) {
            if (cases.isEmpty() && figures.containsKey(kq.id())) {
                int p = figures.get(kq.id()).percent();
                results.add(new KeyQuestionResult(kq, Tally.NONE, p, true, f.bandFor(p), false, List.of()));
                continue;
            }
            Tally tally = Tally.NONE;
            List<Tally> prompts = new ArrayList<>();
            kq.prompts().forEach(p -> prompts.add(Tally.NONE));
            for (InspectedCase c : cases) {
                Optional<CaseAnswer> a = c.answer(kq.id());
                if (a.isEmpty()) {
                    continue;
                }
                tally = tally.add(a.get().answer());
                List<Answer> pa = a.get().prompts();
                for (int i = 0; i < Math.min(pa.size(), prompts.size()); i++) {
                    prompts.set(i, prompts.get(i).add(pa.get(i)));
                }
            }
            List<PromptResult> promptResults = new ArrayList<>();
            for (int i = 0; i < kq.prompts().size(); i++) {
                promptResults.add(new PromptResult(kq.prompts().get(i), prompts.get(i)));
            }
            Integer percent = tally.percent();
            results.add(new KeyQuestionResult(kq, tally, percent, false, percent == null ? null : f.bandFor(percent),
                    false, promptResults));
        }
        return results;
    }

    private static Ratings overall(Framework f, List<StandardRating> standards, Map<String, Integer> samples) {
        List<String> why = new ArrayList<>();
        List<StandardRating> scored = standards.stream().filter(s -> s.standard().scored()).toList();
        if (scored.isEmpty()) {
            why.add("Not rated: framework " + f.id() + " has no rated standards.");
            return new Ratings(f, standards, null, 0, null, why, samples);
        }
        List<String> unrated = scored.stream().filter(s -> !s.rated()).map(StandardRating::id).toList();
        if (!unrated.isEmpty()) {
            why.add("No score: standard" + (unrated.size() == 1 ? " " : "s ") + String.join(", ", unrated)
                    + (unrated.size() == 1 ? " is" : " are") + " not rated.");
            return new Ratings(f, standards, null, f.maxScore(), null, why, samples);
        }
        int score = scored.stream().mapToInt(s -> s.rating().score()).sum();
        Optional<OverallBand> band = f.scoring().bandFor(score);
        if (band.isEmpty()) {
            why.add("No overall rating: the framework has no band for a score of " + score + ".");
            return new Ratings(f, standards, score, f.maxScore(), null, why, samples);
        }
        Rating overall = band.get().rating();
        why.add("Score " + score + "/" + f.maxScore() + " from " + scored.size() + " standards (" + f.ratings().stream()
                .map(r -> "'" + r.name() + "' " + r.score()).reduce((a, b) -> a + ", " + b).orElse("")
                + ") falls in the '" + overall.name() + "' band (" + band.get().min() + "-"
                + Math.min(band.get().max(), f.maxScore()) + ").");
        standards.stream().filter(s -> !s.standard().scored()).forEach(s -> why.add("Standard " + s.id()
                + " is rated separately and does not count in the score."));
        for (LimitingJudgement lj : f.scoring().limitingJudgements()) {
            Optional<StandardRating> limiting = standards.stream().filter(s -> s.id().equals(lj.standard())).findFirst();
            if (limiting.isPresent() && limiting.get().rated() && !lj.when().isBelow(limiting.get().rating())
                    && lj.cap().isBelow(overall)) {
                why.add("Limiting judgement: standard " + lj.standard() + " is rated '" + limiting.get().rating().name()
                        + "', so the overall rating cannot be higher than '" + lj.cap().name() + "' (it would be '"
                        + overall.name() + "').");
                overall = lj.cap();
            }
        }
        return new Ratings(f, standards, score, f.maxScore(), overall, why, samples);
    }

    private static String caseTypeName(Framework f, String id) {
        return f.caseType(id).map(c -> c.name()).orElse(id);
    }
}
