package org.rapporteur.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.files.OutputFiles;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.render.DocumentRenderer;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.HouseStyle;
import org.rapporteur.write.Writers;

/** One report (or pack) through the whole pipeline into its output folder; safe to run on several threads. */
public final class ReportBuild {

    /** What became of one build. {@code rated} is present when the report could be rated. */
    public record Result(Path dir, Diagnostics diagnostics, List<Path> written, Optional<RatedReport> rated, int pages,
                  long millis) {
        public boolean ok() {
            return !diagnostics.hasErrors() && !written.isEmpty();
        }
    }

    private final List<String> formats;
    private final boolean draft;
    private final Path out;
    private final Path templatesRoot;
    private final DocumentRenderer renderer;

    public ReportBuild(BuildSettings settings) {
        this.formats = settings.formats();
        this.draft = settings.draft();
        this.out = settings.out();
        this.templatesRoot = settings.templates();
        this.renderer = new DocumentRenderer(templatesRoot, settings.buildDate());
    }

    /**
     * What rendering came to: the rated report when it could be rated, and the document with its kind's house
     * style when it could be rendered (both null when the input is wrong: see the diagnostics).
     */
    public record Rendered(Optional<RatedReport> rated, RenderedDocument document, HouseStyle style) {
        public boolean ok() {
            return document != null && style != null;
        }
    }

    /** load, check, rate and render a report or pack, as every command that shows a report does. */
    public Rendered render(Path dir, Diagnostics diagnostics) {
        try {
            return renderUnguarded(dir, diagnostics);
        } catch (StackOverflowError | OutOfMemoryError e) {
            exhausted(dir, e, diagnostics);
            return new Rendered(Optional.empty(), null, null);
        }
    }

    private Rendered renderUnguarded(Path dir, Diagnostics diagnostics) {
        Optional<Pipeline.Loaded> loaded = prepare(dir, diagnostics);
        if (loaded.isEmpty()) {
            return new Rendered(Optional.empty(), null, null);
        }
        return render(loaded.get(), diagnostics);
    }

    /**
     * load, check and rate a report or pack (prose contradicting the calculation: warnings; errors in a final
     * build), then the checks a build adds: every character against the fonts (likewise) and nothing unfinished or
     * missing (warnings; errors in a final build).
     */
    public Optional<Pipeline.Loaded> prepare(Path dir, Diagnostics diagnostics) {
        Optional<Pipeline.Loaded> loaded = Pipeline.load(dir, !draft, diagnostics);
        if (loaded.isEmpty()) {
            return loaded;
        }
        Pipeline.checkCharacters(loaded.get(), templatesRoot, !draft, diagnostics);
        Pipeline.checkFinished(loaded.get(), !draft, diagnostics);
        return loaded;
    }

    /** Renders what {@link #prepare} made, with its kind's house style, unless errors were found on the way. */
    public Rendered render(Pipeline.Loaded loaded, Diagnostics diagnostics) {
        RatedReport report = loaded.rated();
        Optional<RatedReport> rated = Optional.of(report);
        Optional<org.rapporteur.model.CouncilPack> pack = loaded.pack();
        Optional<RenderedDocument> document = diagnostics.hasErrors() ? Optional.empty()
                : pack.isPresent() ? renderer.renderPack(pack.get(), report, loaded.prose(), draft, diagnostics)
                : renderer.render(report, loaded.prose(), draft, diagnostics);
        String kind = pack.map(org.rapporteur.model.CouncilPack::kind).orElse(report.framework().reportKind());
        Optional<HouseStyle> style = document.isEmpty() ? Optional.empty()
                : HouseStyle.load(templatesRoot.resolve(kind), diagnostics);
        if (style.isEmpty() || diagnostics.hasErrors()) {
            return new Rendered(rated, null, null);
        }
        return new Rendered(rated, document.get(), style.get());
    }

