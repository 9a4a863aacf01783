package org.rapporteur.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything writers authored for one report, as loaded from its folder. {@code texts} holds every text value and key
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
        List<Prose> all = new java.util.ArrayList<>();
        java.util.function.Consumer<Prose> add = p -> {
            if (p != null) {
                all.add(p);
            }
        };
        add.accept(foreword);
        recommendations.forEach(g -> g.items().forEach(i -> add.accept(i.text())));
        add.accept(background);
        add.accept(involvement);
        add.accept(diversity);
        add.accept(resettlement);
        add.accept(methodology);
        add.accept(overallFindings);
        for (DomainFindings f : domainFindings.values()) {
            add.accept(f.keyFindings());
            f.strengths().forEach(add);
            f.areasForImprovement().forEach(add);
        }
        for (Section s : sections) {
            add.accept(s.text());
            s.paragraphs().forEach(add);
        }
        strengths.forEach(add);
        areasForImprovement.forEach(add);
        if (letter != null) {
            add.accept(letter.contact());
        }
        glossary.forEach(g -> add.accept(g.definition()));
        for (StandardContent c : standards.values()) {
            add.accept(c.narrative());
            c.strengths().forEach(add);
            c.areasForImprovement().forEach(add);
            c.practiceExamples().forEach(e -> add.accept(e.text()));
        }
        return all;
    }

    public List<InspectedCase> casesOfType(String type) {
        return cases.stream().filter(c -> type.equals(c.type())).toList();
    }
}
