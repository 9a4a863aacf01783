package org.rapporteur.framework;

import java.util.List;

/** A key question of a standard, e.g. 2.1.1, with its lettered prompts. */
public record KeyQuestion(String id, String text, List<Prompt> prompts) {

    public KeyQuestion {
        prompts = List.copyOf(prompts);
    }
}
