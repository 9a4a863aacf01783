package org.rapporteur.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a run, so an author sees them all at once rather than one per attempt. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void error(SourcePosition at, String message) {
        add(new Diagnostic(Severity.ERROR, at, message, null, null));
    }

    public void error(SourcePosition at, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, at, message, hint, null));
    }

    public void warning(SourcePosition at, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, at, message, hint, null));
    }

    public void add(Diagnostic d) {
        items.add(d);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    /** Every diagnostic, ordered by file, line and column. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.at().file().toString())
                .thenComparingInt(d -> d.at().line())
                .thenComparingInt(d -> d.at().column()));
        return List.copyOf(copy);
    }

    public List<Diagnostic> all() {
        return List.copyOf(items);
    }
}
