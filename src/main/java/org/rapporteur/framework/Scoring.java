package org.rapporteur.framework;

import java.util.List;
import java.util.Optional;

/** How standard ratings add up to the overall rating. */
public record Scoring(boolean printed, List<OverallBand> overall, List<LimitingJudgement> limitingJudgements) {

    public Scoring {
        overall = List.copyOf(overall);
        limitingJudgements = List.copyOf(limitingJudgements);
    }

    public Optional<OverallBand> bandFor(int score) {
        return overall.stream().filter(b -> b.contains(score)).findFirst();
    }
}
