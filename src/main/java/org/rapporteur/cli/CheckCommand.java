package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rapporteur.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.rapporteur.source.Printable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a report folder and lists every problem as file:line:column. Exit 0 when it has no"
                + " errors, 2 when it has.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR", description = "the report folder, e.g. content/example-yjs")
    Path dir;

    @picocli.CommandLine.Option(names = "--templates", paramLabel = "DIR",
            description = "the templates folder whose house-style fonts the PDF uses (default: the project's)")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        java.util.Optional<Pipeline.Loaded> rated = Pipeline.load(dir, diagnostics);
        rated.ifPresent(r -> Pipeline.checkCharacters(r, BuildCommand.templatesRoot(templates), false, diagnostics));
        DiagnosticPrinter.print(diagnostics, spec.commandLine().getErr());
        if (rated.isEmpty() || diagnostics.hasErrors()) {
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println(Printable.line(dir) + ": no errors"
                + (diagnostics.warningCount() > 0 ? " (" + diagnostics.warningCount() + " warnings)" : ""));
        return Main.OK;
    }
}
