package org.rapporteur.framework;

/** A lettered prompt under a key question, e.g. "a) Does assessment ...?". */
public record Prompt(String letter, String text) {
}
