package org.rapporteur.model;

import java.util.Optional;

/**
 * A report's ISBN, read from what report.yaml gives: an ISBN-13 whose check digit is right (hyphens or spaces may
 * group its digits), or an ISBN-10 whose check digit is right, which stands for its ISBN-13 (978, its first nine
 * digits and a new check digit). {@code printed} is the ISBN-13 as the report prints it (the author's grouping kept),
 * {@code digits} its thirteen digits alone, {@code isbn10} the ISBN-10 it was converted from (else null).
 */
public record Isbn(String printed, String digits, String isbn10) {

    /** What reading a value came to: an ISBN, or what is wrong with it. */
    public sealed interface Reading permits Valid, Wrong {
    }

    /** A value that is an ISBN (perhaps converted from an ISBN-10). */
    public record Valid(Isbn isbn) implements Reading {
    }

    /** A value that is not: what is wrong, what to do, and the index of the character at fault in the value. */
    public record Wrong(String problem, String hint, int offset) implements Reading {
    }

    /** The ISBN as a URN ({@code urn:isbn:9781...}), the form Dublin Core's identifier takes. */
    public String urn() {
        return "urn:isbn:" + digits;
    }

    /** Whether the value was an ISBN-10, converted. */
    public boolean converted() {
        return isbn10 != null;
    }

    /** The ISBN of a value that is one, else empty (what is wrong is the check stage's to say). */
    public static Optional<Isbn> of(String written) {
        return written != null && read(written) instanceof Valid v ? Optional.of(v.isbn()) : Optional.empty();
    }

    /** Reads a value as an ISBN-13 or ISBN-10. */
    public static Reading read(String written) {
        String text = written.strip();
        int lead = written.indexOf(text);
        if (text.regionMatches(true, 0, "ISBN", 0, 4)) {
            return new Wrong("write the ISBN without the word 'ISBN' before it", "the report prints 'ISBN' itself;"
                    + " keep only the digits and their hyphens", lead);
        }
        StringBuilder digits = new StringBuilder();
        int lastDigit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = c == '-' || c == ' ';
            if (c >= '0' && c <= '9' || (c == 'X' || c == 'x') && i == text.length() - 1) {
                digits.append(Character.toUpperCase(c));
                lastDigit = i;
            } else if (!separator) {
                return new Wrong("'" + c + "' cannot be part of an ISBN", "an ISBN is 13 digits, which hyphens or"
                        + " single spaces may group, e.g. 978-1-0000-0000-9", lead + i);
            } else if (i == 0 || i == text.length() - 1 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return new Wrong("a hyphen or space in an ISBN stands only between two digits",
                        "remove the extra hyphen or space", lead + i);
            }
        }
        String d = digits.toString();
        if (d.length() == 13) {
            return isbn13(text, d, lead, lead + lastDigit);
        }
        if (d.length() == 10) {
            return isbn10(text, d, lead + lastDigit);
        }
        return new Wrong("an ISBN has 13 digits (or 10 in its older form), but this has " + d.length(),
                "copy the ISBN exactly as the publisher assigned it, e.g. 978-1-0000-0000-9", lead);
    }

    private static Reading isbn13(String text, String d, int start, int checkAt) {
        if (d.indexOf('X') >= 0) {
            return new Wrong("an ISBN-13 ends in a digit, never X", "copy the ISBN exactly as the publisher"
                    + " assigned it", checkAt);
        }
        if (!d.startsWith("978") && !d.startsWith("979")) {
            return new Wrong("an ISBN-13 begins 978 or 979, but this begins " + d.substring(0, 3),
                    "copy the ISBN exactly as the publisher assigned it", start);
        }
        char expected = check13(d.substring(0, 12));
        if (d.charAt(12) != expected) {
            return new Wrong(wrongCheckDigit(d.charAt(12), expected, "twelve"),
                    "if the other digits are right, the ISBN is " + text.substring(0, text.length() - 1) + expected
                            + "; otherwise copy it again from the publisher's record", checkAt);
        }
        return new Valid(new Isbn(text, d, null));
    }

    private static Reading isbn10(String text, String d, int checkAt) {
        char expected = check10(d.substring(0, 9));
        if (d.charAt(9) != expected) {
            return new Wrong(wrongCheckDigit(d.charAt(9), expected, "nine") + " (as an ISBN-10)",
                    "if the other digits are right, the ISBN-10 is " + text.substring(0, text.length() - 1) + expected
                            + " and its ISBN-13 is " + isbn13Of(text, d.substring(0, 9)) + "; otherwise copy it"
                            + " again from the publisher's record", checkAt);
        }
        String printed = isbn13Of(text, d.substring(0, 9));
        return new Valid(new Isbn(printed, "978" + d.substring(0, 9) + check13("978" + d.substring(0, 9)), text));
    }

    /** The ISBN-13 of an ISBN-10 as written, its grouping kept: 978, the first nine digits, the new check digit. */
    private static String isbn13Of(String text, String nine) {
        String separator = text.indexOf('-') >= 0 ? "-" : text.indexOf(' ') >= 0 ? " " : "";
        return "978" + separator + text.substring(0, text.length() - 1) + check13("978" + nine);
    }

    private static String wrongCheckDigit(char found, char expected, String count) {
        return "the ISBN's check digit is wrong: it ends in " + found + ", but its first " + count
                + " digits give the check digit " + expected;
    }

    /** The ISBN-13 check digit of twelve digits: weights 1 and 3 in turn, to the next multiple of ten. */
    static char check13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The ISBN-10 check digit of nine digits: weights 10 down to 2, to the next multiple of eleven (10 is X). */
    static char check10(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
