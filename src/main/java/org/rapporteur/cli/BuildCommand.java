package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rapporteur.files.OutputFiles;
import org.rapporteur.write.Writers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.rapporteur.source.Printable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds a report: checks and rates it, renders it, and writes PDF, Word and HTML into"
                + " build-output/<report>/. Nothing is written unless every output succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR", arity = "1..*", description = "report or pack folders, or folders"
            + " holding them (e.g. content): several are built in one run, spread over the cores")
    List<Path> dirs;

    @Option(names = "--jobs", paramLabel = "N", description = "reports built at once (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "formats to write, comma-separated: pdf, docx, html (the default: all three), xhtml")
    List<String> formats;

    static final class Mode {
        @Option(names = "--draft", description = "mark every page DRAFT (the default)")
        boolean draft;
        @Option(names = "--final", description = "a publishable build: refuses while TODO markers remain")
        boolean fin;
    }

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(names = "--out", paramLabel = "DIR", description = "where outputs go (default: build-output)")
    Path out = Path.of("build-output");

    @Option(names = "--templates", paramLabel = "DIR", description = "the templates folder (default: the project's)")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean draft = mode == null || !mode.fin;
        List<String> wanted = formatNames(formats, spec);
        ReportBuild build = new ReportBuild(wanted, draft, out, templatesRoot(templates));
        PrintWriter err = spec.commandLine().getErr();
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
        return new Batch(build, reports, Math.max(1, jobs), spec.commandLine().getOut(), err).run();
    }

    private int single(ReportBuild.Result result, boolean draft) throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!result.ok()) {
            DiagnosticPrinter.print(result.diagnostics(), err);
            err.println("nothing was written");
            return Main.BAD_INPUT;
        }
        if (result.diagnostics().warningCount() > 0) {
            DiagnosticPrinter.print(result.diagnostics(), err);
        }
        for (Path p : result.written()) {
            if (!p.getFileName().toString().equals(OutputFiles.MANIFEST)) {
                stdout.println("wrote " + Printable.line(p) + " (" + Files.size(p) / 1024 + " KB)");
            }
        }
        stdout.println((draft ? "draft" : "final") + " build of " + Printable.line(result.dir()) + " in " + result.millis() + " ms");
        return Main.OK;
    }

    /** The formats asked for (or the defaults); an unknown one is a usage error (exit status 2). */
    static List<String> formatNames(List<String> asked, CommandSpec spec) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : asked == null ? Writers.defaultFormats() : asked) {
            String name = f.trim().toLowerCase(java.util.Locale.ROOT);
            if (!Writers.exists(name)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + Printable.line(f)
                        + "'; formats are " + String.join(", ", Writers.formats()));
            }
            wanted.add(name);
        }
        return List.copyOf(wanted);
    }

    /** --templates, else the templates folder of the Rapporteur installation, else ./templates. */
    static Path templatesRoot(Path templates) {
        if (templates != null) {
            return templates;
        }
        String home = System.getProperty("rapporteur.home");
        if (home != null && Files.isDirectory(Path.of(home, "templates"))) {
            return Path.of(home, "templates");
        }
        return Path.of("templates");
    }
}
