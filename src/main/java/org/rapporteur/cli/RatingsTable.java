package org.rapporteur.cli;

import org.rapporteur.framework.Domain;
import org.rapporteur.framework.Rating;
import org.rapporteur.rate.KeyQuestionResult;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.rate.Ratings;
import org.rapporteur.rate.StandardRating;
import org.rapporteur.source.Printable;

/** The ratings as a plain-text table for the terminal, with the reasoning under each standard. */
final class RatingsTable {

    private static final int QUESTION_WIDTH = 58;

    private RatingsTable() {
    }

    static String of(RatedReport rated) {
        Ratings r = rated.ratings();
        StringBuilder out = new StringBuilder();
        String service = rated.report().metadata().service() == null ? rated.report().dir().toString()
                : rated.report().metadata().service().name();
        out.append(Printable.line(service)).append(" (").append(r.framework().id()).append(")\n");
        out.append("Score ").append(r.score() == null ? "-" : r.score()).append('/').append(r.maxScore())
                .append("   Overall rating: ").append(quoted(r.overall())).append('\n');
        r.explanation().forEach(line -> out.append("  ").append(Printable.line(line)).append('\n'));
        for (Domain d : r.framework().domains()) {
            out.append('\n').append(d.number()).append(". ").append(d.name())
                    .append(d.scored() ? "" : " (not in the score)").append('\n');
            for (var s : d.standards()) {
                StandardRating sr = r.standard(s.id()).orElseThrow();
                out.append(String.format("  %-5s %-46s %s%n", s.id(), s.name(), quoted(sr.rating())
                        + (sr.discretionApplied() ? " *discretion" : "")));
                for (KeyQuestionResult k : sr.keyQuestions()) {
                    String counts = k.published() ? "published" : k.tally().yes() + "/" + k.tally().applicable();
                    out.append(String.format("      %s %-7s %-" + QUESTION_WIDTH + "s %5s %-10s %s%n",
                            k.lowest() ? ">" : " ", k.id(), shorten(k.keyQuestion().text()),
                            k.percent() == null ? "n/a" : k.percent() + "%", counts,
                            k.band() == null ? "" : k.band().rating().name()));
                }
                sr.explanation().forEach(line -> out.append("        ").append(Printable.line(line)).append('\n'));
            }
        }
        return out.toString();
    }

    private static String quoted(Rating rating) {
        return rating == null ? "not rated" : "'" + rating.name() + "'";
    }

    private static String shorten(String text) {
        return text.length() <= QUESTION_WIDTH ? text : text.substring(0, QUESTION_WIDTH - 3) + "...";
    }
}
