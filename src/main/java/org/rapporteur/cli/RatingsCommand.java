package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rapporteur.build.Pipeline;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ratings", mixinStandardHelpOptions = true,
        description = "Prints every standard's rating with its key questions, bands and the reason, and the score.")
final class RatingsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR", description = "the report folder, e.g. content/example-yjs")
    Path dir;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Mixin Console console;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<RatedReport> rated = Pipeline.load(dir, diagnostics).map(Pipeline.Loaded::rated);
        if (rated.isEmpty()) {
            DiagnosticPrinter.print(diagnostics, console.err());
            return Main.BAD_INPUT;
        }
        PrintWriter out = console.out();
        if (diagnostics.warningCount() > 0) { // on stderr, so stdout is exactly the table or the JSON
            DiagnosticPrinter.print(diagnostics, console.err());
        }
        if (json) {
            out.println(RatingsJson.of(rated.get()));
        } else {
            out.print(RatingsTable.of(rated.get()));
        }
        out.flush();
        return Main.OK;
    }
}
