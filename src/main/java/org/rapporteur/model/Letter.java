package org.rapporteur.model;

import java.time.LocalDate;
import java.util.List;

/** The addressee block and copy list of a report published as a letter. */
public record Letter(String to, String copyTo, String from, LocalDate date, Prose contact, List<CopyRecipient> copyList) {

    public Letter {
        copyList = List.copyOf(copyList);
    }

    /** Someone a letter is copied to: their role and name(s). */
    public record CopyRecipient(String role, String names) {
    }
}
