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
                        "Unknown option: '--jsn'"));
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

    /** The JSON value {@code text} holds, or null when it holds anything else (a second value, a log line). */
    static JsonNode json(String text) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
