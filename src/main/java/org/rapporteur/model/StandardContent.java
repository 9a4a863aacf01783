package org.rapporteur.model;

import java.util.List;
import org.rapporteur.source.SourcePosition;

/** What authors say about one standard. The framework supplies its name, headline and key questions. */
public record StandardContent(String id, SourcePosition at, String rating, SourcePosition ratingAt, Prose narrative,
                              List<Prose> strengths, List<Prose> areasForImprovement,
                              List<PracticeExample> practiceExamples, List<Quote> quotes, Discretion discretion,
                              List<PublishedFigure> figures) {

    public StandardContent {
        strengths = List.copyOf(strengths);
        areasForImprovement = List.copyOf(areasForImprovement);
        practiceExamples = List.copyOf(practiceExamples);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
    }
}
