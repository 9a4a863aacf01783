package org.rapporteur.document;

import java.time.Instant;

/**
 * What every output records about the document: title, author, subject, keywords and language, whether it is a
 * draft, and the one timestamp all outputs use (so the same input gives the same bytes).
 */
public record DocumentInfo(String title, String author, String subject, String keywords, String language,
                           boolean draft, Instant timestamp) {
}
