package org.rapporteur.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything writers authored for one report, as loaded from its folder. */
public record Report(Path dir, Metadata metadata, Prose foreword, List<RecommendationGroup> recommendations,
                     Prose background, List<FactTable> contextualFacts, Prose involvement,
                     List<Quote> involvementQuotes, Prose diversity, Prose resettlement, Prose methodology,
                     List<GlossaryEntry> glossary, Map<String, StandardContent> standards,
                     List<InspectedCase> cases) {

    public Report {
        recommendations = List.copyOf(recommendations);
        contextualFacts = List.copyOf(contextualFacts);
        involvementQuotes = List.copyOf(involvementQuotes);
        glossary = List.copyOf(glossary);
        standards = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(standards));
        cases = List.copyOf(cases);
    }

    public Optional<StandardContent> standard(String id) {
        return Optional.ofNullable(standards.get(id));
    }

    public List<Recommendation> allRecommendations() {
        return recommendations.stream().flatMap(g -> g.items().stream()).toList();
    }

    public List<InspectedCase> casesOfType(String type) {
        return cases.stream().filter(c -> type.equals(c.type())).toList();
    }
}
