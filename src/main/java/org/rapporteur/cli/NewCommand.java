package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rapporteur.build.Pipeline;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.scaffold.FolderWriter;
import org.rapporteur.scaffold.PackSkeleton;
import org.rapporteur.scaffold.ScaffoldException;
import org.rapporteur.scaffold.Schemas;
import org.rapporteur.scaffold.Skeleton;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Printable;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Starts a new report folder with every section of a framework's report: report.yaml, the"
                + " chapters, one file per standard and one cases file per case type, with TODO placeholders and"
                + " guidance in comments. The new folder checks clean and builds as a draft at once. Exit 0 when"
                + " written, 2 when refused (nothing is written).")
final class NewCommand implements Callable<Integer> {

    static final String DEFAULT_FRAMEWORK = "hmip-youth-2021";

    @Parameters(paramLabel = "DIR", description = "the new report folder, e.g. content/wendover-vale")
    Path dir;

    @Option(names = "--framework", paramLabel = "ID", defaultValue = DEFAULT_FRAMEWORK,
            description = "the framework the report is judged against (default: ${DEFAULT-VALUE})")
    String framework;

    @Option(names = "--service", paramLabel = "NAME",
            description = "the service's full name, e.g. \"Wendover Vale Youth Justice Service\"")
    String service;

    @Option(names = "--force", description = "write into a folder that is not empty (files of the same name are"
            + " replaced; others are kept)")
    boolean force;

    @Option(names = "--pack", description = "start a council committee pack presenting the report given with"
            + " --report, instead of a report")
    boolean pack;

    @Option(names = "--report", paramLabel = "REPORT-DIR", description = "with --pack: the inspection report the"
            + " pack presents, e.g. content/wendover-vale")
    Path report;

    @Mixin Console console;

    @Override
    public Integer call() {
        if (pack || report != null) {
            return pack();
        }
        String id = framework.trim();
        Set<String> known = FrameworkLoader.available();
        if (!known.contains(id)) {
            String hint = Suggestions.didYouMean(id, known);
            return console.refuse("unknown framework '" + id + "'; "
                    + (hint != null ? hint : "known frameworks: " + String.join(", ", known)));
        }
        if (service != null && (service.isBlank() || service.chars().anyMatch(Character::isISOControl))) {
            return console.refuse("the service name must be one line of text, e.g. --service \"Wendover Vale"
                    + " Youth Justice Service\"");
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<Framework> loaded = FrameworkLoader.load(id,
                SourcePosition.startOf(Path.of("frameworks", id + ".yaml")), diagnostics);
        if (loaded.isEmpty()) {
            DiagnosticPrinter.print(diagnostics, console.err());
            return Main.BAD_INPUT;
        }
        Framework f = loaded.get();
        Map<String, byte[]> files = Skeleton.files(f, Skeleton.Options.of(service));
        String shown = Printable.line(dir);
        Integer refused = create(files, "created " + shown + " for " + f.title() + " (" + f.id() + ", "
                + f.standards().size() + " standards):");
        if (refused != null) {
            return refused;
        }
        PrintWriter out = console.out();
        out.println("Next steps:");
        out.println("  1. edit the files: every TODO marks something to write or replace, and the comments in each"
                + " file say what goes in it;");
        out.println("  2. run 'rapporteur check " + shown + "' as you go: it lists every problem at its file and"
                + " line;");
        out.println("  3. 'rapporteur build " + shown + "' builds a draft at any time; 'rapporteur build --final "
                + shown + "' works once no TODO is left and every judged standard has its rating.");
        out.println("Editors with the YAML language server (e.g. the YAML extension of VS Code) check each file"
                + " as you type, against the schemas in " + Printable.line(dir.resolve(Schemas.REPORT_FOLDER)) + ".");
        out.flush();
        return Main.OK;
    }

    /** {@code new --pack DIR --report REPORT-DIR}: a pack presenting a report that checks clean. */
    private Integer pack() {
        if (!pack) {
            return console.refuse("--report goes with --pack: rapporteur new --pack <pack-dir> --report <report-dir>");
        }
        if (report == null) {
            return console.refuse("a pack presents a report: rapporteur new --pack " + Printable.line(dir)
                    + " --report <report-dir>");
        }
        Path parent = dir.toAbsolutePath().normalize().getParent();
        if (parent == null || !parent.equals(report.toAbsolutePath().normalize().getParent())) {
            return console.refuse("a pack and its report are folders side by side, e.g. content/wendover-vale-pack"
                    + " beside content/wendover-vale; start the pack in " + Printable.line(
                    report.toAbsolutePath().normalize().resolveSibling(dir.getFileName())));
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<RatedReport> rated = Pipeline.rated(report, diagnostics);
        if (rated.isEmpty()) {
            DiagnosticPrinter.print(diagnostics, console.err());
            console.err().println("rapporteur: the pack's report must check clean first; nothing was written");
            return Main.BAD_INPUT;
        }
        var metadata = rated.get().report().metadata();
        Path from = dir.toAbsolutePath().normalize();
        String reportPath = from.relativize(report.toAbsolutePath().normalize()).toString().replace('\\', '/');
        PackSkeleton skeleton = new PackSkeleton(reportPath, metadata.service().name(),
                metadata.inspectorate() != null ? metadata.inspectorate() : rated.get().framework().inspectorate(),
                rated.get().report().allRecommendations().size(), java.time.LocalDate.now());
        String shown = Printable.line(dir);
        Integer refused = create(skeleton.files(), "created " + shown + ", a council pack presenting "
                + Printable.line(report) + ":");
        if (refused != null) {
            return refused;
        }
        PrintWriter out = console.out();
        out.println("Next steps: write every TODO (the committee in pack.yaml, the cover report in cover.yaml, the"
                + " plan in plan.yaml), add the council's emblem as 'logo:' if it has one, run 'rapporteur check "
                + shown + "', then 'rapporteur build " + shown + "'.");
        out.flush();
        return Main.OK;
    }

    /** Writes the files into the new folder and lists them under {@code heading}; the exit status if refused. */
    private Integer create(Map<String, byte[]> files, String heading) {
        try {
            FolderWriter.write(dir, files, force);
        } catch (ScaffoldException e) {
            return console.refuse(e.getMessage() + (e.hint() != null ? "; " + e.hint() : ""));
        }
        PrintWriter out = console.out();
        out.println(heading);
        for (String relative : files.keySet()) {
            out.println("  " + Printable.line(dir.resolve(relative)));
        }
        out.println();
        return null;
    }
}
