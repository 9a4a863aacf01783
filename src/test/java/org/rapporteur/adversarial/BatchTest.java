package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertNoFault;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder.Run;

/**
 * Many reports in one build: output names that would collide are refused before anything is written, a folder
 * named twice is built once, and one bad report (even one that exhausts the Java stack) never stops the others.
 * Also the benchmark generator's arguments.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BatchTest {

    /** A Markdown line nested 5,000 deep: on 0c5d380 it overflows the Java stack in build. */
    static final String DEEP_QUOTES = "foreword: |\n  " + ">".repeat(5000) + " deep\n";
    static final String DEEP_LIST = "foreword: |\n  " + "- ".repeat(1500) + "deep\n";

    /** Report folders laid out under {@code tmp}; returns the folders to name on the command line. */
    @FunctionalInterface
    interface Layout {
        List<Path> make(Path tmp) throws IOException;
    }

    /** Folders whose outputs would land in one place; {@code first} and {@code second} must both be named. */
    record Collision(String name, Layout layout, String first, String second, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Collision> collisions() {
        String nfc = Normalizer.normalize("café", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("café", Normalizer.Form.NFD);
        return Stream.of(
                new Collision("two folders named kestrel", tmp -> List.of(report(tmp, "a/kestrel"),
                        report(tmp, "b/kestrel")), "a/kestrel", "b/kestrel", "both are named 'kestrel'"),
                new Collision("names that differ only in capitals", tmp -> List.of(report(tmp, "a/Kestrel"),
                        report(tmp, "b/kestrel")), "a/Kestrel", "b/kestrel", "differ only in capitals"),
                new Collision("names that differ only in Unicode form", tmp -> List.of(report(tmp, "a/" + nfc),
                        report(tmp, "b/" + nfd)), "a/caf", "b/caf", "Unicode form"),
                new Collision("two content folders each holding kestrel", tmp -> {
                    report(tmp, "north/kestrel");
                    report(tmp, "north/osprey");
                    report(tmp, "south/kestrel");
                    return List.of(tmp.resolve("north"), tmp.resolve("south"));
                }, "north/kestrel", "south/kestrel", "both are named 'kestrel'"),
                new Collision("a pack and a report of one name", tmp -> {
                    Path pack = Files.createDirectories(tmp.resolve("packs/kestrel"));
                    Files.writeString(pack.resolve("pack.yaml"), "pack: council-pack\nreport: ../kestrel-report\n");
                    return List.of(pack, report(tmp, "reports/kestrel"));
                }, "packs/kestrel", "reports/kestrel", "both are named 'kestrel'"),
                new Collision("a report named programme-summary in a batch", tmp -> List.of(
                        report(tmp, "content/programme-summary"), report(tmp, "content/osprey")),
                        "content/programme-summary", "content/programme-summary", "may not be named"),
                new Collision("a report named programme-summary alone", tmp -> List.of(
                        report(tmp, "content/programme-summary")), "content/programme-summary",
                        "content/programme-summary", "may not be named"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collisions")
    void collidingOutputNamesAreRefusedBeforeAnythingIsWritten(Collision c, @TempDir Path tmp) throws IOException {
        List<Path> folders = c.layout().make(tmp);
        Path out = tmp.resolve("out");

        Run run = build(folders, out);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.err()).as("names both folders").contains(c.first()).contains(c.second())
                .contains(c.message()).contains("nothing was written");
        assertThat(run.err()).containsPattern(":1:1: error: ");
        assertThat(run.err()).containsAnyOf("rename one of the folders", "rename the folder");
        assertNothingWritten(out);
    }

    // ---------------------------------------------------------------------------------------------------------
    // A folder named twice

    @Test
    void theSameFolderTwiceIsBuiltOnce(@TempDir Path tmp) throws IOException {
        Path kestrel = report(tmp, "kestrel");
        Path out = tmp.resolve("out");
        Run run = build(List.of(kestrel, kestrel), out);
        assertThat(run.status()).as(run.err()).isZero();
        assertNoFault(run);
        assertThat(run.err().lines().filter(l -> l.contains("building it once")).toList())
                .singleElement().asString().contains("kestrel").contains("more than once");
        assertThat(out.resolve("kestrel/kestrel-draft.html")).isRegularFile();
    }

    @Test
    void theSameFolderThroughALinkIsBuiltOnce(@TempDir Path tmp) throws IOException {
        Path kestrel = report(tmp, "kestrel");
        Path link = Files.createSymbolicLink(tmp.resolve("kestrel-link"), kestrel);
        Path out = tmp.resolve("out");
        Run run = build(List.of(kestrel, link), out);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("building it once")).toList())
                .singleElement().asString().contains("kestrel-link is the same folder as");
        assertThat(out.resolve("kestrel/kestrel-draft.html")).isRegularFile();
        assertThat(out.resolve("kestrel-link")).doesNotExist();
    }

    @Test
    void aFolderAndTheFolderHoldingItAreBuiltOnce(@TempDir Path tmp) throws IOException {
        report(tmp, "content/kestrel");
        report(tmp, "content/osprey");
        Path out = tmp.resolve("out");
        Run run = build(List.of(tmp.resolve("content"), tmp.resolve("content/kestrel")), out);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 reports, 2 built, 0 failed");
        assertThat(run.err()).contains("building it once");
        assertThat(out.resolve("kestrel/kestrel-draft.html")).isRegularFile();
        assertThat(out.resolve("osprey/osprey-draft.html")).isRegularFile();
    }

    // ---------------------------------------------------------------------------------------------------------
    // One bad report among good ones

    @ParameterizedTest(name = "{0}")
    @MethodSource("exhausting")
    void aReportThatExhaustsTheStackDoesNotStopTheBatch(String name, String foreword, @TempDir Path tmp)
            throws IOException {
        report(tmp, "content/kestrel");
        Attempt.minimalReport(tmp.resolve("content/deep")).write("foreword.yaml", foreword);
        report(tmp, "content/osprey");
        Path out = tmp.resolve("out");

        Run run = build(List.of(tmp.resolve("content")), out);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.out()).containsPattern("deep\\s+FAILED").contains("3 reports, 2 built, 1 failed");
        assertThat(run.err()).contains("deep: nothing was written").containsPattern("deep\\S*:\\d+:\\d+: error: ");
        assertThat(out.resolve("kestrel/kestrel-draft.html")).isRegularFile();
        assertThat(out.resolve("osprey/osprey-draft.html")).isRegularFile();
        assertThat(out.resolve("deep")).doesNotExist();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> exhausting() {
        return Stream.of(org.junit.jupiter.params.provider.Arguments.of("5,000 '>' on one line", DEEP_QUOTES),
                org.junit.jupiter.params.provider.Arguments.of("3 KB of '- - -'", DEEP_LIST));
    }

    @Test
    void aSingleBuildThatExhaustsTheStackSaysSoInOneLineAndKeepsEarlierOutputs(@TempDir Path tmp) throws IOException {
        Path deep = report(tmp, "deep");
        Path out = tmp.resolve("out");
        Attempt.Snapshot before = Attempt.goodBuild(deep, out);
        Files.writeString(deep.resolve("foreword.yaml"), DEEP_QUOTES);

        Run run = Attempt.build(deep, out, "--format", "html,xhtml");
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertNoFault(run);
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).as(run.err()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("deep"));
        assertThat(run.err()).contains("nothing was written");
        Attempt.assertUnchanged(before, out);
    }

    /** A JVM given far too little heap: the build says so in one line, exits 2 and keeps the earlier outputs. */
    @Test
    void aBuildThatRunsOutOfMemorySaysSoAndKeepsEarlierOutputs(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Attempt.Snapshot before = Attempt.goodBuild(Example.DIR, out);
        Path log = tmp.resolve("log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", System.getProperty("java.class.path"), "org.rapporteur.cli.Main", "build",
                Example.DIR.toString(), "--out", out.toString(), "--templates", Example.TEMPLATES.toString(),
                "--format", "pdf,html,xhtml").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(log);
        assertThat(p.exitValue()).as(said).isEqualTo(2);
        assertNoFault(new Run(p.exitValue(), "", said));
        assertThat(said).contains("example-yjs:1:1: error: ran out of memory").contains("RAPPORTEUR_JAVA_OPTS")
                .contains("nothing was written");
        Attempt.assertUnchanged(before, out);
    }

    // ---------------------------------------------------------------------------------------------------------
    // generate-reports

    record Arguments(String name, String[] args, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badGeneratorArguments() {
        return Stream.of(
                new Arguments("a negative count", new String[] {"-3"}, "COUNT must be 1 to"),
                new Arguments("a count of zero", new String[] {"0"}, "COUNT must be 1 to"),
                new Arguments("--from a missing folder", new String[] {"2", "--from", "@/nowhere"}, "no such folder"),
                new Arguments("--from a file", new String[] {"2", "--from", "@/file.txt"}, "not a report folder"),
                new Arguments("--from a folder without report.yaml", new String[] {"2", "--from", "@/empty"},
                        "has no report.yaml"));
    }

    @ParameterizedTest(name = "generate-reports: {0}")
    @MethodSource("badGeneratorArguments")
    void generateReportsRefusesBadArguments(Arguments a, @TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("file.txt"), "not a report");
        Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("generated");
        List<String> args = new ArrayList<>(List.of("generate-reports"));
        args.add(a.args()[0]);
        args.add(out.toString());
        for (int i = 1; i < a.args().length; i++) {
            args.add(a.args()[i].replace("@", tmp.toString()));
        }
        Run run = Attempt.run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.err()).contains(a.message());
        assertNothingWritten(out);
    }

    @Test
    void generateReportsIntoAFileIsRefused(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("generated"), "a file");
        Run run = Attempt.run("generate-reports", "2", file.toString(), "--from", Example.DIR.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertNoFault(run);
        assertThat(run.err()).contains("is a file");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void generateReportsNeverWritesThroughALinkInTheSource(@TempDir Path tmp) throws IOException {
        Path source = Example.copyTree(Example.DIR, tmp.resolve("source"));
        Path outside = tmp.resolve("outside/court.yaml");
        Files.createDirectories(outside.getParent());
        Files.move(source.resolve("cases/court.yaml"), outside);
        String before = Files.readString(outside);
        Files.createSymbolicLink(source.resolve("cases/court.yaml"), outside);

        Run run = Attempt.run("generate-reports", "2", tmp.resolve("generated").toString(), "--from",
                source.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote 2 reports");
        assertThat(Files.readString(outside)).as("the file outside is untouched").isEqualTo(before);
        assertThat(Files.isSymbolicLink(tmp.resolve("generated/synthetic-001/cases/court.yaml"))).isTrue();

        Run check = Attempt.check(tmp.resolve("generated/synthetic-001"));
        Attempt.assertRefused(check, "synthetic-001/cases/court.yaml", "links outside the report folder");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The smallest complete report at {@code tmp}/{@code relative}. */
    static Path report(Path tmp, String relative) {
        return Attempt.minimalReport(tmp.resolve(relative)).dir();
    }

    /** {@code rapporteur build FOLDERS --out OUT --templates <project's> --format html}. */
    static Run build(List<Path> folders, Path out) {
        List<String> args = new ArrayList<>(List.of("build"));
        folders.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--out", out.toString(), "--templates", Example.TEMPLATES.toString(), "--format",
                "html"));
        return Attempt.run(args.toArray(String[]::new));
    }
}
