package org.rapporteur.source;

import java.nio.file.Path;

/**
 * One problem found in an author's input: where it is, what is wrong, and (when there is one) what to do.
 * Printed as {@code file:line:column: error: message; hint}, always on one line that is safe to print
 * ({@link Printable}).
 */
public record Diagnostic(Severity severity, SourcePosition at, String message, String hint, String rule) {

    public Diagnostic {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a diagnostic needs a message");
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format(Path base) {
        StringBuilder out = new StringBuilder();
        out.append(at.describe(base)).append(": ").append(severity.label()).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            out.append("; ").append(hint);
        }
        if (rule != null) {
            out.append(" [").append(rule).append(']');
        }
        return Printable.line(out);
    }
}
