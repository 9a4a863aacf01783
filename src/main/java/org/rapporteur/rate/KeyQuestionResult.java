package org.rapporteur.rate;

import java.util.List;
import org.rapporteur.framework.Band;
import org.rapporteur.framework.KeyQuestion;

/**
 * A key question's result: the printed percentage, where it came from (case answers or a published figure),
 * its band, and whether it is (one of) the lowest of its standard, which drives the rating.
 */
public record KeyQuestionResult(KeyQuestion keyQuestion, Tally tally, Integer percent, boolean published, Band band,
                                boolean lowest, List<PromptResult> prompts) {

    public KeyQuestionResult {
        prompts = List.copyOf(prompts);
    }

    public boolean rated() {
        return percent != null;
    }

    public String id() {
        return keyQuestion.id();
    }
}
