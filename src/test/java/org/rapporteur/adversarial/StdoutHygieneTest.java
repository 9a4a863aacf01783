package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * Standard output carries only what a command promises (the JSON of {@code ratings --json}, the table, the
 * "wrote ..." lines of {@code build}), so scripts can read it; every diagnostic, warning and every line a library
 * (openhtmltopdf, PDFBox, POI, FreeMarker, java.util.logging) logs goes to standard error, in every command and
 * format, even when a library is configured to log to stdout. Each case runs Rapporteur as a process.
 */
@Timeout(600)
class StdoutHygieneTest {

    @TempDir
    static Path tmp;

    static Path clean;
    static Path warned;
    static Path broken;
    static Path glyphs;
    static Path templates;
    static Path badTemplates;
    static Path sheet;

    @BeforeAll
    static void reports() throws IOException {
        clean = Attempt.minimalReport(tmp.resolve("clean")).dir();
        warned = Attempt.minimalReport(tmp.resolve("warned"))
                .write("foreword.yaml", "foreword: |\n  We will organize the color of the center.\n").dir();
        broken = Attempt.minimalReport(tmp.resolve("broken"))
                .write("standards.yaml", Files.readString(clean.resolve("standards.yaml"))
                        .replace("\"1.1\": { rating: Good }", "\"1.1\": { rating: good }")).dir();
        glyphs = Attempt.minimalReport(tmp.resolve("glyphs"))
                .write("foreword.yaml", "foreword: |\n  Names: 王秀英, देवनागरी, 😀, עברית, ∰ and \u0378.\n").dir();
        templates = Example.TEMPLATES;
        badTemplates = Example.copyTree(Example.TEMPLATES, tmp.resolve("templates"));
        Path css = badTemplates.resolve("hmip-youth-full/report.css");
        Files.writeString(css, Files.readString(css) + "\np { colr: red; } @import url(http://127.0.0.1:9/x.css);"
                + " .x { background: url(file:///etc/passwd); }\n");
        sheet = Attempt.minimalReport(tmp.resolve("sheet")).dir();
        Files.delete(sheet.resolve("cases/court.yaml"));
        Files.writeString(sheet.resolve("foreword.yaml"), "foreword: |\n  We organize.\n");
        Files.writeString(tmp.resolve("cases.csv"), SpreadsheetsTest.header() + "\nC1,court,Referral order,"
                + SpreadsheetsTest.answers("yes") + "\n");
    }

    /** What stdout must be, exactly. */
    enum Shape {
        /** One JSON value and nothing else. */
        JSON(out -> json(out) != null),
        /** Only "wrote ..." lines and the closing "draft build of ..." line. */
        WROTE(out -> !out.isEmpty() && out.lines().allMatch(l -> l.matches("wrote .+ \\(\\d+ KB\\)")
                || l.matches("(draft|final) build of .+ in \\d+ ms"))),
        /** The ratings table: its first line names the service and no diagnostic follows. */
        TABLE(out -> out.startsWith("Testshire Youth Justice Service (hmip-youth-2021)\n")
                && out.lines().noneMatch(l -> l.matches(".*:\\d+:\\d+: (warning|error): .*"))),
        /** The one line check prints when there is no error. */
        NO_ERRORS(out -> out.matches(".+: no errors( \\(\\d+ warnings\\))?\n")),
        /** The import's summary and the check after it. */
        IMPORTED(out -> out.lines().allMatch(l -> l.startsWith("imported ") || l.startsWith("  court ")
                || l.endsWith(": no errors"))),
        /** The batch's summary table. */
        SUMMARY(out -> out.startsWith("report ") && out.lines().noneMatch(l -> l.startsWith("["))),
        /** Nothing at all. */
        EMPTY(String::isEmpty);

        final Predicate<String> fits;

        Shape(Predicate<String> fits) {
            this.fits = fits;
        }
    }

