/**
 * Author text to document text: Markdown to safe XHTML within limits of nesting and length ({@code Markdown},
 * {@code ProseLimits}), pictures read and checked before they are embedded ({@code ImageFile}), numbers in words.
 * <p>May use: {@code source}, {@code model}.
 */
package org.rapporteur.text;
