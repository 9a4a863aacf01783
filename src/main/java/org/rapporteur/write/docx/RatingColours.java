package org.rapporteur.write.docx;

/**
 * One rating as a document's stylesheet colours it: the slug of its class ({@code rating-<slug>}), the fill and the
 * text colour (six upper-case hex digits, as WordprocessingML writes colours).
 */
record RatingColours(String slug, String fill, String text) {

    /** The rating's part of its style ids, its slug in CamelCase: "first-class" gives "FirstClass". */
    String styleSuffix() {
        return DocumentStyles.camel(slug);
    }

    /** The rating's part of its style names, words apart: "FirstClass" gives "First Class". */
    String label() {
        return styleSuffix().replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
    }

    /** The paragraph style of a rating tile: "RatingFirstClass". */
    String paragraphStyle() {
        return "Rating" + styleSuffix();
    }
}
