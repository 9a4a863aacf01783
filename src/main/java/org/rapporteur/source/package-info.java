/**
 * Reading author files safely, and saying where things are: YAML read without constructing types or following
 * aliases, within limits of size and nesting ({@code YamlFile}, {@code YamlValue}); {@code SourcePosition};
 * {@code Diagnostic} and {@code Diagnostics} (located errors and warnings, printed by {@code DiagnosticPrinter});
 * "did you mean" suggestions; text made safe where it goes: {@code Printable} (a terminal), {@code XmlText} (XML
 * and HTML), {@code YamlText} (a YAML scalar Rapporteur writes).
 * <p>May use: the JDK and SnakeYAML only. Every other stage uses this package.
 */
package org.rapporteur.source;
