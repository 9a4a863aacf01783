package org.rapporteur.check;

import java.util.Map;
import java.util.Optional;
import org.rapporteur.framework.CaseType;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Rating;
import org.rapporteur.model.Discretion;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;
import org.rapporteur.rate.Ratings;
import org.rapporteur.rate.StandardRating;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/**
 * What a report must agree with once its ratings are calculated: authored ratings of standards rated from cases
 * agree with the rules (or use discretion), every {{figure}} resolves, and numbers written in prose match the data.
 */
public final class RatingChecks {

    private final Framework framework;
    private final Report report;
    private final Diagnostics d;

    private RatingChecks(Framework framework, Report report, Diagnostics diagnostics) {
        this.framework = framework;
        this.report = report;
        this.d = diagnostics;
    }

    /**
     * Checks the report against its calculated ratings; run only on a report that {@link ReportChecker} passed.
     * Ratings, scores, percentages and counts written in prose that contradict the calculation are errors when
     * {@code publishing} (a final build), warnings otherwise.
     */
    public static void check(Framework framework, Report report, Ratings ratings, boolean publishing,
                             Diagnostics diagnostics) {
        RatingChecks c = new RatingChecks(framework, report, diagnostics);
        c.figuresInProse(ratings);
        c.ratings(ratings);
        claims(framework, report, ratings, ScopedProse.of(framework, report), publishing, diagnostics);
    }

    /** A council pack's own prose against its report's calculated ratings, as {@link #check} does a report's. */
    public static void checkPack(Framework framework, Report report, Ratings ratings,
                                 org.rapporteur.model.CouncilPack pack, boolean publishing, Diagnostics diagnostics) {
        claims(framework, report, ratings, ScopedProse.of(pack), publishing, diagnostics);
    }

    private static void claims(Framework framework, Report report, Ratings ratings,
                               java.util.List<ScopedProse> prose, boolean publishing, Diagnostics diagnostics) {
        Disagreements out = new Disagreements(diagnostics, publishing);
        RatingClaims.check(framework, ratings, new RatingSubjects(framework, report.metadata().service()), prose,
                out);
        ScoreClaims.check(ratings, prose, out);
        CaseFigureClaims.check(ratings, prose, out);
        out.finish();
    }

    private void ratings(Ratings ratings) {
        for (StandardRating r : ratings.standards()) {
            Optional<StandardContent> c = report.standard(r.id());
            if (c.isEmpty()) {
                continue;
            }
            String authored = c.get().rating();
            if (r.standard().ratedFromCases() && authored != null) {
                Optional<Rating> given = framework.rating(authored);
                if (given.isPresent() && r.calculated() != null && !given.get().equals(r.rating())) {
                    d.error(c.get().ratingAt(), "rating '" + authored + "' disagrees with the calculated '"
                            + r.calculated().name() + "' (" + r.explanation().get(r.explanation().size() - 1) + ")",
                            "remove the rating (it is calculated), or add 'discretion:' with a rating and a reason");
                }
            }
            if (r.standard().ratedOnlyWithCases() != null && !r.rated() && authored != null) {
                d.warning(c.get().ratingAt(), "standard " + r.id() + " is not rated when there are no "
                        + r.standard().ratedOnlyWithCases() + " cases, so this rating is not printed",
                        "add the cases, or remove the rating");
            }
            Discretion disc = c.get().discretion();
            if (disc != null && r.calculated() != null && disc.rating() != null
                    && disc.rating().equals(r.calculated().name())) {
                d.warning(disc.at(), "discretion gives the same rating as the rules ('" + disc.rating() + "')",
                        "remove 'discretion'");
            }
        }
    }

    /** Every {{figure}} reference resolves, and numbers written out in prose agree with the data. */
    private void figuresInProse(Ratings ratings) {
        org.rapporteur.rate.Figures figures = new org.rapporteur.rate.Figures(framework, report, ratings);
        java.util.regex.Pattern recommendations = java.util.regex.Pattern.compile("(?i)(?<![\\d.])\\b("
                + org.rapporteur.text.Words.NUMBER_PATTERN + ") recommendations?\\b");
        int recommendationCount = report.allRecommendations().size();
        Map<CaseType, java.util.regex.Pattern> samplePatterns = new java.util.LinkedHashMap<>();
        for (CaseType t : framework.caseTypes()) {
            samplePatterns.put(t, java.util.regex.Pattern.compile("(?i)(?<![\\d.])\\b("
                    + org.rapporteur.text.Words.NUMBER_PATTERN + ") " + java.util.regex.Pattern.quote(t.name())
                    + "s?\\b"));
        }
        for (org.rapporteur.model.Prose p : report.allProse()) {
            for (org.rapporteur.model.FigureReference ref : org.rapporteur.model.FigureReference.in(p.markdown())) {
                org.rapporteur.rate.Figures.Resolution r = figures.resolve(ref);
                if (!r.resolved()) {
                    d.error(at(p, ref.start()), r.problem().contains(ref.source()) ? r.problem()
                            : r.problem() + " in " + ref.source(), r.hint());
                }
            }
            String md = Lints.withoutLinksAndReferences(p.markdown()); // {{literal eight cases}} is not a claim
            String lower = md.toLowerCase(java.util.Locale.ROOT);
            if (recommendationCount > 0 && lower.contains("recommendation")) {
                java.util.regex.Matcher m = recommendations.matcher(md);
                while (m.find()) {
                    int n = org.rapporteur.text.Words.parse(m.group(1)).orElse(-1);
                    if (n >= 0 && n != recommendationCount) {
                        d.error(at(p, m.start()), "the prose says " + m.group() + " but the report makes "
                                + recommendationCount, "write {{recommendations}} recommendations, which is always right");
                    }
                }
            }
            for (Map.Entry<CaseType, java.util.regex.Pattern> e : samplePatterns.entrySet()) {
                CaseType t = e.getKey();
                if (!lower.contains(t.name().toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                int n = ratings.sampleSizes().getOrDefault(t.id(), 0);
                java.util.regex.Matcher m = e.getValue().matcher(md);
                while (m.find()) {
                    int said = org.rapporteur.text.Words.parse(m.group(1)).orElse(-1);
                    if (n > 0 && said >= 0 && said != n) {
                        d.error(at(p, m.start()), "the prose says " + m.group() + " but the case data holds " + n,
                                "write {{sample " + t.id() + "}} " + t.name() + "s, which is always right");
                    }
                }
            }
        }
    }

    private static SourcePosition at(org.rapporteur.model.Prose p, int offset) {
        return p.positionAt(offset);
    }

}
