package org.rapporteur.text;

import java.util.Locale;

/** House style for numbers: under ten in words in prose ("seven recommendations"), otherwise figures. */
public final class Words {

    private static final String[] SMALL = {"none", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};

    private Words() {
    }

    private static final String[] UP_TO_TWENTY = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty"};

    /** A number written in figures or in words up to twenty ("seven", "12"); empty when it is neither. */
    public static java.util.OptionalInt parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,6}")) {
            return java.util.OptionalInt.of(Integer.parseInt(t));
        }
        for (int i = 0; i < UP_TO_TWENTY.length; i++) {
            if (UP_TO_TWENTY[i].equals(t)) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** A regular-expression alternative matching a number in figures or in words up to twenty. */
    public static final String NUMBER_PATTERN = "\\d{1,6}|" + String.join("|", UP_TO_TWENTY);

    public static String number(int n) {
        return n >= 0 && n < 10 ? SMALL[n] : Integer.toString(n);
    }

    public static String capitalised(int n) {
        String w = number(n);
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /** "1 community resolution", "3 referral orders": a count and a lower-case noun, pluralised simply. */
    public static String count(int n, String singular) {
        return number(n) + " " + (n == 1 ? singular : plural(singular));
    }

    public static String plural(String noun) {
        int paren = noun.indexOf(" (");
        if (paren > 0) {
            return plural(noun.substring(0, paren)) + noun.substring(paren);
        }
        int with = noun.indexOf(" with ");
        if (with > 0) {
            return plural(noun.substring(0, with)) + noun.substring(with);
        }
        if (noun.endsWith("s") || noun.matches(".*\\d$")) {
            return noun;
        }
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
