package org.rapporteur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ReportFolder;

/**
 * Bad input is reported as file:line:column: error: message, with exit status 2 and no stack trace.
 * Each case starts from a valid report and breaks one thing.
 */
class BadInputTest {

    static String courtCase(String id, String override) {
        return ReportFolder.courtCase(id, override);
    }

    static final String STANDARDS = ReportFolder.MINIMAL_STANDARDS;

    static final String SAMPLE = ReportFolder.MINIMAL_SAMPLE;

    static ReportFolder valid(Path dir) {
        return ReportFolder.minimal(dir);
    }

    record Case(String name, Consumer<ReportFolder> breakIt, String file, int line, int column, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, Consumer<ReportFolder> breakIt, String file, int line, int column, String message) {
        return new Case(name, breakIt, file, line, column, message);
    }

    static String metadataWith(String from, String to) {
        assertThat(ReportFolder.METADATA_2021).contains(from);
        return ReportFolder.METADATA_2021.replace(from, to) + SAMPLE;
    }

    static Stream<Arguments> cases() {
        List<Case> list = new ArrayList<>();
        list.add(c("unclosed flow mapping", f -> f.write("report.yaml",
                metadataWith("area: Testshire }", "area: Testshire")), "report.yaml", 2, 10,
                "this mapping in { } is not closed"));
        list.add(c("tab indentation", f -> f.write("extra.yaml", "foreword: |\n  fine\nglossary:\n\tAssetPlus: x\n"),
                "extra.yaml", 4, 1, "this line is indented with a tab"));
        list.add(c("text containing ': '", f -> f.write("extra.yaml", "foreword: Note: this breaks\n"),
                "extra.yaml", 1, 15, "this value holds ': ' (a colon and a space)"));
        list.add(c("unknown top-level key", f -> f.write("extra.yaml", "forword: |\n  text\n"),
                "extra.yaml", 1, 1, "unknown key 'forword'; did you mean 'foreword'?"));
        list.add(c("unknown key in a standard file", f -> f.write("standards/1.3.yaml",
                "strenghts:\n  - one\n"), "standards/1.3.yaml", 1, 1, "did you mean 'strengths'?"));
        list.add(c("unknown service key", f -> f.write("report.yaml",
                metadataWith("kind: YJS", "knd: YJS, kind: YJS")), "report.yaml", 2, 51, "unknown key 'knd'"));
        list.add(c("list where a month is expected", f -> f.write("report.yaml",
                metadataWith("published: 2026-01", "published: [2026]")), "report.yaml", 4, 12,
                "expected text for published but found a list"));
        list.add(c("not a month", f -> f.write("report.yaml", metadataWith("published: 2026-01",
                "published: January")), "report.yaml", 4, 12, "expected a month"));
        list.add(c("not a boolean", f -> f.write("extra.yaml", "joint: maybe\n"), "extra.yaml", 1, 8,
                "expected true or false"));
        list.add(c("not a date", f -> f.write("report.yaml", metadataWith("start: 2025-10-06",
                "start: 6th October")), "report.yaml", 3, 21, "expected a date for start"));
        list.add(c("missing field", f -> f.write("report.yaml", metadataWith("leadInspector: Ann Example\n", "")),
                "report.yaml", 1, 1, "missing 'leadInspector'"));
        list.add(c("empty required field", f -> f.write("report.yaml", metadataWith("leadInspector: Ann Example",
                "leadInspector:")), "report.yaml", 5, 15, "no value for 'leadInspector'"));
        list.add(c("unknown service kind", f -> f.write("report.yaml", metadataWith("kind: YJS", "kind: YJT")),
                "report.yaml", 2, 57, "service kind must be YOT, YOS or YJS"));
        list.add(c("unknown framework", f -> f.write("report.yaml", metadataWith("hmip-youth-2021",
                "hmip-youth-2012")), "report.yaml", 1, 12, "unknown framework 'hmip-youth-2012'"));
        list.add(c("unknown standard id", f -> f.write("standards/5.1.yaml", "rating: Good\n"),
                "standards/5.1.yaml", 1, 1, "has no standard 5.1"));
        list.add(c("standard file without an id", f -> f.write("standards/governance.yaml", "rating: Good\n"),
                "standards/governance.yaml", 1, 1, "cannot tell which standard"));
        list.add(c("rating in the wrong case", f -> f.write("standards/1.2.yaml", "rating: good\n"),
                "standards/1.2.yaml", 1, 9, "'good' is not a rating; did you mean 'Good'?"));
        list.add(c("unknown key question in a case", f -> f.write("cases/court.yaml", "cases:\n"
                + courtCase("C1", "      2.1.9: yes\n") + courtCase("C2", null)), "cases/court.yaml", 18, 7,
                "no key question 2.1.9"));
        list.add(c("answer other than yes, no or n/a", f -> f.write("cases/court.yaml", "cases:\n"
                + courtCase("C1", null).replace("2.2.2: yes", "2.2.2: maybe") + courtCase("C2", null)),
                "cases/court.yaml", 10, 14, "'maybe' is not an answer"));
        list.add(c("boolean-looking answer", f -> f.write("cases/court.yaml", "cases:\n"
                + courtCase("C1", null).replace("2.2.2: yes", "2.2.2: true") + courtCase("C2", null)),
                "cases/court.yaml", 10, 14, "'true' is not an answer"));
        list.add(c("bad prompt letter", f -> f.write("cases/court.yaml", "cases:\n" + courtCase("C1", null)
                .replace("2.1.1: yes", "2.1.1: { answer: yes, prompts: YYXYYYYYY }") + courtCase("C2", null)),
                "cases/court.yaml", 6, 38, "prompt c is 'X'"));
        list.add(c("wrong number of prompts", f -> f.write("cases/court.yaml", "cases:\n" + courtCase("C1", null)
                .replace("2.1.2: yes", "2.1.2: { answer: yes, prompts: YY }") + courtCase("C2", null)),
                "cases/court.yaml", 7, 38, "has 3 prompts but 2 answers are given"));
        list.add(c("duplicate case id", f -> f.write("cases/court.yaml", "cases:\n" + courtCase("C1", null)
                + courtCase("C1", null)), "cases/court.yaml", 18, 5, "case id 'C1' is used twice"));
        list.add(c("missing key-question answer", f -> f.write("cases/court.yaml", "cases:\n"
                + courtCase("C1", null).replace("      2.4.3: yes\n", "") + courtCase("C2", null)),
                "cases/court.yaml", 2, 5, "has no answer for key question 2.4.3"));
        list.add(c("unknown case type", f -> f.write("cases/court.yaml", "cases:\n" + courtCase("C1", null)
                .replace("type: court", "type: cort") + courtCase("C2", null)), "cases/court.yaml", 3, 11,
                "unknown case type 'cort'; did you mean 'court'?"));
        list.add(c("discretion without a reason", f -> f.write("standards/2.4.yaml",
                "discretion:\n  rating: Requires improvement\n"), "standards/2.4.yaml", 2, 3,
                "professional discretion needs a reason"));
        list.add(c("authored rating disagrees with calculation", f -> f.write("standards/2.1.yaml",
                "rating: Good\n"), "standards/2.1.yaml", 1, 9, "disagrees with the calculated 'Outstanding'"));
        list.add(c("figures beside case data", f -> f.write("standards/2.2.yaml",
                "figures: { 2.2.1: 50, 2.2.2: 50, 2.2.3: 50 }\n"), "standards/2.2.yaml", 1, 12,
                "figures are given for 2.2 but its cases are in the case data"));
        list.add(c("percentage over 100", f -> f.write("standards.yaml", STANDARDS.replace("3.1.1: 90",
                "3.1.1: 190")), "standards.yaml", 8, 30, "between 0 and 100"));
        list.add(c("key given twice in one file", f -> f.write("extra.yaml", "foreword: a\nforeword: b\n"),
                "extra.yaml", 2, 1, "'foreword' is given twice"));
        list.add(c("key given in two files", f -> f.write("a.yaml", "foreword: a\n").write("b.yaml",
                "foreword: b\n"), "b.yaml", 1, 1, "'foreword' is already given in"));
        list.add(c("standard described twice", f -> f.write("standards/1.1.yaml", "narrative: x\n"),
                "standards.yaml", 2, 3, "standard 1.1 is already described"));
        list.add(c("fieldwork ends before it starts", f -> f.write("report.yaml", metadataWith(
                "end: 2025-10-17", "end: 2025-09-17")), "report.yaml", 3, 12, "fieldwork ends"));
        list.add(c("published before fieldwork", f -> f.write("report.yaml", metadataWith("published: 2026-01",
                "published: 2025-03")), "report.yaml", 4, 12, "published (2025-03) before fieldwork ends"));
        list.add(c("alias bomb", f -> f.write("extra.yaml", aliasBomb()), "extra.yaml", 0, 0, "alias"));
        list.add(c("an anchor and alias", f -> f.write("extra.yaml", "foreword: &x hello\ndiversity: *x\n"),
                "extra.yaml", 1, 11, "anchors and aliases"));
        list.add(c("deep nesting", f -> f.write("extra.yaml", "glossary: " + "[".repeat(200) + "]".repeat(200)
                + "\n"), "extra.yaml", 0, 0, "nest"));
        list.add(c("invalid UTF-8", f -> f.write("extra.yaml", new byte[] {'f', 'o', 'r', 'e', 'w', 'o', 'r', 'd',
                ':', ' ', 'c', 'a', 'f', (byte) 0xC3, '\n'}), "extra.yaml", 1, 14, "not valid UTF-8"));
        list.add(c("a folder named like a file", f -> f.write("notes.yaml/inner.txt", "x"), "notes.yaml", 1, 1,
                "this is a folder"));
        list.add(c("a 50 MB file", f -> f.write("big.yaml", big()), "big.yaml", 1, 1, "at most 4 MB"));
        list.add(c("a table row with too few cells", f -> f.write("extra.yaml", "contextualFacts:\n  - title: T\n"
                + "    columns: [A, B]\n    rows:\n      - [1]\n"), "extra.yaml", 5, 9, "has 1 cells"));
        list.add(c("image from the web", f -> f.write("extra.yaml", "diversity: |\n  See ![chart](https://example.org/c.png)\n"),
                "extra.yaml", 2, 7, "is not in the report folder"));
        list.add(c("image outside the report", f -> f.write("extra.yaml", "diversity: \"![x](../../etc/x.png)\"\n"),
                "extra.yaml", 1, 13, "is outside the report folder"));
        list.add(c("script link", f -> f.write("extra.yaml", "diversity: \"[go](javascript:alert(1))\"\n"),
                "extra.yaml", 1, 13, "link to 'javascript:alert(1)' is not allowed"));
        list.add(c("unknown figure", f -> f.write("extra.yaml", "diversity: \"We saw {{2.9.9}} of them.\"\n"),
                "extra.yaml", 1, 20, "no key question 2.9.9"));
        list.add(c("empty recommendations group", f -> f.write("extra.yaml", "recommendations:\n"
                + "  - to: The board\n    items: []\n"), "extra.yaml", 2, 5, "has no items"));
        return list.stream().map(Arguments::of);
    }

