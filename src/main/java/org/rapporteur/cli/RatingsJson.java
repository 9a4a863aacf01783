package org.rapporteur.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.framework.Rating;
import org.rapporteur.rate.KeyQuestionResult;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.rate.Ratings;
import org.rapporteur.rate.StandardRating;

/** The ratings as JSON: ratings written exactly as the framework names them, null when not rated. */
final class RatingsJson {

    private RatingsJson() {
    }

    static String of(RatedReport rated) {
        Ratings r = rated.ratings();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("framework", r.framework().id());
        root.put("service", rated.report().metadata().service() == null ? null
                : rated.report().metadata().service().name());
        root.put("score", r.score());
        root.put("maxScore", r.maxScore());
        root.put("overall", name(r.overall()));
        root.put("explanation", r.explanation());
        root.put("sampleSizes", new LinkedHashMap<>(r.sampleSizes()));
        List<Object> standards = new ArrayList<>();
        for (StandardRating s : r.standards()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("name", s.standard().name());
            m.put("rating", name(s.rating()));
            m.put("calculated", name(s.calculated()));
            m.put("scored", s.standard().scored());
            m.put("method", s.standard().ratedFromCases() ? "cases" : "qualitative");
            if (s.discretionApplied()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("keyQuestion", s.discretion().keyQuestion());
                d.put("reason", s.discretion().reason().strip());
                m.put("discretion", d);
            }
            List<Object> kqs = new ArrayList<>();
            for (KeyQuestionResult k : s.keyQuestions()) {
                Map<String, Object> km = new LinkedHashMap<>();
                km.put("id", k.id());
                km.put("percent", k.percent());
                km.put("band", k.band() == null ? null : k.band().rating().name());
                km.put("lowest", k.lowest());
                if (!k.published()) {
                    km.put("yes", k.tally().yes());
                    km.put("applicable", k.tally().applicable());
                }
                kqs.add(km);
            }
            m.put("keyQuestions", kqs);
            m.put("explanation", s.explanation());
            standards.add(m);
        }
        root.put("standards", standards);
        return Json.write(root);
    }

    private static String name(Rating r) {
        return r == null ? null : r.name();
    }
}
