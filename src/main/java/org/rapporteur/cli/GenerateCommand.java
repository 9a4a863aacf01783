package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rapporteur.scaffold.SyntheticReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.rapporteur.source.Printable;

@Command(name = "generate-reports", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes synthetic copies of a report for benchmarks (another service, ratings and answers).")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COUNT")
    int count;

    @Parameters(index = "1", paramLabel = "OUT-DIR")
    Path out;

    @Option(names = "--from", description = "the report to copy (default: ${DEFAULT-VALUE})")
    Path from = Path.of("content/example-yjs");

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 2026;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SyntheticReports.generate(from, out, count, seed);
        spec.commandLine().getOut().println("wrote " + count + " reports into " + Printable.line(out));
        return Main.OK;
    }
}
