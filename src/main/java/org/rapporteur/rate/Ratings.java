package org.rapporteur.rate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Rating;

/**
 * Every rating of a report: per standard, the score (null when a scored standard is not rated), the overall
 * rating, and the reasoning behind each, in words a reader of the report would use.
 */
public record Ratings(Framework framework, List<StandardRating> standards, Integer score, int maxScore,
                      Rating overall, List<String> explanation, Map<String, Integer> sampleSizes) {

    public Ratings {
        standards = List.copyOf(standards);
        explanation = List.copyOf(explanation);
        sampleSizes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sampleSizes));
    }

    public Optional<StandardRating> standard(String id) {
        return standards.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
