package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder.Run;

/**
 * Rapporteur as a process among others: {@code watch} stopped by Ctrl+C (SIGINT), SIGTERM or SIGHUP at any moment
 * exits 0 with a clean stderr and frees its port; {@code build} interrupted by a signal leaves the last good outputs
 * and no hidden part files; and a closed stdin or a reader that stops early ({@code | head -1}) never produces a
 * stack trace. Every case runs {@code java -cp <this class path> org.rapporteur.cli.Main ...} as a real process.
 */
@Timeout(300)
class ProcessesAndSignalsTest {

    private static final Pattern STARTED = Pattern.compile("Preview of .+ at http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl\\+C to stop\\)");
    private static final long GUARD_MS = Child.GUARD_MS;

    @TempDir
    Path tmp;

    final List<Child> children = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        children.forEach(Child::kill);
    }

    // ------------------------------------------------------------------------------------------------ watch

    /** When to signal a running {@code watch}, and with what. */
    record Stop(String name, String signal, boolean duringFirstBuild, boolean duringRebuild, int times) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Stop> stops() {
        return Stream.of(
                new Stop("Ctrl+C (SIGINT) while serving", "INT", false, false, 1),
                new Stop("SIGTERM while serving", "TERM", false, false, 1),
                new Stop("SIGHUP (the terminal closed) while serving", "HUP", false, false, 1),
                new Stop("Ctrl+C during the first build", "INT", true, false, 1),
                new Stop("SIGTERM during the first build", "TERM", true, false, 1),
                new Stop("SIGTERM while a rebuild runs", "TERM", false, true, 1),
                new Stop("Ctrl+C pressed three times", "INT", false, false, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void watchStopsCleanlyWithExitStatus0(Stop stop) throws Exception {
        Path report = stop.duringFirstBuild() || stop.duringRebuild() ? Example.copyTo(tmp)
                : Attempt.completeReport(tmp.resolve("report")).dir(); // no warning to print
        Child watch = start("watch", report.toString(), "--port", "0", "--templates", Example.TEMPLATES.toString());
        watch.awaitOut(out -> STARTED.matcher(out).find());
        int port = port(watch);
        if (!stop.duringFirstBuild()) {
            watch.awaitOut(out -> out.contains("built in"));
        }
        if (stop.duringRebuild()) {
            Files.writeString(report.resolve("glossary.yaml"), "\n", java.nio.file.StandardOpenOption.APPEND);
            Thread.sleep(500); // the save has been seen (75 ms) and the rebuild (seconds) has started
        }
        for (int i = 0; i < stop.times(); i++) {
            if (i == 0) {
                watch.signal(stop.signal());
            } else {
                watch.signalAgain(stop.signal()); // pressed again while it stops, or after it has gone
            }
        }
        Run run = watch.exit();
        assertThat(run.status()).as("exit status after SIG" + stop.signal() + "\n" + run.err()).isZero();
        Attempt.assertNoFault(run);
        assertThat(run.err()).as("stderr").isEmpty();
        assertPortFree(port);
    }

    @Test
    void watchWithStdinClosedServesAndStops() throws Exception {
        Path report = Attempt.completeReport(tmp.resolve("report")).dir(); // no warning to print
        Child watch = start("watch", report.toString(), "--port", "0", "--templates", Example.TEMPLATES.toString());
        watch.process.getOutputStream().close();
        watch.awaitOut(out -> out.contains("built in"));
        watch.signal("TERM");
        Run run = watch.exit();
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void watchWhoseReaderStoppedEarlyKeepsWorkingAndStops() throws Exception {
        Path report = Attempt.completeReport(tmp.resolve("report")).dir(); // no warning to print
        Child watch = start("watch", report.toString(), "--port", "0", "--templates", Example.TEMPLATES.toString());
        watch.awaitOut(out -> out.contains("built in"));
        watch.closeStdout(); // like '| head -2': later lines go to a broken pipe
        Files.writeString(report.resolve("report.yaml"), "\n", java.nio.file.StandardOpenOption.APPEND);
        Thread.sleep(3000); // a rebuild prints "rebuilt in ..." into the broken pipe
        watch.signal("INT");
        Run run = watch.exit();
        assertThat(run.status()).isZero();
        Attempt.assertNoFault(run);
        assertThat(run.err()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ build

    /**
     * A build stopped by a signal at any moment leaves the output folder consistent: the last good outputs as they
     * were, or (when the signal came as the new outputs were being moved into place, which is finished first) the
     * whole new set, every file as its manifest says; never a mixture, never a part file, never a stack trace.
     */
    @ParameterizedTest(name = "SIG{0} {1} ms into the build")
    @MethodSource("buildSignals")
    void aSignalMidBuildLeavesAConsistentOutputFolderAndNoPartFiles(String signal, long delayMs) throws Exception {
        Path report = Example.copyTo(tmp);
        Path out = tmp.resolve("out");
        Attempt.Snapshot good = Attempt.goodBuild(report, out);
        Path folder = out.resolve("example-yjs");
        Child build = start("build", report.toString(), "--out", out.toString(), "--templates",
                Example.TEMPLATES.toString(), "--format", "pdf,docx,html,xhtml");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs >= 0 ? delayMs : GUARD_MS);
        while (System.nanoTime() < deadline && build.process.isAlive()
                && (delayMs >= 0 || partFiles(folder).isEmpty())) {
            Thread.sleep(2);
        }
        build.signal(signal);
        Run run = build.exit();
        Attempt.assertNoFault(run);
        assertThat(partFiles(folder)).as("hidden part files left").isEmpty();
        if (Attempt.snapshot(out).equals(good)) {
            assertThat(run.out()).doesNotContain("wrote ");
        } else {
            assertManifestHolds(folder);
        }
    }

    static Stream<Arguments> buildSignals() {
        return Stream.of(Arguments.of("TERM", 400L), Arguments.of("INT", 1500L), Arguments.of("HUP", 3000L),
                Arguments.of("TERM", -1L), Arguments.of("INT", -1L));
    }

    /** Every file of the folder is in its (draft) manifest with the sum it has, and nothing else is there. */
    static void assertManifestHolds(Path folder) throws IOException {
        java.util.Map<String, String> listed = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(folder.resolve("SHA256SUMS-draft"))) {
            listed.put(line.substring(66), line.substring(0, 64));
        }
        java.util.Map<String, String> present = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals("SHA256SUMS-draft")) {
                    present.put(f.getFileName().toString(), Attempt.sha256(Files.readAllBytes(f)));
                }
            }
        }
        assertThat(present).as("the new outputs, exactly as their manifest lists them").isEqualTo(listed);
    }

    /** A reader that stops after the first line: never a stack trace, whatever the command. */
    static Stream<List<String>> earlyReaders() {
        return Stream.of(List.of("ratings", "REPORT"), List.of("ratings", "--json", "REPORT"),
                List.of("build", "REPORT", "--out", "OUT", "--format", "html,xhtml", "--templates", "TEMPLATES"), List.of("--help"),
                List.of("check", "REPORT"));
    }

    @ParameterizedTest(name = "rapporteur {0} | head -1")
    @MethodSource("earlyReaders")
    void aReaderThatStopsEarlyNeverCausesAStackTrace(List<String> args) throws Exception {
        Path report = Example.copyTo(tmp);
        Path out = tmp.resolve("out");
        List<String> command = args.stream().map(a -> a.equals("REPORT") ? report.toString()
                : a.equals("OUT") ? out.toString() : a.equals("TEMPLATES") ? Example.TEMPLATES.toString() : a).toList();
        Child child = start(command.toArray(String[]::new));
        child.process.getOutputStream().close(); // stdin closed too
        child.awaitOut(text -> text.contains("\n"));
        child.closeStdout();
        Run run = child.exit();
        Attempt.assertNoFault(run);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.status()).as(run.err()).isIn(0, 2);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static List<Path> partFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    static int port(Child watch) {
        Matcher m = STARTED.matcher(watch.out());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static void assertPortFree(int port) throws IOException {
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    Child start(String... args) throws IOException {
        Child child = Child.start(tmp, List.of(), args);
        children.add(child);
        return child;
    }
}
