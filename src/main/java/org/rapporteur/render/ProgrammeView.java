package org.rapporteur.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Rating;
import org.rapporteur.framework.Standard;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.rate.StandardRating;

/**
 * What a programme-summary template sees: for each framework among the reports, every service's ratings standard
 * by standard, and per standard how many services got each rating (with bar lengths for a chart).
 */
final class ProgrammeView {

    private ProgrammeView() {
    }

    static Map<String, Object> of(List<RatedReport> reports, String title, boolean draft) {
        Map<String, List<RatedReport>> byFramework = new LinkedHashMap<>();
        for (RatedReport r : reports) {
            byFramework.computeIfAbsent(r.framework().id(), k -> new ArrayList<>()).add(r);
        }
        List<Object> frameworks = new ArrayList<>();
        for (List<RatedReport> group : byFramework.values()) {
            frameworks.add(framework(group));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", title);
        root.put("draft", draft);
        root.put("reportCount", reports.size());
        root.put("frameworks", frameworks);
        root.put("ratingStyles", RatingView.stylesheet(reports.stream().map(RatedReport::framework).distinct()
                .toList()));
        return root;
    }

    private static Map<String, Object> framework(List<RatedReport> group) {
        Framework f = group.get(0).framework();
        List<Standard> standards = f.standards();
        List<Object> services = new ArrayList<>();
        for (RatedReport r : group) {
            List<Object> cells = new ArrayList<>();
            for (Standard s : standards) {
                cells.add(RatingView.of(f, r.ratings().standard(s.id()).map(StandardRating::rating).orElse(null)));
            }
            services.add(Map.of("name", r.report().metadata().service().name(),
                    "overall", RatingView.of(f, r.ratings().overall()),
                    "score", r.ratings().score() == null ? "" : r.ratings().score() + "/" + r.ratings().maxScore(),
                    "ratings", cells));
        }
        List<Object> distribution = new ArrayList<>();
        for (Standard s : standards) {
            List<Object> counts = new ArrayList<>();
            for (Rating rating : f.ratingsHighestFirst()) {
                long n = group.stream().filter(r -> r.ratings().standard(s.id()).map(StandardRating::rating)
                        .map(rating::equals).orElse(false)).count();
                counts.add(Map.of("rating", RatingView.of(f, rating), "count", n,
                        "width", group.isEmpty() ? 0 : Math.round(1000.0 * n / group.size()) / 10.0));
            }
            long unrated = group.stream().filter(r -> r.ratings().standard(s.id()).map(x -> !x.rated()).orElse(true))
                    .count();
            distribution.add(Map.of("id", s.id(), "name", s.name(), "counts", counts, "notRated", unrated));
        }
        List<Object> columns = new ArrayList<>();
        standards.forEach(s -> columns.add(Map.of("id", s.id(), "name", s.name())));
        return Map.of("id", f.id(), "title", f.title(), "standards", columns, "services", services,
                "distribution", distribution, "count", group.size(), "notRated", RatingView.of(f, null));
    }
}