    public Result build(Path dir) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Rendered rendered = render(dir, diagnostics);
        if (!rendered.ok()) {
            return new Result(dir, diagnostics, List.of(), rendered.rated(), 0, elapsed(start));
        }
        try {
            return write(dir, rendered, diagnostics, start);
        } catch (StackOverflowError | OutOfMemoryError e) {
            exhausted(dir, e, diagnostics);
            return new Result(dir, diagnostics, List.of(), rendered.rated(), 0, elapsed(start));
        }
    }

    private Result write(Path dir, Rendered rendered, Diagnostics diagnostics, long start) {
        RenderedDocument doc = rendered.document();
        OutputFiles files = outputs(doc.name());
        int[] pages = {0};
        for (String format : formats) {
            DocumentWriter w = Writers.create(format, rendered.style()).orElseThrow();
            files.add(fileName(doc.name(), w.extension()), o -> w.write(doc, o).pages().ifPresent(n -> pages[0] = n));
        }
        try {
            List<Path> written = files.commit();
            return new Result(dir, diagnostics, written, rendered.rated(), pages[0], elapsed(start));
        } catch (IOException e) {
            diagnostics.error(org.rapporteur.source.SourcePosition.startOf(dir), "could not write the outputs: "
                    + e.getMessage(), "nothing was written; check the output folder");
            return new Result(dir, diagnostics, List.of(), rendered.rated(), 0, elapsed(start));
        }
    }

    /**
     * A report whose content exhausts the Java stack (nesting deeper than anything can render) or the heap: said
     * in one located line with what to do, never a stack trace. Everything it held is free again once this runs.
     */
    public static void exhausted(Path dir, Throwable e, Diagnostics diagnostics) {
        org.rapporteur.source.SourcePosition at = org.rapporteur.source.SourcePosition.startOf(dir);
        if (e instanceof StackOverflowError) {
            diagnostics.error(at, "this report is nested too deeply to build (the Java stack overflowed)",
                    "simplify the deepest nesting of lists or quotes in its Markdown; if it must stay, raise the"
                            + " stack with RAPPORTEUR_JAVA_OPTS=-Xss16m");
        } else {
            diagnostics.error(at, "ran out of memory building this report",
                    "split very large content into smaller files or reports, or raise the heap with"
                            + " RAPPORTEUR_JAVA_OPTS=-Xmx2g");
        }
    }

    /** The programme summary of the reports rated in a batch, written beside them; the files written. */
    List<Path> programme(List<RatedReport> reports, Diagnostics diagnostics) throws IOException {
        java.time.YearMonth latest = reports.stream().map(r -> r.report().metadata().published())
                .max(java.util.Comparator.naturalOrder()).orElse(java.time.YearMonth.of(1970, 1));
        Optional<RenderedDocument> doc = renderer.renderProgramme(reports,
                "Programme summary of inspection ratings", out, renderer.timestamp(latest), draft, diagnostics);
        Optional<HouseStyle> style = doc.isEmpty() ? Optional.empty()
                : HouseStyle.load(templatesRoot.resolve(DocumentRenderer.PROGRAMME_KIND), diagnostics);
        if (doc.isEmpty() || style.isEmpty()) {
            return List.of();
        }
        OutputFiles files = outputs(doc.get().name());
        for (String format : formats) {
            DocumentWriter w = Writers.create(format, style.get()).orElseThrow();
            files.add(fileName(doc.get().name(), w.extension()), o -> w.write(doc.get(), o));
        }
        return files.commit();
    }

    /**
     * The outputs of a document named {@code name}: {@code <out>/<name>/}, where a draft and a final build live side
     * by side, each with its own files and manifest ({@code name-draft.pdf} and {@code SHA256SUMS-draft} for a
     * draft, {@code name.pdf} and {@code SHA256SUMS} for a final build), so neither ever overwrites the other.
     */
    private OutputFiles outputs(String name) {
        return new OutputFiles(out.resolve(name), draft ? OutputFiles.DRAFT_MANIFEST : OutputFiles.MANIFEST);
    }

    /** An output's file name: {@code name.pdf} in a final build, {@code name-draft.pdf} in a draft. */
    public static String fileName(String name, boolean draft, String extension) {
        return name + (draft ? org.rapporteur.load.OutputName.DRAFT_SUFFIX : "") + "." + extension;
    }

    private String fileName(String name, String extension) {
        return fileName(name, draft, extension);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The folders to build from the paths given: a report or pack folder itself, or every one directly inside. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> dirs = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (isReport(p) || !Files.isDirectory(p)) {
                dirs.add(p);
                continue;
            }
            try (var children = Files.list(p)) {
                List<Path> reports = children.filter(ReportBuild::isReport).sorted().toList();
                dirs.addAll(reports.isEmpty() ? List.of(p) : reports);
            } catch (IOException e) {
                dirs.add(p);
            }
        }
        return dirs;
    }

    /** A folder with a report.yaml or pack.yaml, whatever those are (the loader refuses a link or pipe, located). */
    public static boolean isReport(Path p) {
        Path report = p.resolve("report.yaml");
        return Files.exists(report, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(report, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || org.rapporteur.load.PackLoader.isPack(p);
    }
}
