package org.rapporteur.load.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rapporteur.source.Diagnostic;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Printable;

/**
 * Every problem of one import, so inspectors see them all at once. Spreadsheet cells have no line and column
 * in the YAML sense, so a problem is located by a description instead:
 * {@code cases.xlsx: sheet 'Court', row 7, column D (2.1.3)}.
 */
public final class ImportProblems {

    /** One problem: where it is, what is wrong and (when there is one) what to do. */
    public record Problem(boolean error, String where, String message, String hint) {

        /** {@code where: message; hint}, warnings marked {@code warning:}; one line, safe to print. */
        public String format() {
            StringBuilder b = new StringBuilder(where).append(": ");
            if (!error) {
                b.append("warning: ");
            }
            b.append(message);
            if (hint != null && !hint.isBlank()) {
                b.append("; ").append(hint);
            }
            return Printable.line(b);
        }
    }

    private final List<Problem> items = new ArrayList<>();

    public void error(String where, String message, String hint) {
        items.add(new Problem(true, where, message, hint));
    }

    public void warning(String where, String message, String hint) {
        items.add(new Problem(false, where, message, hint));
    }

    /** Adds the problems of a report or framework load, located as {@code file:line:column}. */
    public void addAll(Diagnostics diagnostics, Path base) {
        for (Diagnostic d : diagnostics.sorted()) {
            items.add(new Problem(d.isError(), d.at().describe(base), d.message(), d.hint()));
        }
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Problem::error);
    }

    public long errorCount() {
        return items.stream().filter(Problem::error).count();
    }

    public List<Problem> all() {
        return List.copyOf(items);
    }
}
