package org.rapporteur.model;

import java.util.List;
import org.rapporteur.source.SourcePosition;

/** A case's answer to one key question, with its answers to the key question's prompts (a, b, c ...) if given. */
public record CaseAnswer(String keyQuestion, Answer answer, List<Answer> prompts, SourcePosition at,
                         SourcePosition promptsAt) {

    public CaseAnswer {
        prompts = List.copyOf(prompts);
    }
}
