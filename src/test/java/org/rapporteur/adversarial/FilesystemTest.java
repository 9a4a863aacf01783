package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapporteur.adversarial.Attempt.assertNoFault;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.assertUnchanged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * The file system as an attacker or a careless author leaves it: links of every kind (to files and folders,
 * chains, loops, broken, relative and absolute, out to /etc/passwd and devices), named pipes, sockets, unreadable
 * files, folders named like files; in report, pack and template folders. Rapporteur reads regular files only, never
 * through a link that leaves the folder, never hangs on a pipe or a device, and nothing from outside ever appears
 * in what it prints or writes. Builds of one output folder at the same time, and builds killed outright, leave a
 * consistent folder and no hidden file.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FilesystemTest {

    /** What the files outside every folder hold: it must never appear in a message or an output. */
    static final String SECRET = "SECRET-FROM-OUTSIDE-5e1f";
    static final String PASSWD = "root:x:0:";

    /** Something done to a report folder ({@code report}) with a folder {@code outside} beside it. */
    @FunctionalInterface
    interface Setup {
        void apply(Path report, Path outside) throws IOException;
    }

    /** A report folder broken one way; {@code file} is where the error must be, saying {@code message}. */
    record Breach(String name, Setup setup, String file, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breach> reportBreaches() {
        return Stream.of(
                new Breach("a file linking to /etc/passwd", (r, o) -> link(r.resolve("foreword.yaml"),
                        Path.of("/etc/passwd")), "report/foreword.yaml", "links outside the report folder"),
                new Breach("an absolute link to a YAML file outside", (r, o) -> link(r.resolve("foreword.yaml"),
                        secretYaml(o)), "report/foreword.yaml", "links outside the report folder"),
                new Breach("a relative link to a YAML file outside", (r, o) -> {
                    secretYaml(o);
                    link(r.resolve("foreword.yaml"), Path.of("../outside/secret.yaml"));
                }, "report/foreword.yaml", "links outside the report folder"),
                new Breach("a chain of links inside that ends outside", (r, o) -> {
                    link(r.resolve(".hop"), secretYaml(o));
                    link(r.resolve("foreword.yaml"), Path.of(".hop"));
                }, "report/foreword.yaml", "links outside the report folder"),
                new Breach("a link to a link outside", (r, o) -> {
                    link(o.resolve("hop.yaml"), secretYaml(o));
                    link(r.resolve("foreword.yaml"), o.resolve("hop.yaml"));
                }, "report/foreword.yaml", "links outside the report folder"),
                new Breach("a broken link", (r, o) -> link(r.resolve("foreword.yaml"), Path.of("nowhere.yaml")),
                        "report/foreword.yaml", "points to nothing"),
                new Breach("a loop of links", (r, o) -> {
                    link(r.resolve("a.yaml"), Path.of("b.yaml"));
                    link(r.resolve("b.yaml"), Path.of("a.yaml"));
                }, "report/a.yaml", "loop"),
                new Breach("a link to /dev/zero named x.yaml", (r, o) -> link(r.resolve("x.yaml"),
                        Path.of("/dev/zero")), "report/x.yaml", "links outside the report folder"),
                new Breach("a link to /dev/urandom in standards/", (r, o) -> link(r.resolve("standards/2.1.yaml"),
                        Path.of("/dev/urandom")), "report/standards/2.1.yaml", "links outside the report folder"),
                new Breach("a link to /proc/self/environ", (r, o) -> link(r.resolve("env.yaml"),
                        Path.of("/proc/self/environ")), "report/env.yaml", "links outside the report folder"),
                new Breach("a named pipe named notes.yaml", (r, o) -> fifo(r.resolve("notes.yaml")),
                        "report/notes.yaml", "named pipe (FIFO)"),
                new Breach("a named pipe in cases/", (r, o) -> fifo(r.resolve("cases/more.yaml")),
                        "report/cases/more.yaml", "named pipe (FIFO)"),
                new Breach("a device like /dev/zero named x.yaml (made where mknod is allowed)",
                        (r, o) -> device(r.resolve("x.yaml")), "report/x.yaml", "a character device"),
                new Breach("a socket named x.yaml", (r, o) -> socket(r.resolve("x.yaml")), "report/x.yaml",
                        "a socket"),
                new Breach("a folder named notes.yaml", (r, o) -> Files.createDirectories(r.resolve("notes.yaml")),
                        "report/notes.yaml", "this is a folder"),
                new Breach("a standards folder that links outside", (r, o) -> {
                    write(o.resolve("standards/2.1.yaml"), "narrative: " + SECRET + "\n");
                    link(r.resolve("standards"), o.resolve("standards"));
                }, "report/standards", "this folder links outside the report folder"),
                new Breach("a cases folder that links outside (relative)", (r, o) -> {
                    write(o.resolve("cases/court.yaml"), "cases:\n" + ReportFolder.courtCase(SECRET, null));
                    Files.delete(r.resolve("cases/court.yaml"));
                    Files.delete(r.resolve("cases"));
                    link(r.resolve("cases"), Path.of("../outside/cases"));
                }, "report/cases", "this folder links outside the report folder"),
                new Breach("a folder link that climbs to the root", (r, o) -> link(r.resolve("all"), Path.of("/")),
                        "report/all", "this folder links outside the report folder"),
                new Breach("a link back to the folder that holds it", (r, o) -> link(r.resolve("cases/up"),
                        Path.of("..")), "report/cases/up", "leads back to a folder that holds it"),
                new Breach("a second path to a file read already", (r, o) -> link(r.resolve("again.yaml"),
                        Path.of("report.yaml")), "report/again.yaml", "which is read already"),
                new Breach("a broken folder link", (r, o) -> link(r.resolve("standards"), Path.of("gone")),
                        "report/standards", "points to nothing"));
    }

    @ParameterizedTest(name = "check: {0}")
    @MethodSource("reportBreaches")
    void checkRefusesAtThePlace(Breach b, @TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report);
        b.setup().apply(report, Files.createDirectories(tmp.resolve("outside")));

        Run run = Attempt.check(report);
        assertRefused(run, b.file(), b.message());
        assertNothingFromOutside(run);
    }

    @ParameterizedTest(name = "build: {0}")
    @MethodSource("reportBreaches")
    void buildWritesNothingAndKeepsEarlierOutputs(Breach b, @TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Path out = tmp.resolve("out");
        Attempt.minimalReport(report);
        Attempt.Snapshot before = Attempt.goodBuild(report, out);
        b.setup().apply(report, Files.createDirectories(tmp.resolve("outside")));

        Run run = Attempt.build(report, out, "--format", "html,xhtml");
        assertRefused(run, b.file(), b.message());
        assertThat(run.err()).contains("nothing was written");
        assertUnchanged(before, out);
        assertNothingFromOutside(run, out);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Links the author may use: the folder named on the command line, links that stay inside the report

    @Test
    void aReportFolderNamedThroughALinkIsRead(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report);
        link(tmp.resolve("shortcut"), report);

        Run check = Attempt.check(tmp.resolve("shortcut"));
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.err()).doesNotContain("no .yaml files");

        Run build = Attempt.build(tmp.resolve("shortcut"), tmp.resolve("out"), "--format", "html");
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(tmp.resolve("out/shortcut/shortcut-draft.html")).isRegularFile();
    }

    @Test
    void aReportFolderNamedThroughAChainOfRelativeLinksIsRead(@TempDir Path tmp) throws IOException {
        Attempt.minimalReport(tmp.resolve("real/report"));
        link(tmp.resolve("hop"), Path.of("real"));
        link(tmp.resolve("shortcut"), Path.of("hop/report"));

        Run check = Attempt.check(tmp.resolve("shortcut"));
        assertThat(check.status()).as(check.err()).isZero();
    }

    @Test
    void aLinkToAMissingReportFolderIsSaidToPointNowhere(@TempDir Path tmp) throws IOException {
        link(tmp.resolve("shortcut"), tmp.resolve("gone"));
        Run check = Attempt.check(tmp.resolve("shortcut"));
        assertRefused(check, "shortcut", "points to nothing");
    }

    @Test
    void aCasesFolderLinkedInsideTheReportIsRead(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report);
        Files.move(report.resolve("cases"), report.resolve(".shared-cases"));
        link(report.resolve("cases"), Path.of(".shared-cases"));
        Files.move(report.resolve("standards.yaml"), report.resolve(".standards.yaml"));
        link(report.resolve("standards.yaml"), Path.of(".standards.yaml"));

        Run check = Attempt.check(report);
        assertThat(check.status()).as("a linked cases folder and standards file inside the report are read\n"
                + check.err()).isZero();
        Run ratings = Attempt.run("ratings", report.toString(), "--json");
        assertThat(ratings.status()).as(ratings.err()).isZero();
        assertThat(ratings.out()).as("the two court cases in the linked folder are counted").contains("\"court\": 2");
    }

    @Test
    void aStandardsFolderLinkedInsideTheReportIsRead(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report);
        Files.delete(report.resolve("standards.yaml"));
        String[] judged = {"1.1", "1.2", "1.3", "1.4", "3.4", "4.1"};
        for (String id : judged) {
            write(report.resolve(".library/" + id + ".yaml"), "rating: Good\n");
        }
        write(report.resolve(".library/3.1.yaml"), "figures: { 3.1.1: 90, 3.1.2: 85, 3.1.3: 80 }\n");
        write(report.resolve(".library/3.2.yaml"), "figures: { 3.2.1: 90, 3.2.2: 85, 3.2.3: 80 }\n");
        write(report.resolve(".library/3.3.yaml"), "figures: { 3.3.1: 90, 3.3.2: 85, 3.3.3: 80 }\n");
        link(report.resolve("standards"), Path.of(".library"));

        Run check = Attempt.check(report);
        assertThat(check.status()).as("a standards/ folder that links inside the report is read, not skipped\n"
                + check.err()).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Unreadable files and folders (chmod does not stop root: those runs skip, they do not pass)

    @Test
    void anUnreadableFileIsRefusedAtItsPlace(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report).write("foreword.yaml", "foreword: hidden\n");
        Files.setPosixFilePermissions(report.resolve("foreword.yaml"), PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(report.resolve("foreword.yaml")), "running as root: chmod 000 stops nothing");

        Run run = Attempt.check(report);
        assertRefused(run, "report/foreword.yaml", "permission denied");
    }

    @Test
    void anUnreadableFolderIsRefusedAtItsPlace(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report).write("standards/2.1.yaml", "narrative: x\n");
        Path standards = report.resolve("standards");
        Files.setPosixFilePermissions(standards, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(standards), "running as root: chmod 000 stops nothing");
            Run run = Attempt.check(report);
            assertRefused(run, "report/standards", "cannot open this folder");
        } finally {
            Files.setPosixFilePermissions(standards, PosixFilePermissions.fromString("rwx------"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Council packs

    /** The example pack and its report, copied into {@code tmp}/content. */
    static Path pack(Path tmp) {
        Example.copyTree(Example.DIR, tmp.resolve("content/example-yjs"));
        return Example.copyTree(ReportFolder.project().resolve("content/example-council-pack"),
                tmp.resolve("content/pack"));
    }

    @Test
    void aPackFileLinkingToEtcPasswdIsRefusedAndNotShown(@TempDir Path tmp) throws IOException {
        Path pack = pack(tmp);
        link(pack.resolve("zz-extra.yaml"), Path.of("/etc/passwd"));
        Run run = Attempt.check(pack);
        assertRefused(run, "pack/zz-extra.yaml", "links outside the pack folder");
        assertNothingFromOutside(run);
    }

    @Test
    void aPackYamlThatIsALinkOutsideIsRefused(@TempDir Path tmp) throws IOException {
        Path pack = pack(tmp);
        Path outside = tmp.resolve("outside/pack.yaml");
        Files.createDirectories(outside.getParent());
        Files.move(pack.resolve("pack.yaml"), outside);
        Files.writeString(outside, Files.readString(outside).replace("council:", "council: " + SECRET + " #"));
        link(pack.resolve("pack.yaml"), outside);

        Run run = Attempt.check(pack);
        assertRefused(run, "pack/pack.yaml", "links outside the pack folder");
        assertNothingFromOutside(run);
    }

    @Test
    void aPacksReportFolderThatLinksOutOfContentIsRefused(@TempDir Path tmp) throws IOException {
        Path pack = pack(tmp);
        Path elsewhere = Example.copyTree(Example.DIR, tmp.resolve("elsewhere/example-yjs"));
        Files.writeString(elsewhere.resolve("foreword.yaml"), "foreword: " + SECRET + "\n");
        Path inContent = tmp.resolve("content/example-yjs");
        deleteTree(inContent);
        link(inContent, elsewhere);

        Run run = Attempt.check(pack);
        assertRefused(run, "pack/pack.yaml", "links outside the folder that holds the pack");
        assertNothingFromOutside(run);
    }

    @Test
    void aNamedPipeInAPackIsRefused(@TempDir Path tmp) throws IOException {
        Path pack = pack(tmp);
        fifo(pack.resolve("notes.yaml"));
        Run run = Attempt.check(pack);
        assertRefused(run, "pack/notes.yaml", "named pipe (FIFO)");
    }

    @Test
    void aPackFolderNamedThroughALinkIsRead(@TempDir Path tmp) throws IOException {
        Path pack = pack(tmp);
        link(tmp.resolve("pack-link"), pack);
        Run run = Attempt.check(tmp.resolve("pack-link"));
        assertThat(run.status()).as(run.err()).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The live preview: the same refusals, in the page

    @Test
    void watchShowsANamedPipeAsAnErrorInsteadOfHanging(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report);
        fifo(report.resolve("notes.yaml"));
        String page = previewPage(report);
        assertThat(page).contains("notes.yaml").contains("named pipe (FIFO)");
    }

    @Test
    void thePreviewOfAPackNeverShowsAFileOutside(@TempDir Path tmp) throws Exception {
        Path pack = pack(tmp);
        link(pack.resolve("zz-extra.yaml"), Path.of("/etc/passwd"));
        String page = previewPage(pack);
        assertThat(page).contains("zz-extra.yaml").contains("links outside the pack folder").doesNotContain(PASSWD);
    }

    @Test
    void watchOfAReportFolderNamedThroughALinkSeesItsChanges(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report");
        Attempt.minimalReport(report);
        link(tmp.resolve("shortcut"), report);
        try (Watch watch = Watch.start(tmp.resolve("shortcut"))) {
            watch.page();
            Files.writeString(report.resolve("foreword.yaml"), "foreword: A new foreword.\n");
            watch.waitFor("rebuilt");
            assertThat(watch.page()).contains("A new foreword.");
        }
    }

    /** {@code rapporteur watch DIR --port 0}, in this JVM until closed. */
    record Watch(Thread thread, java.io.StringWriter out, java.io.StringWriter err) implements AutoCloseable {

        static Watch start(Path dir) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            Thread thread = new Thread(() -> org.rapporteur.cli.Main.run(new String[] {"watch", dir.toString(),
                "--port", "0", "--templates", Example.TEMPLATES.toString()}, new java.io.PrintWriter(out, true),
                    new java.io.PrintWriter(err, true)), "filesystem-test-watch");
            thread.setDaemon(true);
            thread.start();
            return new Watch(thread, out, err);
        }

        /** Waits (up to 120 s) until stdout holds {@code text} on a line after the first. */
        void waitFor(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (out.toString().lines().skip(1).noneMatch(l -> l.contains(text))) {
                assertThat(System.nanoTime()).as("'" + text + "' within 120 s; out: " + out + "\nerr: " + err)
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }

        /** The page, once the first build (or refusal) is done. */
        String page() throws Exception {
            java.util.regex.Pattern started = java.util.regex.Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
            waitFor("");
            java.util.regex.Matcher m = started.matcher(out.toString());
            assertThat(m.find()).as(out.toString()).isTrue();
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(m.group(1)))
                            .timeout(java.time.Duration.ofSeconds(60)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(out.toString() + err).doesNotContain(PASSWD).doesNotContain(SECRET);
            return page.body();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    /** {@code rapporteur watch DIR --port 0} in this JVM: its page once built (or refused), then stopped. */
    static String previewPage(Path dir) throws Exception {
        try (Watch watch = Watch.start(dir)) {
            return watch.page();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Template folders (a copy, passed with --templates)

    record TemplateBreach(String name, Setup setup, String file, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<TemplateBreach> templateBreaches() {
        String kind = "hmip-youth-full/";
        return Stream.of(
                new TemplateBreach("report.css links to /etc/passwd", (t, o) -> replaceWithLink(
                        t.resolve(kind + "report.css"), Path.of("/etc/passwd")), kind + "report.css",
                        "links outside the templates folder"),
                new TemplateBreach("a shared macro file links outside", (t, o) -> {
                    Path outside = o.resolve("macros.ftlh");
                    Files.copy(t.resolve("common/macros.ftlh"), outside);
                    Files.writeString(outside, "<#-- " + SECRET + " -->\n" + Files.readString(outside));
                    replaceWithLink(t.resolve("common/macros.ftlh"), outside);
                }, "common/macros.ftlh", "links outside the templates folder"),
                new TemplateBreach("the report template is a named pipe", (t, o) -> {
                    Files.delete(t.resolve(kind + "report.ftlh"));
                    fifo(t.resolve(kind + "report.ftlh"));
                }, kind + "report.ftlh", "named pipe (FIFO)"),
                new TemplateBreach("a shared macro file is a named pipe", (t, o) -> {
                    Files.delete(t.resolve("common/macros.ftlh"));
                    fifo(t.resolve("common/macros.ftlh"));
                }, "common/macros.ftlh", "named pipe (FIFO)"),
                new TemplateBreach("the report kind's folder links outside", (t, o) -> {
                    Path moved = o.resolve("hmip-youth-full");
                    Files.move(t.resolve("hmip-youth-full"), moved);
                    Files.writeString(moved.resolve("report.css"), "/* " + SECRET + " */\n"
                            + Files.readString(moved.resolve("report.css")));
                    Files.copy(ReportFolder.project().resolve("content/example-council-pack/logo.png"), moved.resolve("logo.png"));
                    link(t.resolve("hmip-youth-full"), moved);
                }, kind + "report.ftlh", "links outside the templates folder"),
                new TemplateBreach("logo.png links to /etc/passwd", (t, o) -> link(t.resolve(kind + "logo.png"),
                        Path.of("/etc/passwd")), kind + "logo.png", "links outside the template folder"),
                new TemplateBreach("logo.png is a named pipe", (t, o) -> fifo(t.resolve(kind + "logo.png")),
                        kind + "logo.png", "named pipe (FIFO)"),
                new TemplateBreach("reference.docx links outside", (t, o) -> replaceWithLink(
                        t.resolve(kind + "reference.docx"), Path.of("/etc/passwd")), kind + "reference.docx",
                        "links outside the template folder"),
                new TemplateBreach("reference.docx is a named pipe", (t, o) -> {
                    Files.delete(t.resolve(kind + "reference.docx"));
                    fifo(t.resolve(kind + "reference.docx"));
                }, kind + "reference.docx", "named pipe (FIFO)"),
                new TemplateBreach("house-style.yaml is a named pipe", (t, o) -> fifo(t.resolve(kind
                        + "house-style.yaml")), kind + "house-style.yaml", "named pipe (FIFO)"),
                new TemplateBreach("house-style.yaml links outside", (t, o) -> link(t.resolve(kind
                        + "house-style.yaml"), secretYaml(o)), kind + "house-style.yaml",
                        "links outside the template folder"),
                new TemplateBreach("a font file links outside", (t, o) -> {
                    Files.writeString(o.resolve("font.ttf"), SECRET);
                    link(t.resolve(kind + "font.ttf"), o.resolve("font.ttf"));
                    Files.writeString(t.resolve(kind + "house-style.yaml"),
                            "fonts:\n  - { file: font.ttf, family: Outside }\n");
                }, kind + "house-style.yaml", "is outside the template folder"));
    }

    @ParameterizedTest(name = "templates: {0}")
    @MethodSource("templateBreaches")
    void aTemplateFolderBreachIsRefused(TemplateBreach b, @TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Path out = tmp.resolve("out");
        Path templates = Example.copyTree(Example.TEMPLATES, tmp.resolve("templates"));
        Attempt.minimalReport(report);
        b.setup().apply(templates, Files.createDirectories(tmp.resolve("outside")));

        Run run = Attempt.run("build", report.toString(), "--out", out.toString(), "--templates",
                templates.toString(), "--format", "html,docx");
        assertRefused(run, b.file(), b.message());
        Attempt.assertNothingWritten(out);
        assertNothingFromOutside(run, out);
    }

    @Test
    void linksThatStayInsideTheTemplatesFolderWork(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Path out = tmp.resolve("out");
        Path templates = Example.copyTree(Example.TEMPLATES, tmp.resolve("real-templates"));
        Files.move(templates.resolve("common/macros.ftlh"), templates.resolve("common/real-macros.ftlh"));
        link(templates.resolve("common/macros.ftlh"), Path.of("real-macros.ftlh"));
        link(tmp.resolve("templates"), templates);
        Attempt.minimalReport(report);

        Run run = Attempt.run("build", report.toString(), "--out", out.toString(), "--templates",
                tmp.resolve("templates").toString(), "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("report/report-draft.html")).isRegularFile();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Output folders: concurrent builds, builds killed outright

    @Test
    void twoThreadsBuildingOneFolderBothSucceedWithAConsistentManifest(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report");
        Path out = tmp.resolve("out");
        Attempt.completeReport(report); // a final build refuses an incomplete one
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Run>> runs = new ArrayList<>();
                for (String mode : new String[] {"--draft", "--final"}) {
                    runs.add(pool.submit((Callable<Run>) () -> Attempt.build(report, out, "--format", "html,xhtml",
                            mode)));
                }
                for (Future<Run> f : runs) {
                    Run run = f.get(240, TimeUnit.SECONDS);
                    assertThat(run.status()).as("round " + (round + 1) + "\n" + run.err()).isZero();
                    assertNoFault(run);
                }
                assertConsistent(out.resolve("report"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesBuildingOneFolderBothSucceedWithAConsistentManifest(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report");
        Path out = tmp.resolve("out");
        Attempt.completeReport(report); // a final build refuses an incomplete one
        for (int round = 0; round < 2; round++) {
            Process draft = rapporteur(tmp.resolve("draft.log"), "build", report.toString(), "--out", out.toString(),
                    "--templates", Example.TEMPLATES.toString(), "--format", "html,xhtml,docx", "--draft");
            Process fin = rapporteur(tmp.resolve("final.log"), "build", report.toString(), "--out", out.toString(),
                    "--templates", Example.TEMPLATES.toString(), "--format", "html,xhtml,docx", "--final");
            assertThat(draft.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(fin.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(draft.exitValue()).as(Files.readString(tmp.resolve("draft.log"))).isZero();
            assertThat(fin.exitValue()).as(Files.readString(tmp.resolve("final.log"))).isZero();
            assertConsistent(out.resolve("report"));
        }
    }

    /**
     * kill -9 while a build renders (the first two thirds of its time, measured on a whole build): no hidden
     * temporary file is left behind, and the outputs of the last good build are intact.
     */
    @Test
    void aBuildKilledOutrightWhileRenderingLeavesNoHiddenFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        String[] args = {"build", Example.DIR.toString(), "--out", out.toString(), "--templates",
            Example.TEMPLATES.toString(), "--format", "pdf,docx,html"};
        long start = System.nanoTime();
        Process whole = rapporteur(tmp.resolve("whole.log"), args);
        assertThat(whole.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(whole.exitValue()).as(Files.readString(tmp.resolve("whole.log"))).isZero();
        long wholeMs = (System.nanoTime() - start) / 1_000_000;
        Attempt.Snapshot good = Attempt.snapshot(out);

        int killed = 0;
        for (double fraction : new double[] {0.45, 0.55, 0.65}) {
            Process p = rapporteur(tmp.resolve("killed.log"), args);
            if (p.waitFor((long) (wholeMs * fraction), TimeUnit.MILLISECONDS)) {
                continue; // finished early on a fast machine: nothing to kill
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killed++;
            assertThat(names(out.resolve("example-yjs"))).as("after kill -9 at " + fraction + " of a build")
                    .allSatisfy(n -> assertThat(n).doesNotStartWith("."));
            assertUnchanged(good, out);
        }
        assumeTrue(killed > 0, "every build finished before it could be killed");
    }

    /** A build removes temporary files of processes that no longer run, and never those of one that does. */
    @Test
    void onlyTheTemporaryFilesOfDeadProcessesAreRemoved(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report");
        Path out = tmp.resolve("out");
        Attempt.minimalReport(report);
        Files.createDirectories(out.resolve("report"));
        Process running = new ProcessBuilder("sleep", "120").start();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        try {
            Path live = out.resolve("report/.report.html." + owner(running.toHandle()) + ".123.part");
            Path dead = out.resolve("report/.report.html." + ended.pid() + "-"
                    + ended.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(1L) + ".456.part");
            Path old = out.resolve("report/.report.pdf.789.part");
            for (Path p : List.of(live, dead, old)) {
                Files.writeString(p, "partial");
            }
            Run run = Attempt.build(report, out, "--format", "html");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(live).as("a running build's temporary file").exists();
            assertThat(dead).as("a dead build's temporary file").doesNotExist();
            assertThat(old).as("a temporary file with no owner").doesNotExist();
        } finally {
            running.destroyForcibly();
        }
    }

    @Test
    void aLockLeftByABuildKilledDuringItsCommitDoesNotStopTheNext(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report");
        Path out = tmp.resolve("out");
        Attempt.minimalReport(report);
        write(out.resolve("report/.rapporteur-commit.lock"), "12345 left behind\n");
        Run run = Attempt.build(report, out, "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(names(out.resolve("report"))).containsExactlyInAnyOrder("report-draft.html", "SHA256SUMS-draft");
    }

    // ---------------------------------------------------------------------------------------------------------

    static Path secretYaml(Path outside) throws IOException {
        Path p = outside.resolve("secret.yaml");
        if (!Files.exists(p)) {
            write(p, "foreword: " + SECRET + "\nnarrative: " + SECRET + "\n");
        }
        return p;
    }

    static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    static void replaceWithLink(Path file, Path target) throws IOException {
        Files.delete(file);
        link(file, target);
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    static void fifo(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
            assumeTrue(mk.waitFor() == 0, "mkfifo works here");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A character device with /dev/zero's numbers, where this user may make one (root, mostly). */
    static void device(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        try {
            Process mk = new ProcessBuilder("mknod", p.toString(), "c", "1", "5").redirectErrorStream(true).start();
            mk.getInputStream().readAllBytes();
            assumeTrue(mk.waitFor() == 0, "mknod is not allowed here");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static void socket(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(p)); // the socket file stays after the channel closes
        }
        assertThat(Files.exists(p, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String owner(ProcessHandle p) {
        return p.pid() + "-" + p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    /** {@code rapporteur ARGS} in a process of its own, output to {@code log}. */
    static Process rapporteur(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.rapporteur.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * A draft and a final build into one folder: each manifest (SHA256SUMS-draft, SHA256SUMS) lists its own build's
     * files, every one with the sum it has, together they list every file there, and no hidden file is left.
     */
    static void assertConsistent(Path dir) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (String manifest : List.of("SHA256SUMS", "SHA256SUMS-draft")) {
            Map<String, String> own = new TreeMap<>();
            for (String line : Files.readAllLines(dir.resolve(manifest))) {
                own.put(line.substring(66), line.substring(0, 64));
            }
            assertThat(own).as(manifest).isNotEmpty();
            assertThat(own.keySet()).as(manifest + " lists its own build's files")
                    .allMatch(n -> n.contains("-draft.") == manifest.endsWith("-draft"));
            listed.putAll(own);
        }
        for (Map.Entry<String, String> e : listed.entrySet()) {
            assertThat(Attempt.sha256(Files.readAllBytes(dir.resolve(e.getKey()))))
                    .as("the manifest's sum of " + e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(names(dir)).allSatisfy(n -> assertThat(n).doesNotStartWith("."));
        assertThat(names(dir).stream().filter(n -> !n.startsWith("SHA256SUMS")).toList())
                .containsExactlyInAnyOrderElementsOf(listed.keySet());
    }

    /** Neither the secret of the outside files nor /etc/passwd on either stream, nor in any file written. */
    static void assertNothingFromOutside(Run run, Path... outputs) {
        for (String leak : List.of(SECRET, PASSWD)) {
            assertThat(run.out()).as("stdout").doesNotContain(leak);
            assertThat(run.err()).as("stderr").doesNotContain(leak);
        }
        for (Path out : outputs) {
            if (!Files.exists(out)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                    assertThat(text).as(p.toString()).doesNotContain(SECRET).doesNotContain(PASSWD);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
