package org.rapporteur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rapporteur.scaffold.SyntheticReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.rapporteur.source.Printable;

@Command(name = "generate-reports", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes synthetic copies of a report for benchmarks (another service, ratings and answers).")
final class GenerateCommand implements Callable<Integer> {

    /** The most reports one run writes (each is a copy of a whole report folder). */
    static final int MAX_COUNT = 1000;

    @Parameters(index = "0", paramLabel = "COUNT", description = "how many reports, 1 to " + MAX_COUNT)
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
    public Integer call() {
        if (count < 1 || count > MAX_COUNT) {
            throw new ParameterException(spec.commandLine(), "COUNT must be 1 to " + MAX_COUNT + ", not " + count);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(from.resolve("report.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            err.println("rapporteur: --from " + Printable.line(from) + ": " + (Files.isDirectory(from)
                    ? "this folder has no report.yaml" : Files.exists(from) ? "this is a file, not a report folder"
                    : "no such folder") + "; give a report folder to copy, e.g. --from content/example-yjs");
            return Main.BAD_INPUT;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("rapporteur: " + Printable.line(out) + " is a file; give a folder to write the reports into");
            return Main.BAD_INPUT;
        }
        try {
            SyntheticReports.generate(from, out, count, seed);
        } catch (IOException e) {
            err.println("rapporteur: cannot write the reports into " + Printable.line(out) + ": "
                    + Printable.line(e.getMessage()));
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println("wrote " + count + " reports into " + Printable.line(out));
        return Main.OK;
    }
}
