package org.rapporteur.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rapporteur.build.BuildSettings;
import org.rapporteur.build.Pipeline;
import org.rapporteur.build.ReportBuild;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.Writers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Times each stage on one report in this JVM: the first (cold) run, then warm runs."
                + " Writes nothing.")
final class BenchmarkCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR")
    Path dir;

    @Option(names = "--runs", description = "warm runs after the first (default: ${DEFAULT-VALUE})")
    int runs = 10;

    @Mixin FormatsOption formats;

    @Mixin TemplatesOption templates;

    @Mixin Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = console.out();
        List<String> names = formats.names();
        Optional<BuildSettings> settings = BuildCommand.settings(names, true, null, templates.root(),
                console.err());
        if (settings.isEmpty()) {
            return Main.BAD_INPUT;
        }
        ReportBuild build = new ReportBuild(settings.get());
        List<DocumentWriter> writers = new ArrayList<>();
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            Diagnostics d = new Diagnostics();
            long t0 = System.nanoTime();
            Optional<Pipeline.Loaded> loaded = build.prepare(dir, d);
            long t1 = System.nanoTime();
            if (loaded.isEmpty() || d.hasErrors()) {
                DiagnosticPrinter.print(d, console.err());
                return Main.BAD_INPUT;
            }
            ReportBuild.Rendered rendered = build.render(loaded.get(), d);
            long t2 = System.nanoTime();
            if (!rendered.ok()) {
                DiagnosticPrinter.print(d, console.err());
                return Main.BAD_INPUT;
            }
            Optional<RenderedDocument> doc = Optional.of(rendered.document());
            if (writers.isEmpty()) {
                for (String name : names) {
                    Writers.create(name, rendered.style()).ifPresent(writers::add);
                }
            }
            record(times, "load, check, rate", t1 - t0);
            record(times, "render XHTML", t2 - t1);
            for (DocumentWriter w : writers) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
                long s = System.nanoTime();
                w.write(doc.get(), bytes);
                record(times, "write " + w.format(), System.nanoTime() - s);
                sizes.put("write " + w.format(), (long) bytes.size());
            }
            record(times, "total", System.nanoTime() - t0);
        }
        out.printf("%-20s %10s %10s %10s %10s%n", "stage", "first ms", "warm min", "warm med", "size KB");
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            List<Long> warm = new ArrayList<>(e.getValue().subList(1, e.getValue().size()));
            warm.sort(null);
            out.printf("%-20s %10.1f %10s %10s %10s%n", e.getKey(), e.getValue().get(0) / 1e6,
                    warm.isEmpty() ? "-" : String.format("%.1f", warm.get(0) / 1e6),
                    warm.isEmpty() ? "-" : String.format("%.1f", warm.get(warm.size() / 2) / 1e6),
                    sizes.containsKey(e.getKey()) ? sizes.get(e.getKey()) / 1024 : "");
        }
        return Main.OK;
    }

    private static void record(Map<String, List<Long>> times, String stage, long nanos) {
        times.computeIfAbsent(stage, k -> new ArrayList<>()).add(nanos);
    }
}
