package org.rapporteur.source;

/**
 * A text value (or a mapping key) exactly as a YAML file gives it, for checks that read every character an author
 * wrote. {@code key} is the mapping key the value stands under (for a list item, the list's key; for a key, the key
 * of the mapping it opens; null at the top); {@code isKey} tells a key from a value. {@code start} and {@code end}
 * are code-point offsets into the file's text (after a byte-order mark) that bound the scalar as written, quotes
 * included; {@code escapes} is true for a double-quoted scalar, whose backslash escapes ({@code \u202E}) may stand
 * for characters that do not appear in the file as themselves.
 */
public record SourceText(String text, String key, boolean isKey, boolean escapes, SourcePosition at, int start,
                         int end) {
}
