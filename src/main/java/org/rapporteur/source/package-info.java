/**
 * Reading author files safely, and saying where things are: YAML read without constructing types or following
 * aliases, within limits of size and nesting ({@code YamlFile}, {@code YamlValue}); {@code SourcePosition};
 * {@code Diagnostic} and {@code Diagnostics} (located errors and warnings, printed by {@code DiagnosticPrinter});
 * "did you mean" suggestions; {@code Printable} (text made safe for a terminal).
 * <p>May use: the JDK and SnakeYAML only. Every other stage uses this package.
 */
package org.rapporteur.source;
