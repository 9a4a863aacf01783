package org.rapporteur.framework;

/**
 * How a report shows a point of the rating scale, or "not rated": the word it prints, a shorter form for narrow
 * places, the CSS class that styles it ({@code rating-<slug>}), and the colours of its tile as {@code #rrggbb}.
 * All of it comes from the framework file.
 */
public record RatingLabel(String word, String shortWord, String slug, String colour, String textColour) {

    /** The label of "not rated" in a framework without a rating scale: nothing to show. */
    static final RatingLabel NONE = new RatingLabel("", "", "", "", "");

    /** The CSS class name a word gives: lower case, every run of other characters one hyphen. */
    public static String slugOf(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
