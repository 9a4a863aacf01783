package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rapporteur.build.Batch;
import org.rapporteur.build.BuildList;
import org.rapporteur.build.BuildSettings;
import org.rapporteur.build.ReportBuild;
import org.rapporteur.files.OutputFiles;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Printable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds a report: checks and rates it, renders it, and writes PDF, Word and HTML into"
                + " build-output/<report>/. Nothing is written unless every output succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR", arity = "1..*", description = "report or pack folders, or folders"
            + " holding them (e.g. content): several are built in one run, spread over the cores")
    List<Path> dirs;

    @Option(names = "--jobs", paramLabel = "N", description = "reports built at once (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin FormatsOption formats;

    static final class Mode {
        @Option(names = "--draft", description = "mark every page DRAFT (the default)")
        boolean draft;
        @Option(names = "--final", description = "a publishable build: refuses while a TODO or other placeholder remains, a required part is missing or prose contradicts the figures")
        boolean fin;
    }

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(names = "--out", paramLabel = "DIR", description = "where outputs go (default: build-output)")
    Path out = Path.of("build-output");

    @Mixin TemplatesOption templates;

    @Mixin Console console;

    @Override
    public Integer call() throws Exception {
        boolean draft = mode == null || !mode.fin;
        PrintWriter err = console.err();
        Optional<BuildSettings> settings = settings(formats.names(), draft, out, templates.root(), err);
        if (settings.isEmpty()) {
            return Main.BAD_INPUT;
        }
        ReportBuild build = new ReportBuild(settings.get());
        BuildList list = BuildList.of(ReportBuild.expand(dirs));
        list.repeated().forEach(err::println);
        if (list.problems().hasErrors()) {
            DiagnosticPrinter.print(list.problems(), err);
            err.println("nothing was written");
            return Main.BAD_INPUT;
        }
        List<Path> reports = list.folders();
        if (reports.size() == 1) {
            return single(build.build(reports.get(0)), draft);
        }
        return new Batch(build, reports, Math.max(1, jobs), console.out(), err).run() ? Main.OK
                : Main.BAD_INPUT;
    }

    private int single(ReportBuild.Result result, boolean draft) throws java.io.IOException {
        PrintWriter err = console.err();
        PrintWriter stdout = console.out();
        if (!result.ok()) {
            DiagnosticPrinter.print(result.diagnostics(), err);
            err.println("nothing was written");
            return Main.BAD_INPUT;
        }
        if (result.diagnostics().warningCount() > 0) {
            DiagnosticPrinter.print(result.diagnostics(), err);
        }
        for (Path p : result.written()) {
            if (!OutputFiles.isManifest(p)) {
                stdout.println("wrote " + Printable.line(p) + " (" + Files.size(p) / 1024 + " KB)");
            }
        }
        stdout.println((draft ? "draft" : "final") + " build of " + Printable.line(result.dir()) + " in "
                + result.millis() + " ms");
        return Main.OK;
    }

    /** The build's settings, or empty after saying why (a malformed SOURCE_DATE_EPOCH). */
    static Optional<BuildSettings> settings(List<String> formats, boolean draft, Path out, Path templates,
                                            PrintWriter err) {
        try {
            return Optional.of(BuildSettings.of(formats, draft, out, templates));
        } catch (IllegalArgumentException e) {
            err.println("rapporteur: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }
}
