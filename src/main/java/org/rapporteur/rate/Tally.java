package org.rapporteur.rate;

import org.rapporteur.model.Answer;

/** Counts of yes, no and not-applicable answers to one question across cases. */
public record Tally(int yes, int no, int notApplicable) {

    public static final Tally NONE = new Tally(0, 0, 0);

    public Tally add(Answer a) {
        return switch (a) {
            case YES -> new Tally(yes + 1, no, notApplicable);
            case NO -> new Tally(yes, no + 1, notApplicable);
            case NOT_APPLICABLE -> new Tally(yes, no, notApplicable + 1);
        };
    }

    public int applicable() {
        return yes + no;
    }

    /** The printed percentage, or null when no case applies. */
    public Integer percent() {
        return applicable() == 0 ? null : Percentage.of(yes, applicable());
    }
}
