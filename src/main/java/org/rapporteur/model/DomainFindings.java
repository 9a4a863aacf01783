package org.rapporteur.model;

import java.util.List;

/** What a report says about a whole domain: its key findings, and the domain's strengths and areas. */
public record DomainFindings(int domain, Prose keyFindings, List<Prose> strengths, List<Prose> areasForImprovement) {

    public DomainFindings {
        strengths = List.copyOf(strengths);
        areasForImprovement = List.copyOf(areasForImprovement);
    }
}
