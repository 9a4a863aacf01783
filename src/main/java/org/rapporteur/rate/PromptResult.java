package org.rapporteur.rate;

import org.rapporteur.framework.Prompt;

/** A prompt's share of 'yes' over the cases it applied to. */
public record PromptResult(Prompt prompt, Tally tally) {

    public Integer percent() {
        return tally.percent();
    }
}
