package org.rapporteur.framework;

/** A kind of inspected case (court disposal, out-of-court disposal, resettlement case). */
public record CaseType(String id, String name) {
}
