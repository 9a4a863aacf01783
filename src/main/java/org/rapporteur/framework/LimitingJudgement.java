package org.rapporteur.framework;

/** A rating of {@code when} (or worse) on {@code standard} caps the overall rating at {@code cap}. */
public record LimitingJudgement(String standard, Rating when, Rating cap) {
}
