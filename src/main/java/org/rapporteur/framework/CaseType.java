package org.rapporteur.framework;

/**
 * A kind of inspected case (court disposal, out-of-court disposal, resettlement case): its id, its name in a report,
 * and an example of its disposals for {@code rapporteur new} (empty when the framework gives none).
 */
public record CaseType(String id, String name, String example) {
}
