package org.rapporteur.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An inspection framework, loaded from a data file: its rating scale (lowest first) and how "not rated" is shown,
 * domains, standards, key questions, bands and scoring, and what a complete report of it has ({@link Required}).
 */
public record Framework(String id, String title, String inspectorate, String reportKind, String skeleton,
                        String childTerm, List<Rating> ratings, RatingLabel notRated, List<Band> bands, Scoring scoring,
                        List<CaseType> caseTypes, List<Domain> domains, Required required) {

    public Framework {
        ratings = List.copyOf(ratings);
        bands = List.copyOf(bands);
        caseTypes = List.copyOf(caseTypes);
        domains = List.copyOf(domains);
    }

    public List<Standard> standards() {
        return domains.stream().flatMap(d -> d.standards().stream()).toList();
    }

    public Optional<Standard> standard(String id) {
        return standards().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Map<String, KeyQuestion> keyQuestions() {
        Map<String, KeyQuestion> all = new LinkedHashMap<>();
        standards().forEach(s -> s.keyQuestions().forEach(k -> all.put(k.id(), k)));
        return all;
    }

    /** The standard a key question belongs to. */
    public Optional<Standard> standardOf(String keyQuestionId) {
        return standards().stream().filter(s -> s.keyQuestion(keyQuestionId).isPresent()).findFirst();
    }

    public Optional<Rating> rating(String name) {
        return ratings.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public List<String> ratingNames() {
        return ratings.stream().map(Rating::name).toList();
    }

    /** The rating scale, highest first. */
    public List<Rating> ratingsHighestFirst() {
        List<Rating> scale = new java.util.ArrayList<>(ratings);
        java.util.Collections.reverse(scale);
        return scale;
    }

    /** The highest rating of the scale (the one a report marks with a star), if the framework rates. */
    public Optional<Rating> topRating() {
        return ratings.isEmpty() ? Optional.empty() : Optional.of(ratings.get(ratings.size() - 1));
    }

    /**
     * The middle of the scale, the higher of the two middles when the scale has an even length: the rating the
     * examples in a new report's comments show, and the one generated reports draw most often.
     */
    public Optional<Rating> middleRating() {
        return ratings.isEmpty() ? Optional.empty() : Optional.of(ratings.get(ratings.size() / 2));
    }

    public Optional<CaseType> caseType(String id) {
        return caseTypes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The band a printed percentage falls in. */
    public Band bandFor(int percent) {
        return bands.stream().filter(b -> b.contains(percent)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no band holds " + percent + "%"));
    }

    public List<Standard> scoredStandards() {
        return standards().stream().filter(Standard::scored).toList();
    }

    public int maxScore() {
        int top = ratings.stream().mapToInt(Rating::score).max().orElse(0);
        return top * scoredStandards().size();
    }
}
