package org.rapporteur.model;

import java.util.List;
import org.rapporteur.source.SourcePosition;

/** Recommendations for one addressee, printed under "{to} should:". */
public record RecommendationGroup(String to, List<Recommendation> items, SourcePosition at) {

    public RecommendationGroup {
        items = List.copyOf(items);
    }
}
