package org.rapporteur.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.YamlMap;
import org.rapporteur.source.YamlValue;

/**
 * Reads a framework's rating scale ({@code ratings}, lowest first) and its {@code notRated} entry: names, scores,
 * the words a report shows and the colours of their tiles. Every CSS class a word gives must be distinct.
 */
final class ScaleReader {

    static final Set<String> RATING = Set.of("name", "score", "shortName", "shown", "colour", "textColour");
    static final Set<String> NOT_RATED = Set.of("name", "shortName", "colour", "textColour");

    private final Map<String, SourcePosition> slugs = new HashMap<>();

    /** The scale; ratings that are not whole are left out (and reported). */
    List<Rating> ratings(YamlMap framework) {
        List<Rating> scale = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (YamlValue v : framework.get("ratings").flatMap(x -> x.asList("ratings")).orElse(List.of())) {
            v.asMap("a rating", RATING).ifPresent(r -> {
                Optional<String> name = r.requiredText("name", "the rating's name");
                Optional<Integer> score = r.require("score", "its score").flatMap(s -> s.asInteger("score", 0, 100));
                if (name.isPresent() && !names.add(name.get())) {
                    r.diagnostics().error(r.keyAt("name"), "the rating '" + name.get() + "' is listed twice", null);
                } else if (name.isPresent() && score.isPresent()) {
                    RatingLabel label = label(r, r.text("shown").orElse(name.get()), name.get());
                    scale.add(new Rating(name.get(), score.get(), scale.size(), label));
                }
            });
        }
        return scale;
    }

    /** How "not rated" is shown; required when the framework rates, nothing to show when it does not. */
    RatingLabel notRated(YamlMap framework, boolean rates) {
        Optional<YamlMap> entry = framework.get("notRated").flatMap(v -> v.asMap("notRated", NOT_RATED));
        if (entry.isEmpty()) {
            if (rates && !framework.keys().contains("notRated")) {
                framework.diagnostics().error(framework.at(), "a framework with ratings needs 'notRated'",
                        "add e.g. notRated: { name: Not rated, colour: \"#e6e6e6\", textColour: \"#1a1a1a\" }");
            }
            return RatingLabel.NONE;
        }
        YamlMap m = entry.get();
        return m.requiredText("name", "the words a report shows for a standard not rated")
                .map(n -> label(m, n, n)).orElse(RatingLabel.NONE);
    }

    /** The label; a problem with it (a colour, a CSS class) is reported, and the framework then fails to load. */
    private RatingLabel label(YamlMap m, String word, String name) {
        String colour = colour(m, "colour", "the background of its tile").orElse("");
        String textColour = colour(m, "textColour", "the colour of the word on its tile").orElse("");
        String slug = RatingLabel.slugOf(name);
        SourcePosition first = slugs.putIfAbsent(slug, m.keyAt("name"));
        if (!slug.matches(".*[a-z].*")) {
            m.diagnostics().error(m.keyAt("name"), "'" + name + "' gives no CSS class name (rating-" + slug + ")",
                    "a rating's name needs a letter from a to z");
        } else if (first != null) {
            m.diagnostics().error(m.keyAt("name"), "'" + name + "' gives the same CSS class (rating-" + slug
                    + ") as the rating at line " + first.line(), "name the ratings apart");
        }
        return new RatingLabel(word, m.text("shortName").orElse(word), slug, colour, textColour);
    }

    /** A colour written "#rrggbb" (in quotes: unquoted, # starts a YAML comment), in lower case. */
    private static Optional<String> colour(YamlMap m, String key, String what) {
        if (m.keys().contains(key) && m.get(key).isEmpty()) {
            m.diagnostics().error(m.keyAt(key), "no value for '" + key + "' (" + what + ")",
                    "write the colour in quotes, e.g. " + key + ": \"#2f7d32\" (an unquoted # starts a comment)");
            return Optional.empty();
        }
        return m.requiredText(key, what + ", e.g. \"#2f7d32\"").flatMap(c -> {
            if (!c.matches("#[0-9a-fA-F]{6}")) {
                m.diagnostics().error(m.keyAt(key), "'" + c + "' is not a colour", "write it as \"#rrggbb\","
                        + " e.g. \"#2f7d32\"");
                return Optional.empty();
            }
            return Optional.of(c.toLowerCase(Locale.ROOT));
        });
    }
}
