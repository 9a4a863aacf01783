package org.rapporteur.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Rating;
import org.rapporteur.framework.RatingLabel;

/**
 * A rating as templates see it, and the stylesheet rules that colour its tiles: both from the framework's rating
 * scale, so no template or Java file names a rating.
 */
final class RatingView {

    private RatingView() {
    }

    /**
     * {@code name} (as the framework and standards files write it), {@code word} (what the report prints),
     * {@code shortName}, {@code slug} (the CSS class is {@code rating-<slug>}), {@code score}, {@code top} (the
     * highest of the scale) and {@code rated}; a null rating is the framework's "not rated".
     */
    static Map<String, Object> of(Framework f, Rating r) {
        if (r == null) {
            RatingLabel l = f.notRated();
            return Map.of("name", l.word(), "word", l.word(), "shortName", l.shortWord(), "slug", l.slug(),
                    "score", 0, "top", false, "rated", false);
        }
        RatingLabel l = r.label();
        return Map.of("name", r.name(), "word", l.word(), "shortName", l.shortWord(), "slug", l.slug(),
                "score", r.score(), "top", f.topRating().map(r::equals).orElse(false), "rated", true);
    }

    /**
     * The rules that colour the tiles, one line each, the scale highest first and then "not rated", without a
     * final line break: {@code .rating-good { background-color: #2f7d32; color: #ffffff; }}. Of several
     * frameworks (a programme summary), each class once, as the first framework that has it colours it.
     */
    static String stylesheet(List<Framework> frameworks) {
        Map<String, RatingLabel> labels = new LinkedHashMap<>();
        for (Framework f : frameworks) {
            f.ratingsHighestFirst().forEach(r -> labels.putIfAbsent(r.label().slug(), r.label()));
            if (!f.notRated().slug().isEmpty()) {
                labels.putIfAbsent(f.notRated().slug(), f.notRated());
            }
        }
        StringBuilder css = new StringBuilder();
        for (RatingLabel l : labels.values()) {
            css.append(css.isEmpty() ? "" : "\n").append(".rating-").append(l.slug()).append(" { background-color: ")
                    .append(l.colour()).append("; color: ").append(l.textColour()).append("; }");
        }
        return css.toString();
    }
}
