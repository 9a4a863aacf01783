package org.rapporteur.model;

import java.util.List;
import java.util.Optional;
import org.rapporteur.source.SourcePosition;

/**
 * One inspected case. Its id identifies it in the data and is never printed. {@code questionsGiven} lists every
 * key question the author answered, including answers that could not be read (so one mistake is reported once).
 */
public record InspectedCase(String id, String type, SourcePosition typeAt, String disposal,
                            List<CaseAnswer> answers, List<String> questionsGiven, SourcePosition at) {

    public InspectedCase {
        answers = List.copyOf(answers);
        questionsGiven = List.copyOf(questionsGiven);
    }

    public InspectedCase(String id, String type, SourcePosition typeAt, String disposal, List<CaseAnswer> answers,
                         SourcePosition at) {
        this(id, type, typeAt, disposal, answers, answers.stream().map(CaseAnswer::keyQuestion).toList(), at);
    }

    public Optional<CaseAnswer> answer(String keyQuestion) {
        return answers.stream().filter(a -> a.keyQuestion().equals(keyQuestion)).findFirst();
    }
}