    /** A command line (paths by name), the JVM options it runs with, and the stdout and stderr it must give. */
    record Case(String name, List<String> jvm, List<String> args, int status, Shape stdout, String stderr) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String poiToStdout = "-Dorg.apache.logging.log4j.simplelog.logFile=system.out";
        String poiDebug = "-Dorg.apache.logging.log4j.simplelog.level=DEBUG";
        return Stream.of(
                new Case("ratings --json of a clean report", List.of(), List.of("ratings", "--json", "@clean"), 0,
                        Shape.JSON, ""),
                new Case("ratings --json of a report with warnings: the warnings on stderr", List.of(),
                        List.of("ratings", "--json", "@warned"), 0, Shape.JSON, "warning: US spelling 'organize'"),
                new Case("ratings (the table) of a report with warnings", List.of(), List.of("ratings", "@warned"), 0,
                        Shape.TABLE, "warning: US spelling 'color'"),
                new Case("ratings --json of a broken report", List.of(), List.of("ratings", "--json", "@broken"), 2,
                        Shape.EMPTY, "error: 'good' is not a rating"),
                new Case("check of a report with warnings", List.of(), List.of("check", "@warned"), 0,
                        Shape.NO_ERRORS, "warning: US spelling 'center'"),
                new Case("check of a broken report", List.of(), List.of("check", "@broken"), 2, Shape.EMPTY,
                        "error: 'good' is not a rating"),
                new Case("build of a report with warnings, every format", List.of(),
                        List.of("build", "@warned", "--out", "@out", "--templates", "@templates", "--format",
                                "pdf,docx,html,xhtml"), 0, Shape.WROTE, "warning: US spelling 'organize'"),
                new Case("build of a broken report", List.of(), List.of("build", "@broken", "--out", "@out",
                        "--templates", "@templates"), 2, Shape.EMPTY, "nothing was written"),
                new Case("build with characters the fonts lack (PDFBox and openhtmltopdf)", List.of(),
                        List.of("build", "@glyphs", "--out", "@out", "--templates", "@templates", "--format", "pdf"),
                        0, Shape.WROTE, null),
                new Case("build with a broken stylesheet (openhtmltopdf's CSS log, java.util.logging)", List.of(),
                        List.of("build", "@clean", "--out", "@out", "--templates", "@badTemplates", "--format",
                                "pdf,html"), 0, Shape.WROTE, "not loading file:///etc/passwd"),
                new Case("build with POI's logging set to stdout at DEBUG", List.of(poiToStdout, poiDebug),
                        List.of("build", "@clean", "--out", "@out", "--templates", "@templates", "--format", "docx"),
                        0, Shape.WROTE, null),
                new Case("ratings --json with POI's logging set to stdout at DEBUG", List.of(poiToStdout, poiDebug),
                        List.of("ratings", "--json", "@warned"), 0, Shape.JSON, "warning: US spelling"),
                new Case("a template syntax error (FreeMarker)", List.of(), List.of("build", "@clean", "--out", "@out",
                        "--templates", "@brokenTemplate", "--format", "html"), 2, Shape.EMPTY, "template syntax"),
                new Case("import-cases with warnings after the import", List.of(), List.of("import-cases",
                        "@cases.csv", "@sheet"), 0, Shape.IMPORTED, "warning: US spelling 'organize'"),
                new Case("a batch of two reports: the progress on stderr", List.of(), List.of("build", "@clean",
                        "@warned", "--out", "@out", "--templates", "@templates", "--format", "html", "--jobs", "2"),
                        0, Shape.SUMMARY, "] warned built"),
                new Case("a usage error", List.of(), List.of("ratings", "--jsn", "@clean"), 2, Shape.EMPTY,
                        "unknown option '--jsn'; did you mean '--json'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stdoutCarriesOnlyTheCommandsOutput(Case c) throws Exception {
        Path out = Files.createTempDirectory(tmp, "out");
        String[] args = c.args().stream().map(a -> a.startsWith("@") ? place(a.substring(1), out) : a)
                .toArray(String[]::new);
        Run run = Child.run(tmp, c.jvm(), args);

        assertThat(run.status()).as("exit status\n" + run.err()).isEqualTo(c.status());
        Attempt.assertNoFault(run);
        assertThat(c.stdout().fits.test(run.out())).as("stdout is " + c.stdout() + ", exactly:\n" + run.out()
                + "\n--- stderr:\n" + run.err()).isTrue();
        if (c.stderr() != null && c.stderr().isEmpty()) {
            assertThat(run.err()).as("stderr").isEmpty();
        } else if (c.stderr() != null) {
            assertThat(run.err()).contains(c.stderr());
        }
    }

    // ------------------------------------------------------------------------------------------------ terminal

    /**
     * Author content or a file name that a terminal would act on: the command, what the user must see (a located
     * message, escaped), and where it must be.
     */
    record Hostile(String name, java.util.function.Function<Path, Run> attempt, String expected, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> hostile() {
        return Stream.of(
                new Hostile("escape sequences in a YAML key (clear screen, window title, bell)", dir -> Attempt.check(
                        Attempt.minimalReport(dir).write("extra.yaml", "\"\\e[2J\\e]0;owned\\a\": 1\n").dir()),
                        "extra.yaml:1:1: error: unknown key '\\x1b[2J\\x1b]0;owned\\x07'", 2),
                new Hostile("a C1 control (CSI) and a bidi override in a key", dir -> Attempt.check(
                        Attempt.minimalReport(dir).write("extra.yaml", "\"a\\u009b2J\\u202eb\": 1\n").dir()),
                        "extra.yaml:1:1: error: unknown key 'a\\x9b2J\\u202eb'", 2),
                new Hostile("an escape sequence in a value quoted back", dir -> Attempt.check(
                        Attempt.minimalReport(dir).write("standards.yaml", ReportFolder.MINIMAL_STANDARDS.replace(
                                "\"1.1\": { rating: Good }", "\"1.1\": { rating: \"\\e[32mGood\" }")).dir()),
                        "standards.yaml:2:20: error: '\\x1b[32mGood' is not a rating", 2),
                new Hostile("a newline in a file name keeps the message on one line", dir -> Attempt.check(
                        Attempt.minimalReport(dir).write("bad\nname.yaml", "x: [\n").dir()),
                        "bad\\nname.yaml:1:4: error: this [ is never closed", 2),
                new Hostile("an escape sequence in a folder name, in the 'no errors' line", dir -> Attempt.check(
                        Attempt.minimalReport(dir.resolve("r\u001b]0;owned\u0007")).dir()),
                        "r\\x1b]0;owned\\x07: no errors", 0),
                new Hostile("a service name with escape sequences in the ratings table", dir -> Attempt.run("ratings",
                        Attempt.minimalReport(dir).write("report.yaml", ReportFolder.METADATA_2021.replace(
                                "name: Testshire Youth Justice Service", "name: \"Test\\e[2Jshire\\u202e\"")
                                + ReportFolder.MINIMAL_SAMPLE).dir().toString()),
                        "Test\\x1b[2Jshire\\u202e (hmip-youth-2021)", 0),
                new Hostile("a service name with escape sequences in ratings --json (valid JSON escapes)", dir -> Attempt
                        .run("ratings", "--json", Attempt.minimalReport(dir).write("report.yaml", ReportFolder
                                .METADATA_2021.replace("name: Testshire Youth Justice Service",
                                        "name: \"Test\\e[2J\\x9b\\u202e\"") + ReportFolder.MINIMAL_SAMPLE).dir()
                                .toString()), "\"service\": \"Test\\u001b[2J\\u009b\\u202e\"", 0),
                new Hostile("a hostile option value in a usage error", dir -> Attempt.run("watch", dir.toString(),
                        "--port", "\u001b[2J\n80"), "'\\x1b[2J\\n80' is not an int", 2),
                new Hostile("a hostile format name", dir -> Attempt.run("build", dir.toString(), "--format",
                        "pdf\u001b]0;x\u0007"), "unknown format 'pdf\\x1b]0;x\\x07'", 2),
                new Hostile("a hostile command name", dir -> Attempt.run("\u009b2J\u202e"),
                        "'\\x9b2J\\u202e'", 2),
                new Hostile("a NUL byte is located where it is", dir -> Attempt.check(Attempt.minimalReport(dir)
                        .write("extra.yaml", "a: 1\nb:\n  c: A\u0000B\n").dir()),
                        "extra.yaml:3:7: error: the character U+0000 is not allowed in YAML", 2),
                new Hostile("a raw escape after an emoji, CRLF line ends", dir -> Attempt.check(Attempt
                        .minimalReport(dir).write("extra.yaml", "a: 1\r\nb: \"😀\u001b\"\r\n").dir()),
                        "extra.yaml:2:6: error: the character U+001B is not allowed in YAML", 2),
                new Hostile("a C1 control and U+FFFE are located too", dir -> Attempt.check(Attempt.minimalReport(dir)
                        .write("extra.yaml", "a: 1\n\nbb: x\u0090\n").write("other.yaml", "\n\uFFFE: 1\n").dir()),
                        "extra.yaml:3:6: error: the character U+0090 is not allowed in YAML", 2),
                new Hostile("the preview's console lines and error page", StdoutHygieneTest::preview,
                        "extra.yaml:1:1: error: unknown key '\\x1b[2J\\u202e'", 0),
                new Hostile("a batch's progress and summary with a newline in a folder name", dir -> {
                    Attempt.minimalReport(dir.resolve("reports/good"));
                    Attempt.minimalReport(dir.resolve("reports/two\nlines\u001b[2J")).write("report.yaml", "x: [\n");
                    return Attempt.build(dir.resolve("reports"), dir.resolve("out"), "--format", "html");
                }, "two\\nlines\\x1b[2J", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void everyPrintedLineIsSafeForATerminal(Hostile c) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "hostile");
        Run run = c.attempt().apply(dir);
        assertThat(run.status()).as("exit status\n" + run.err()).isEqualTo(c.status());
        Attempt.assertNoFault(run);
        SpreadsheetsTest.assertPrintable(run);
        assertThat(run.err() + run.out()).contains(c.expected());
        assertThat((run.out() + run.err()).lines().filter(l -> l.contains(c.expected())).toList())
                .as("the line is whole").isNotEmpty();
    }

    /** A preview of a report with a hostile key: its console output, and its error page as served. */
    private static Run preview(Path dir) {
        Path report = Attempt.minimalReport(dir.resolve("r\u001b[2J")).write("extra.yaml", "\"\\e[2J\\u202e\": 1\n")
                .dir();
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        try (org.rapporteur.preview.Preview p = org.rapporteur.cli.WatchCommand.preview(report, Example.TEMPLATES, 0,
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true))) {
            p.start();
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newBuilder()
                    .proxy(java.net.http.HttpClient.Builder.NO_PROXY).build()
                    .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(p.url())).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("The report has 1 error").contains("r\\x1b[2J");
            return new Run(0, out.toString(), err + page.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String place(String name, Path out) {
        return switch (name) {
            case "clean" -> clean.toString();
            case "warned" -> warned.toString();
            case "broken" -> broken.toString();
            case "glyphs" -> glyphs.toString();
            case "templates" -> templates.toString();
            case "badTemplates" -> badTemplates.toString();
            case "brokenTemplate" -> brokenTemplate().toString();
            case "sheet" -> sheet.toString();
            case "cases.csv" -> tmp.resolve("cases.csv").toString();
            case "out" -> out.toString();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Path brokenTemplate() {
        Path broken = tmp.resolve("broken-template");
        if (!Files.exists(broken)) {
            Example.copyTree(Example.TEMPLATES, broken);
            Path main = broken.resolve("hmip-youth-full/report.ftlh");
            try {
                Files.writeString(main, Files.readString(main).replaceFirst("<#if ", "<#if <#if "));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broken;
    }

    /** Standard output on a full disk or a closed pipe: the command must not report success for a lost answer. */
    @org.junit.jupiter.api.Test
    void aFailedWriteToStandardOutputIsNotSuccess() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int status = org.rapporteur.cli.Main.run(new String[] {"ratings", "--json", Example.DIR.toString()},
                new java.io.PrintWriter(full, true), new java.io.PrintWriter(err, true));
        assertThat(status).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("could not write to standard output").doesNotContain("\tat ");
    }

    /** The JSON value {@code text} holds, or null when it holds anything else (a second value, a log line). */
    static JsonNode json(String text) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
