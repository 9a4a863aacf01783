package org.rapporteur.document;

import java.time.Instant;

/**
 * What every output records about the document: title, author, subject, keywords and language, whether it is a
 * draft, the one timestamp all outputs use (so the same input gives the same bytes), and the ISBN-13 of a document
 * that has one ({@code isbn}, as printed, e.g. 978-1-0000-0000-9; null when it has none).
 */
public record DocumentInfo(String title, String author, String subject, String keywords, String language,
                           boolean draft, Instant timestamp, String isbn) {

    /** A document without an ISBN. */
    public DocumentInfo(String title, String author, String subject, String keywords, String language,
                        boolean draft, Instant timestamp) {
        this(title, author, subject, keywords, language, draft, timestamp, null);
    }

    /** The ISBN's thirteen digits alone (hyphens and spaces dropped), or null. */
    public String isbnDigits() {
        return isbn == null ? null : isbn.replaceAll("[^0-9X]", "");
    }
}
