package org.rapporteur.text;

import org.rapporteur.model.Prose;

/**
 * Fills in the {{figure}} references of one piece of text taken from a piece of prose: the whole Markdown before
 * parsing, or one literal of the parsed document ({@code at} is where that literal was typed in the prose's
 * Markdown, so a figure that starts a sentence can start with a capital).
 */
@FunctionalInterface
public interface FigureText {

    /** Leaves every reference as it was typed. */
    FigureText NONE = (prose, literal, at) -> literal;

    String fill(Prose prose, String literal, int at);
}
