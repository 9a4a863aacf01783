package org.rapporteur.build;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Printable;

/**
 * Many reports in one JVM: spread over the cores, with a progress line, a failing report never stopping the
 * others, and a summary table at the end. Templates, fonts and font metrics are loaded once and shared.
 */
public record Batch(ReportBuild build, List<Path> reports, int jobs, PrintWriter out, PrintWriter err) {

    public Batch {
        reports = List.copyOf(reports);
    }

    /** Builds every report; true when every one was written. */
    public boolean run() throws InterruptedException {
        long start = System.nanoTime();
        Progress progress = new Progress(reports.size(), err);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, reports.size()), r -> {
            Thread t = new Thread(r, "rapporteur-build");
            t.setDaemon(true);
            return t;
        });
        List<Future<ReportBuild.Result>> futures = new ArrayList<>();
        for (Path dir : reports) {
            futures.add(pool.submit(() -> {
                ReportBuild.Result r = attempt(dir);
                progress.finished(r);
                return r;
            }));
        }
        List<ReportBuild.Result> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                results.add(futures.get(i).get());
            } catch (java.util.concurrent.ExecutionException e) {
                results.add(failed(reports.get(i), e.getCause()));
            }
        }
        pool.shutdown();
        progress.clear();
        List<org.rapporteur.rate.RatedReport> rated = results.stream().filter(ReportBuild.Result::ok)
                .flatMap(r -> r.rated().stream()).filter(r -> !r.framework().standards().isEmpty()).toList();
        List<Path> programme = List.of();
        org.rapporteur.source.Diagnostics programmeProblems = new org.rapporteur.source.Diagnostics();
        if (rated.size() > 1) {
            try {
                programme = build.programme(rated, programmeProblems);
            } catch (java.io.IOException e) {
                err.println("the programme summary could not be written: " + Printable.line(e.getMessage()));
            } catch (StackOverflowError | OutOfMemoryError e) {
                err.println("the programme summary could not be written: too many reports for the memory given;"
                        + " raise the heap with RAPPORTEUR_JAVA_OPTS=-Xmx2g");
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        summary(results, ms);
        if (!programme.isEmpty()) {
            out.println("programme summary of " + rated.size() + " reports: "
                    + Printable.line(programme.get(0).getParent()));
        }
        if (programmeProblems.hasErrors()) {
            DiagnosticPrinter.print(programmeProblems, err);
        }
        return results.stream().allMatch(ReportBuild.Result::ok);
    }

    /** One report's build; whatever it throws stays with that report, and the others are built. */
    private ReportBuild.Result attempt(Path dir) {
        try {
            return build.build(dir);
        } catch (StackOverflowError | OutOfMemoryError e) {
            org.rapporteur.source.Diagnostics d = new org.rapporteur.source.Diagnostics();
            ReportBuild.exhausted(dir, e, d);
            return new ReportBuild.Result(dir, d, List.of(), java.util.Optional.empty(), 0, 0);
        } catch (RuntimeException | Error e) {
            return failed(dir, e);
        }
    }

    private static ReportBuild.Result failed(Path dir, Throwable e) {
        org.rapporteur.source.Diagnostics d = new org.rapporteur.source.Diagnostics();
        d.error(org.rapporteur.source.SourcePosition.startOf(dir), "internal error: " + e,
                "this is a fault in Rapporteur; other reports were still built");
        return new ReportBuild.Result(dir, d, List.of(), java.util.Optional.empty(), 0, 0);
    }

    private void summary(List<ReportBuild.Result> results, long ms) {
        out.printf("%-32s %-24s %6s %6s %8s %8s%n", "report", "rating", "score", "pages", "time ms", "warnings");
        for (ReportBuild.Result r : results) {
            String rating = r.rated().map(x -> x.ratings().overall() == null ? "not rated"
                    : x.ratings().overall().name()).orElse("-");
            String score = r.rated().map(x -> x.ratings().score() == null ? "-" : x.ratings().score() + "/"
                    + x.ratings().maxScore()).orElse("-");
            out.printf("%-32s %-24s %6s %6s %8d %8d%s%n", abbreviate(Printable.line(r.dir().getFileName()), 32),
                    r.ok() ? rating : "FAILED", score, r.pages() == 0 ? "-" : Integer.toString(r.pages()), r.millis(),
                    r.diagnostics().warningCount(), r.ok() ? "" : "  " + r.diagnostics().errorCount() + " errors");
        }
        long failures = results.stream().filter(r -> !r.ok()).count();
        out.println(results.size() + " reports, " + (results.size() - failures) + " built, " + failures
                + " failed, in " + ms + " ms" + peakMemory());
        out.flush();
        for (ReportBuild.Result r : results) {
            if (!r.ok()) {
                err.println();
                err.println(Printable.line(r.dir()) + ": nothing was written");
                DiagnosticPrinter.print(r.diagnostics(), err);
            }
        }
    }

    /** The process's peak resident memory, where the system reports it (Linux). */
    private static String peakMemory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return "; peak memory " + kb / 1024 + " MB";
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: say nothing
        }
        return "";
    }

    static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
