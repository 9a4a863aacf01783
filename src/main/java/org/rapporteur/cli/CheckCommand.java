package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rapporteur.build.Pipeline;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a report folder and lists every problem as file:line:column. Exit 0 when it has no"
                + " errors, 2 when it has.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR", description = "the report folder, e.g. content/example-yjs")
    Path dir;

    @Mixin TemplatesOption templates;

    @Mixin Console console;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        java.util.Optional<Pipeline.Loaded> rated = Pipeline.load(dir, diagnostics);
        rated.ifPresent(r -> Pipeline.checkCharacters(r, templates.root(), false, diagnostics));
        rated.ifPresent(r -> Pipeline.checkFinished(r, false, diagnostics));
        DiagnosticPrinter.print(diagnostics, console.err());
        if (rated.isEmpty() || diagnostics.hasErrors()) {
            return Main.BAD_INPUT;
        }
        console.out().println(Printable.line(dir) + ": no errors"
                + (diagnostics.warningCount() > 0 ? " (" + diagnostics.warningCount() + " warnings)" : ""));
        return Main.OK;
    }
}
