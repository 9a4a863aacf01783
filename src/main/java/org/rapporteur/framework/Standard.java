package org.rapporteur.framework;

import java.util.List;
import java.util.Optional;

/** A standard of the framework, e.g. 2.1 Assessment. */
public record Standard(String id, String name, String headline, Method method, String caseType,
                       String ratedOnlyWithCases, boolean scored, List<KeyQuestion> keyQuestions) {

    public Standard {
        keyQuestions = List.copyOf(keyQuestions);
    }

    public boolean ratedFromCases() {
        return method == Method.CASES;
    }

    public Optional<KeyQuestion> keyQuestion(String id) {
        return keyQuestions.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public String title() {
        return id + " " + name;
    }
}
