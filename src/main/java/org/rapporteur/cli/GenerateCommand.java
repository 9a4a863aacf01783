package org.rapporteur.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rapporteur.scaffold.SyntheticReports;
import org.rapporteur.source.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Mixin Console console;

    @Override
    public Integer call() {
        if (count < 1 || count > MAX_COUNT) {
            throw console.usageError("COUNT must be 1 to " + MAX_COUNT + ", not " + count);
        }
        if (!Files.isRegularFile(from.resolve("report.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            return console.refuse("--from " + from + ": " + (Files.isDirectory(from)
                    ? "this folder has no report.yaml" : Files.exists(from) ? "this is a file, not a report folder"
                    : "no such folder") + "; give a report folder to copy, e.g. --from content/example-yjs");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return console.refuse(out + " is a file; give a folder to write the reports into");
        }
        try {
            SyntheticReports.generate(from, out, count, seed);
        } catch (IOException e) {
            return console.refuse("cannot write the reports into " + out + ": " + e.getMessage());
        }
        console.out().println("wrote " + count + " reports into " + Printable.line(out));
        return Main.OK;
    }
}
