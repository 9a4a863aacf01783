package org.rapporteur.framework;

import java.util.List;
import org.rapporteur.source.SourcePosition;

/**
 * What a complete report of a framework has (the framework file's {@code required:}): the parts of the report, named
 * by their content keys ({@code foreword}, {@code recommendations}, ...), and the parts of every standard's file
 * ({@code narrative}, ...). A draft build warns about what is missing and a final build refuses it. The ratings of
 * standards rated by judgement are always required; a standard that is not rated for want of its cases
 * ({@code ratedOnlyWithCases}) needs nothing. {@code at} is where the framework says it.
 */
public record Required(List<String> report, List<String> standard, SourcePosition at) {

    /** The parts a framework may require of a report: the report's own content keys (see docs/content-model.md). */
    public static final List<String> REPORT_PARTS = List.of("foreword", "recommendations", "background",
            "contextualFacts", "involvement", "involvementQuotes", "diversity", "resettlement", "methodology",
            "glossary", "overallFindings", "domainFindings", "sections", "strengths", "areasForImprovement", "letter",
            "inspectorate", "sampleWindow", "isbn", "interviews");

    /** The parts a framework may require of every standard's file. */
    public static final List<String> STANDARD_PARTS = List.of("narrative", "strengths", "areasForImprovement",
            "practiceExamples", "quotes");

    public Required {
        report = List.copyOf(report);
        standard = List.copyOf(standard);
    }

    /** Nothing beyond the ratings of judged standards. */
    public static Required nothing(SourcePosition at) {
        return new Required(List.of(), List.of(), at);
    }
}
