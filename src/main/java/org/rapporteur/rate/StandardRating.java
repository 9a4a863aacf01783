package org.rapporteur.rate;

import java.util.List;
import org.rapporteur.framework.Rating;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.Discretion;

/**
 * A standard's rating with its explanation. {@code calculated} is what the rules give, {@code rating} what is
 * published (differing only under professional discretion); both null when the standard is not rated.
 */
public record StandardRating(Standard standard, Rating calculated, Rating rating, List<KeyQuestionResult> keyQuestions,
                             Discretion discretion, int cases, List<String> explanation) {

    public StandardRating {
        keyQuestions = List.copyOf(keyQuestions);
        explanation = List.copyOf(explanation);
    }

    public boolean rated() {
        return rating != null;
    }

    public boolean discretionApplied() {
        return discretion != null && rating != null && !rating.equals(calculated);
    }

    public String id() {
        return standard.id();
    }

    public List<KeyQuestionResult> lowest() {
        return keyQuestions.stream().filter(KeyQuestionResult::lowest).toList();
    }
}
