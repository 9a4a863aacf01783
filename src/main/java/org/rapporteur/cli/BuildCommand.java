package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rapporteur.check.PublicationCheck;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.render.DocumentRenderer;
import org.rapporteur.render.RenderedDocument;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.HouseStyle;
import org.rapporteur.write.OutputFiles;
import org.rapporteur.write.Writers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds a report: checks and rates it, renders it, and writes PDF, Word and HTML into"
                + " build-output/<report>/. Nothing is written unless every output succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR", description = "the report folder, e.g. content/example-yjs")
    Path dir;

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
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        boolean draft = mode == null || !mode.fin;
        Diagnostics diagnostics = new Diagnostics();
        List<String> wanted = formatNames(formats, spec);
        boolean isPack = org.rapporteur.load.PackLoader.isPack(dir);
        Optional<Pipeline.Pack> pack = isPack ? Pipeline.pack(dir, diagnostics) : Optional.empty();
        Optional<RatedReport> rated = isPack ? pack.map(Pipeline.Pack::rated) : Pipeline.rated(dir, diagnostics);
        if (rated.isPresent() && !draft) {
            PublicationCheck.checkFinal(rated.get().report(), diagnostics);
        }
        Path templatesRoot = templatesRoot(templates);
        DocumentRenderer renderer = new DocumentRenderer(templatesRoot);
        Optional<RenderedDocument> document = rated.isEmpty() || diagnostics.hasErrors() ? Optional.empty()
                : isPack ? renderer.renderPack(pack.get().pack(), rated.get(), draft, diagnostics)
                : renderer.render(rated.get(), draft, diagnostics);
        String kind = isPack ? pack.map(p -> p.pack().kind()).orElse("") : rated.map(r -> r.framework().reportKind())
                .orElse("");
        Optional<HouseStyle> style = document.isEmpty() ? Optional.empty()
                : HouseStyle.load(templatesRoot.resolve(kind), diagnostics);
        if (style.isEmpty() || diagnostics.hasErrors()) {
            DiagnosticPrinter.print(diagnostics, err);
            err.println("nothing was written");
            return Main.BAD_INPUT;
        }
        if (diagnostics.warningCount() > 0) {
            DiagnosticPrinter.print(diagnostics, err);
        }
        RenderedDocument doc = document.get();
        Path target = out.resolve(doc.name());
        OutputFiles files = new OutputFiles(target);
        for (String format : wanted) {
            DocumentWriter w = Writers.create(format, style.get()).orElseThrow();
            files.add(doc.name() + "." + w.extension(), o -> w.write(doc, o));
        }
        long start = System.nanoTime();
        List<Path> written = files.commit();
        long ms = (System.nanoTime() - start) / 1_000_000;
        for (Path p : written) {
            if (!p.getFileName().toString().equals(OutputFiles.MANIFEST)) {
                stdout.println("wrote " + p + " (" + Files.size(p) / 1024 + " KB)");
            }
        }
        stdout.println((draft ? "draft" : "final") + " build of " + dir + " in " + ms + " ms");
        return Main.OK;
    }

    /** The formats asked for (or the defaults); an unknown one is a usage error (exit status 2). */
    static List<String> formatNames(List<String> asked, CommandSpec spec) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : asked == null ? Writers.defaultFormats() : asked) {
            String name = f.trim().toLowerCase(java.util.Locale.ROOT);
            if (!Writers.exists(name)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + f
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
