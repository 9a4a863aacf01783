package org.rapporteur.model;

/** The inspected service. */
public record Service(String name, String shortName, ServiceKind kind, String area) {

    public String shortNameOrName() {
        return shortName != null ? shortName : name;
    }
}
