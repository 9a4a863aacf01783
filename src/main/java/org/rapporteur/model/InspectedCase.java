package org.rapporteur.model;

import java.util.List;
import java.util.Optional;
import org.rapporteur.source.SourcePosition;

/** One inspected case. Its id identifies it in the data and is never printed. */
public record InspectedCase(String id, String type, SourcePosition typeAt, String disposal,
                            List<CaseAnswer> answers, SourcePosition at) {

    public InspectedCase {
        answers = List.copyOf(answers);
    }

    public Optional<CaseAnswer> answer(String keyQuestion) {
        return answers.stream().filter(a -> a.keyQuestion().equals(keyQuestion)).findFirst();
    }
}