    static byte[] big() {
        byte[] bytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(bytes, (byte) '#');
        return bytes;
    }

    static String aliasBomb() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = String.valueOf(c);
        }
        return b.toString();
    }

    @Test
    void theBaseReportIsValid(@TempDir Path dir) {
        valid(dir);
        ReportFolder.Run run = ReportFolder.run("check", dir.toString());
        // valid, though not complete: it warns of the parts a final build would want (ReportFolder.complete has them)
        assertThat(run.err()).doesNotContain("error:");
        assertThat(run.status()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportedAtItsPlace(Case c, @TempDir Path dir) throws IOException {
        ReportFolder folder = valid(dir);
        c.breakIt().accept(folder);
        ReportFolder.Run run = ReportFolder.run("check", dir.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        String expectedPlace = dir.resolve(c.file()) + (c.line() > 0 ? ":" + c.line() + ":" + c.column() + ": " : ":");
        assertThat(run.err()).as("message").contains(c.message());
        assertThat(run.err().lines().filter(l -> l.contains(c.message())).findFirst().orElseThrow())
                .as("location").contains(displayed(expectedPlace)).contains("error: ");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    /** Paths are shown relative to the working folder when they are inside it. */
    static String displayed(String place) {
        Path cwd = Path.of("").toAbsolutePath();
        return place.startsWith(cwd.toString() + "/") ? place.substring(cwd.toString().length() + 1) : place;
    }

    /** A build of bad input writes nothing and leaves the outputs of the last good build as they were. */
    @ParameterizedTest(name = "build: {0}")
    @MethodSource("cases")
    void aBuildWritesNothingAndKeepsEarlierOutputs(Case c, @TempDir Path dir) throws IOException {
        Path report = dir.resolve("report");
        Path out = dir.resolve("out");
        ReportFolder folder = valid(report);
        ReportFolder.Run good = org.rapporteur.Example.build(report, out, "--format", "html,xhtml");
        assertThat(good.status()).as(good.err()).isZero();
        Path html = out.resolve("report/report-draft.html");
        byte[] before = Files.readAllBytes(html);

        c.breakIt().accept(folder);
        ReportFolder.Run run = org.rapporteur.Example.build(report, out, "--format", "html,xhtml");
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(c.message()).contains("nothing was written")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(html)).isEqualTo(before);
        try (Stream<Path> files = Files.list(out.resolve("report"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report-draft.html",
                    "SHA256SUMS-draft", "report-draft.xhtml");
        }
    }

    @Test
    void everyProblemIsReportedInOneRun(@TempDir Path dir) {
        valid(dir).write("extra.yaml", "forword: x\n")
                .write("standards/2.1.yaml", "rating: good\n")
                .write("cases/court.yaml", "cases:\n" + courtCase("C1", null).replace("2.2.2: yes", "2.2.2: perhaps")
                        + courtCase("C1", null));
        ReportFolder.Run run = ReportFolder.run("check", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'forword'").contains("'good' is not a rating")
                .contains("'perhaps' is not an answer").contains("case id 'C1' is used twice")
                .contains("4 errors");
    }

    @Test
    void aMissingFolderIsReported(@TempDir Path dir) {
        ReportFolder.Run run = ReportFolder.run("check", dir.resolve("nowhere").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no report folder here");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        ReportFolder.Run run = ReportFolder.run("ratings", "--jsn", "x");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option '--jsn'; did you mean '--json'?");
    }

    @Test
    void aLinkOutOfTheReportIsNotFollowed(@TempDir Path dir) throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.yaml"), "foreword: from outside\n");
        Path report = dir.resolve("report");
        valid(report);
        Files.createSymbolicLink(report.resolve("foreword.yaml"), outside);
        ReportFolder.Run run = ReportFolder.run("check", report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("foreword.yaml:1:1: error: this file links outside the report folder");
    }
}
