package org.rapporteur.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything authors wrote for one report, as loaded from its folder. {@code texts} holds every text value and key
 * of its files exactly as written, with its place, for checks of the characters themselves.
 */
public record Report(Path dir, Metadata metadata, Prose foreword, List<RecommendationGroup> recommendations,
                     Prose background, List<FactTable> contextualFacts, Prose involvement,
                     List<Quote> involvementQuotes, Prose diversity, Prose resettlement, Prose methodology,
                     List<GlossaryEntry> glossary, Map<String, StandardContent> standards,
                     List<InspectedCase> cases, Prose overallFindings, Map<Integer, DomainFindings> domainFindings,
                     List<Section> sections, List<Prose> strengths, List<Prose> areasForImprovement, Letter letter,
                     List<org.rapporteur.source.SourceText> texts) {

    /** A report with only the full inspection report's parts. */
    public Report(Path dir, Metadata metadata, Prose foreword, List<RecommendationGroup> recommendations,
                  Prose background, List<FactTable> contextualFacts, Prose involvement,
                  List<Quote> involvementQuotes, Prose diversity, Prose resettlement, Prose methodology,
                  List<GlossaryEntry> glossary, Map<String, StandardContent> standards, List<InspectedCase> cases) {
        this(dir, metadata, foreword, recommendations, background, contextualFacts, involvement, involvementQuotes,
                diversity, resettlement, methodology, glossary, standards, cases, null, Map.of(), List.of(), List.of(),
                List.of(), null, List.of());
    }

    public Report {
        domainFindings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(domainFindings));
        sections = List.copyOf(sections);
        strengths = List.copyOf(strengths);
        areasForImprovement = List.copyOf(areasForImprovement);
        recommendations = List.copyOf(recommendations);
        contextualFacts = List.copyOf(contextualFacts);
        involvementQuotes = List.copyOf(involvementQuotes);
        glossary = List.copyOf(glossary);
        standards = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(standards));
        cases = List.copyOf(cases);
        texts = List.copyOf(texts);
    }

    public Optional<StandardContent> standard(String id) {
        return Optional.ofNullable(standards.get(id));
    }

    public List<Recommendation> allRecommendations() {
        return recommendations.stream().flatMap(g -> g.items().stream()).toList();
    }

    /** Every piece of prose in the report, in reading order, for checks that look at all of it. */
    public List<Prose> allProse() {
        List<Prose> all = new ArrayList<>();
        all.add(foreword);
        recommendations.forEach(g -> g.items().forEach(i -> all.add(i.text())));
        all.addAll(Arrays.asList(background, involvement, diversity, resettlement, methodology, overallFindings));
        for (DomainFindings f : domainFindings.values()) {
            all.add(f.keyFindings());
            all.addAll(f.strengths());
            all.addAll(f.areasForImprovement());
        }
        sections.forEach(s -> all.addAll(s.prose()));
        all.addAll(strengths);
        all.addAll(areasForImprovement);
        if (letter != null) {
            all.add(letter.contact());
        }
        glossary.forEach(g -> all.add(g.definition()));
        for (StandardContent c : standards.values()) {
            all.add(c.narrative());
            all.addAll(c.strengths());
            all.addAll(c.areasForImprovement());
            c.practiceExamples().forEach(e -> all.add(e.text()));
        }
        return all.stream().filter(Objects::nonNull).toList(); // parts a report leaves out are null
    }

    public List<InspectedCase> casesOfType(String type) {
        return cases.stream().filter(c -> type.equals(c.type())).toList();
    }
}
