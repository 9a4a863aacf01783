package org.rapporteur.check;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.framework.Framework;

/**
 * The framework's rating words as prose should write them: in single quotes and in the framework's own case
 * ('Good', not "rated good" or 'GOOD'; a rating of several words in sentence case). A framework without a rating
 * scale has no words to check.
 */
final class RatingWording {

    private final Map<String, String> byLowerCase = new LinkedHashMap<>();
    private final Pattern titleCased;
    private final Pattern ratedUnquoted;
    private final Pattern quoted;

    private RatingWording(List<String> words) {
        words.forEach(w -> byLowerCase.put(w.toLowerCase(Locale.ROOT), w));
        String any = words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        ratedUnquoted = Pattern.compile("\\brated(?: as)?:? (?!')[\"“]?(" + any + ")\\b", flags);
        quoted = Pattern.compile("'(" + any + ")'", flags);
        List<String> titles = words.stream().map(RatingWording::titleCase).filter(t -> !words.contains(t)).toList();
        titleCased = titles.isEmpty() ? null
                : Pattern.compile("\\b(?:" + titles.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                        + ")\\b");
    }

    /** The words of the framework's scale, or empty when it rates nothing. */
    static Optional<RatingWording> of(Framework framework) {
        List<String> words = framework.ratingsHighestFirst().stream().map(r -> r.label().word()).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(new RatingWording(words));
    }

    /** A rating of several words with each word capitalised, when the scale has one. */
    Optional<Pattern> titleCased() {
        return Optional.ofNullable(titleCased);
    }

    /** "rated good", "rated as “Good”": group 1 is the rating. */
    Pattern ratedUnquoted() {
        return ratedUnquoted;
    }

    /** A rating in single quotes, in any case: group 1 is the rating. */
    Pattern quoted() {
        return quoted;
    }

    /** The rating as the framework writes it, in single quotes. */
    String canonical(String rating) {
        return "'" + byLowerCase.getOrDefault(rating.toLowerCase(Locale.ROOT), rating) + "'";
    }

    private static String titleCase(String words) {
        return Pattern.compile("(^|\\s)(\\p{Ll})").matcher(words).replaceAll(m -> java.util.regex.Matcher
                .quoteReplacement(m.group(1) + m.group(2).toUpperCase(Locale.ROOT)));
    }
}
