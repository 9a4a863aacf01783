package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNoFault;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.assertUnchanged;
import static org.rapporteur.adversarial.Attempt.build;
import static org.rapporteur.adversarial.Attempt.check;
import static org.rapporteur.adversarial.Attempt.goodBuild;
import static org.rapporteur.adversarial.Attempt.minimalReport;
import static org.rapporteur.adversarial.Attempt.snapshot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * Nesting and size: content nested deeper, or grown larger, than every stage can handle is refused at `check`
 * time with a located message (so check and build agree, and a build leaves earlier outputs intact); content
 * inside the limits, including a real report's nesting and pathological shapes just under them, builds.
 * Tests run with the JVM's default stack (1 MB), smaller than the launcher's.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NestingAndSizeTest {

    private static final String DEEP = "nested 17 levels deep";

    /** A minimal report with {@code markdown} as its foreword, a block scalar starting at line 2, column 3. */
    private static Path withForeword(Path tmp, String markdown) {
        ReportFolder report = minimalReport(tmp.resolve("report"));
        report.write("foreword.yaml", "foreword: |\n" + indent(markdown));
        return report.dir();
    }

    private static String indent(String markdown) {
        return markdown.lines().map(l -> l.isEmpty() ? "\n" : "  " + l + "\n").collect(Collectors.joining());
    }

    private static String repeat(int n, IntFunction<String> part) {
        return IntStream.range(0, n).mapToObj(part).collect(Collectors.joining());
    }

    // ------------------------------------------------------------------------------------------ nesting

    /** Each construct that nests, far too deep, and where level 17 starts (line and column in foreword.yaml). */
    static Stream<Arguments> tooDeep() {
        return Stream.of(
                Arguments.of("5,000 block quotes on one line", ">".repeat(5000) + " x", 2, 19),
                Arguments.of("block quotes, one more on each line",
                        repeat(40, i -> ">".repeat(i + 1) + " line " + i + "\n"), 18, 19),
                Arguments.of("3 KB of '- - -'", "- ".repeat(1500) + "x", 2, 35),
                Arguments.of("ordered lists inside each other", "1. ".repeat(1000) + "x", 2, 51),
                Arguments.of("lists inside quotes inside lists", "> - ".repeat(500) + "x", 2, 35),
                Arguments.of("a list indented one more level a line",
                        repeat(40, i -> "  ".repeat(i) + "- item " + i + "\n"), 18, 35),
                Arguments.of("emphasis with '*' thousands deep", "*".repeat(3000) + "x" + "*".repeat(3000), 2, 35),
                Arguments.of("emphasis with '_' thousands deep", "_".repeat(3000) + "x" + "_".repeat(3000), 2, 35),
                Arguments.of("alternating * and _ emphasis around words",
                        repeat(200, i -> i % 2 == 0 ? "*a " : "_a ") + "x"
                                + repeat(200, i -> (199 - i) % 2 == 0 ? " b*" : " b_"), 2, 51),
                Arguments.of("strong and emphasis alternating",
                        repeat(200, i -> i % 2 == 0 ? "**a " : "*b ") + "x"
                                + repeat(200, i -> (199 - i) % 2 == 0 ? " a**" : " b*"), 2, 59),
                Arguments.of("a link holding emphasis thousands deep",
                        "[" + repeat(200, i -> i % 2 == 0 ? "*a " : "_a ") + "x"
                                + repeat(200, i -> (199 - i) % 2 == 0 ? " b*" : " b_") + "](https://example.org/)",
                        2, 49),
                Arguments.of("images inside images",
                        "![a ".repeat(40) + "x" + "](p.png)".repeat(40), 2, 67));
    }

    @ParameterizedTest(name = "{0}: check and build refuse it at its place")
    @MethodSource("tooDeep")
    void nestingTooDeepIsRefusedAtItsPlace(String name, String markdown, int line, int column,
                                           @TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).dir();
        Path out = tmp.resolve("out");
        Attempt.Snapshot good = goodBuild(report, out);
        withForeword(tmp, markdown);

        Run checked = check(report);
        assertRefused(checked, "foreword.yaml", DEEP);
        assertAt(checked, "foreword.yaml", line, column, DEEP);

        Run built = build(report, out);
        assertRefused(built, "foreword.yaml", DEEP);
        assertAt(built, "foreword.yaml", line, column, DEEP);
        assertUnchanged(good, out);
    }

    @Test
    void deepBlockQuotesInAQuotedScalarAreLocatedInsideTheQuotes(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report"))
                .write("foreword.yaml", "foreword: \"" + ">".repeat(5000) + " x\"\n").dir();
        Run run = check(report);
        assertRefused(run, "foreword.yaml", DEEP);
        assertAt(run, "foreword.yaml", 1, 28, DEEP);
    }

    @Test
    void aRealReportsNestingBuildsInEveryFormat(@TempDir Path tmp) throws IOException {
        Path report = withForeword(tmp, """
                > Inspectors heard from parents and carers:
                >
                > - **Support** came *quickly*:
                >   - a first contact within a day, as [the guidance](https://example.org/guidance) asks
                >     - with `notes` kept, and ***both*** managers told
                >       - the fourth level, still **_readable_**
                >
                > 1. One
                >    > a quote in a numbered list, with *emphasis and **strong** inside*
                """);
        Path out = tmp.resolve("out");
        Run run = build(report, out);
        assertNoFault(run);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("report/report-draft.html"))).contains("the fourth level");
        assertThat(pdfText(out.resolve("report/report-draft.pdf"))).contains("the fourth level");
        assertThat(docxText(out.resolve("report/report-draft.docx"))).contains("the fourth level");
    }

    /** Every construct at the deepest nesting allowed (16 levels), built in every format on the default stack. */
    @Test
    void theDeepestNestingAllowedBuildsInEveryFormat(@TempDir Path tmp) throws IOException {
        String markdown = String.join("\n\n",
                ">".repeat(16) + " quotes",
                "- ".repeat(16) + "bullets",
                "1. ".repeat(16) + "numbers",
                "> - ".repeat(8) + "mixed",
                "*".repeat(16) + "stars" + "*".repeat(16),
                repeat(16, i -> i % 2 == 0 ? "*a " : "_a ") + "words"
                        + repeat(16, i -> (15 - i) % 2 == 0 ? " b*" : " b_"),
                "[" + repeat(15, i -> i % 2 == 0 ? "*a " : "_a ") + "linked"
                        + repeat(15, i -> (14 - i) % 2 == 0 ? " b*" : " b_") + "](https://example.org/)",
                "![a ".repeat(16) + "pictures" + "](p.png)".repeat(16));
        Path report = withForeword(tmp, markdown);
        Files.write(report.resolve("p.png"), png(40, 30));
        Run checked = check(report);
        assertThat(checked.status()).as(checked.err()).isZero();

        Path out = tmp.resolve("out");
        Run run = build(report, out);
        assertNoFault(run);
        assertThat(run.status()).as(run.err()).isZero();
        // the deepest levels leave a narrow column, where long words break across lines
        assertThat(pdfText(out.resolve("report/report-draft.pdf")).replaceAll("\\s+", "")).contains("quotes", "bullets",
                "numbers", "mixed", "stars", "words", "linked");
        assertThat(docxText(out.resolve("report/report-draft.docx"))).contains("quotes", "bullets", "stars", "linked");
    }

    @Test
    void seventeenLevelsAreOneTooMany(@TempDir Path tmp) {
        Path report = withForeword(tmp, "- ".repeat(16) + "sixteen\n\n" + "- ".repeat(17) + "seventeen");
        Run run = check(report);
        assertRefused(run, "foreword.yaml", DEEP);
        assertAt(run, "foreword.yaml", 4, 35, DEEP);
        assertThat(run.err().lines().filter(l -> l.contains("levels deep"))).hasSize(1);
    }

    /** A copy of the example council pack and its report, side by side as in content/. */
    static Path councilPack(Path tmp) {
        Path content = ReportFolder.project().resolve("content");
        org.rapporteur.Example.copyTree(content.resolve("example-yjs"), tmp.resolve("example-yjs"));
        return org.rapporteur.Example.copyTree(content.resolve("example-council-pack"),
                tmp.resolve("example-council-pack"));
    }

    /** Puts a paragraph of {@code markdown} first in the pack's contribution to aims (cover.yaml, line 4). */
    static void firstInPackProse(Path pack, String markdown) throws IOException {
        Path cover = pack.resolve("cover.yaml");
        String text = Files.readString(cover);
        Files.writeString(cover, text.replace("contributionToAims: |\n",
                "contributionToAims: |\n  " + markdown + "\n\n"));
    }

    @Test
    void nestingTooDeepInACouncilPacksOwnProseIsRefusedByCheck(@TempDir Path tmp) throws IOException {
        Path pack = councilPack(tmp);
        firstInPackProse(pack, "- ".repeat(1500) + "x");
        Run checked = check(pack);
        assertRefused(checked, "cover.yaml", DEEP);
        assertAt(checked, "cover.yaml", 4, 35, DEEP);
        Run built = build(pack, tmp.resolve("out"));
        assertRefused(built, "cover.yaml", DEEP);
        assertNothingWritten(tmp.resolve("out"));
    }

    // --------------------------------------------------------------------- flat but pathological prose

    /** Long runs of what makes parsers slow: each is checked in bounded time, then builds or is refused. */
    static Stream<Arguments> runsOfDelimiters() {
        return Stream.of(
                Arguments.of("10,000 '<' (HTML the parser would scan for)", "<".repeat(10_000),
                        "a word of 10,000 characters"),
                Arguments.of("3,300 '<a ' (tags never closed)", "<a ".repeat(3300), null),
                Arguments.of("2,000 '<!-- ' (comments never closed)", "<!-- ".repeat(2000),
                        "HTML is not printed"),
                Arguments.of("4,900 '[ ' (brackets never closed)", "[ ".repeat(4900), null),
                Arguments.of("1,900 '[a]( ' (links never finished)", "[a]( ".repeat(1900),
                        "looks like a link or a picture"),
                Arguments.of("3,300 '*a ' (emphasis never closed)", "*a ".repeat(3300), null),
                Arguments.of("backtick runs of every length to 60, four times",
                        repeat(240, i -> "`".repeat(i % 60 + 1) + " "), null),
                Arguments.of("1,600 entities", "&amp; ".repeat(1600), null),
                Arguments.of("9,999 '*' (a rule)", "*".repeat(9999), "draws a rule"),
                Arguments.of("10,000 '[' with no space", "[".repeat(10_000), "a word of 10,000 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runsOfDelimiters")
    void runsOfDelimitersAreHandledInBoundedTime(String name, String markdown, String refusal, @TempDir Path tmp) {
        Path report = withForeword(tmp, markdown);
        Run checked = check(report);
        if (refusal != null) {
            assertRefused(checked, "foreword.yaml", refusal);
            assertAt(checked, "foreword.yaml", 2, 3, refusal);
            return;
        }
        assertNoFault(checked);
        assertThat(checked.status()).as(checked.err()).isZero();
        Run built = build(report, tmp.resolve("out"), "--format", "html");
        assertThat(built.status()).as(built.err()).isZero();
    }

    // --------------------------------------------------------------------------------------------- YAML

    @Test
    void yamlListsNestedTooDeeplyAreLocatedWhereTheyGoTooDeep(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report"))
                .write("foreword.yaml", "foreword: " + "[".repeat(40) + "x" + "]".repeat(40) + "\n").dir();
        Run run = check(report);
        assertRefused(run, "foreword.yaml", "nested 33 levels deep");
        assertAt(run, "foreword.yaml", 1, 42, "nested 33 levels deep");
        assertThat(build(report, tmp.resolve("out")).err()).contains("foreword.yaml:1:42:");
    }

    @Test
    void yamlMappingsNestedTooDeeplyAreLocatedOnTheirLine(@TempDir Path tmp) {
        String yaml = "lints:\n" + repeat(39, i -> "  ".repeat(i + 1) + "k" + i + ":\n") + "  ".repeat(40) + "x: 1\n";
        Path report = minimalReport(tmp.resolve("report")).write("deep.yaml", yaml).dir();
        Run run = check(report);
        assertRefused(run, "deep.yaml", "nested 33 levels deep");
        assertAt(run, "deep.yaml", 33, 65, "nested 33 levels deep");
    }

    @Test
    void yamlNestedThirtyTwoLevelsIsNotRefusedForItsNesting(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report"))
                .write("foreword.yaml", "foreword: " + "[".repeat(31) + "x" + "]".repeat(31) + "\n").dir();
        Run run = check(report);
        assertNoFault(run);
        assertThat(run.err()).doesNotContain("levels deep");
    }

    @Test
    void aMillionNestedBracketsAreRefusedQuicklyAtTheirPlace(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report"))
                .write("foreword.yaml", "foreword: " + "[".repeat(1_000_000) + "\n").dir();
        Run run = check(report);
        assertRefused(run, "foreword.yaml", "nested 33 levels deep");
        assertAt(run, "foreword.yaml", 1, 42, "nested 33 levels deep");
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAnchor(@TempDir Path tmp) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*a" + (i - 1) + ", ";
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(previous.repeat(9))
                    .append("x]\n");
        }
        Path report = minimalReport(tmp.resolve("report")).write("bomb.yaml", yaml.toString()).dir();
        Run run = check(report);
        assertRefused(run, "bomb.yaml", "anchors and aliases");
        assertAt(run, "bomb.yaml", 1, 5, "anchors and aliases");
    }

    // ------------------------------------------------------------------------------ words and columns

    /**
     * A word far wider than its table column (a 100-letter run, a long reference number) breaks inside its cell:
     * unbroken, it took the table's whole width and the other columns' text was lost off the page in silence.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longWords")
    void aLongWordInATableCellLeavesTheOtherColumnsTheirText(String name, String word, @TempDir Path tmp)
            throws IOException {
        Path report = minimalReport(tmp.resolve("report")).write("glossary.yaml", "glossary:\n"
                + "  - term: " + word + "\n    definition: Meaning of the first term, kept whole on the page.\n"
                + "  - term: Second\n    definition: " + word + " stands in the definition column here.\n").dir();
        Run run = build(report, tmp.resolve("out"), "--format", "pdf");
        assertThat(run.status()).as(run.err()).isZero();
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(tmp.resolve("out/report/report-draft.pdf")))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Meaning of the first term, kept whole on the page.")
                .contains("stands in the definition column here.");
        assertThat(text.replace(" ", "")).contains(word + "Meaningofthefirstterm").contains(word + "standsin");
    }

    static Stream<Arguments> longWords() {
        return Stream.of(
                Arguments.of("100 letters", "Supercalifragilistic".repeat(5)),
                Arguments.of("90 digits", "0123456789".repeat(9)),
                Arguments.of("a reference number of 88 characters", "REF-2026/0001-".repeat(6) + "0042"),
                Arguments.of("a file path", "/srv/share/youth-justice/inspections/2026/kestrelford/case-audit/"
                        + "annexes/annex-c-final.xlsx"));
    }

    // ----------------------------------------------------------------------------------- size limits

    private static final int MAX_REPORT_BYTES = 2 * 1024 * 1024;

    /**
     * Pads a report's printed files (those outside cases/) with YAML comments to exactly {@code total} bytes, the
     * largest in pad.yaml.
     */
    private static Path reportOfBytes(Path tmp, long total) throws IOException {
        Path report = minimalReport(tmp.resolve("report")).dir();
        long used;
        try (Stream<Path> files = Files.walk(report)) {
            used = files.filter(Files::isRegularFile).filter(p -> !report.relativize(p).startsWith("cases"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
        Files.writeString(report.resolve("pad.yaml"), comments(total - used));
        return report;
    }

    /** YAML comment lines of exactly {@code bytes} bytes. */
    private static String comments(long bytes) {
        StringBuilder pad = new StringBuilder();
        long left = bytes;
        while (left > 0) {
            int line = (int) Math.min(80, left);
            pad.append(line == 1 ? "\n" : "#" + "x".repeat(line - 2) + "\n");
            left -= line;
        }
        return pad.toString();
    }

    @Test
    void caseDataHasABudgetOfItsOwn(@TempDir Path tmp) throws IOException {
        Path report = reportOfBytes(tmp, MAX_REPORT_BYTES);
        long each = (org.rapporteur.load.TotalSize.MAX_CASE_BYTES - 2_000) / 4;
        for (int i = 1; i <= 4; i++) {
            Files.writeString(report.resolve("cases/part" + i + ".yaml"), comments(each));
        }
        Run run = check(report);
        assertNoFault(run);
        assertThat(run.status()).as("printed content at its limit and case data near its own\n" + run.err())
                .isZero();
        Files.writeString(report.resolve("cases/part5.yaml"), comments(4_000));
        Run over = check(report);
        assertRefused(over, ".yaml", "the case files in cases/ hold");
        assertThat(over.err()).contains("a report may hold at most 12.0 MB");
    }

    @Test
    void aReportOfExactlyTheTotalLimitIsAccepted(@TempDir Path tmp) throws IOException {
        Run run = check(reportOfBytes(tmp, MAX_REPORT_BYTES));
        assertNoFault(run);
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void aReportOneByteOverTheTotalLimitIsRefusedAtItsLargestFile(@TempDir Path tmp) throws IOException {
        Path report = reportOfBytes(tmp, MAX_REPORT_BYTES + 1);
        Run run = check(report);
        assertRefused(run, "pad.yaml", "a report may hold at most 2.0 MB");
        assertAt(run, "pad.yaml", 1, 1, "a report may hold at most 2.0 MB");
    }

    @Test
    void fiftyMegabytesOfProseAcrossFilesAreRefusedBeforeTheyAreRead(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).dir();
        Path out = tmp.resolve("out");
        Attempt.Snapshot good = goodBuild(report, out);
        String paragraph = "Words of an ordinary paragraph, as an inspector might write them. ".repeat(20) + "\n\n";
        String[] keys = {"foreword", "background", "involvement", "diversity", "resettlement", "methodology",
            "overallFindings"};
        for (int i = 0; i < 13; i++) {
            String key = i < keys.length ? keys[i] : "areasForImprovement";
            String body = indent(paragraph.repeat(3_900_000 / paragraph.length()));
            new ReportFolder(report).write("part" + i + ".yaml", key + ": |\n" + body);
        }
        Run checked = check(report);
        assertRefused(checked, ".yaml", "a report may hold at most 2.0 MB");
        Run built = build(report, out);
        assertRefused(built, ".yaml", "a report may hold at most 2.0 MB");
        assertThat(built.err()).contains("nothing was written");
        assertUnchanged(good, out);
    }

    @Test
    void aParagraphOfTheLongestLengthIsAccepted(@TempDir Path tmp) {
        Run run = check(withForeword(tmp, ("word ".repeat(1999) + "word!").substring(0, 10_000)));
        assertNoFault(run);
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void aParagraphOneCharacterTooLongIsRefusedWhereItStarts(@TempDir Path tmp) {
        Run run = check(withForeword(tmp, "Opening line.\n\n" + "word ".repeat(2000) + "x"));
        assertRefused(run, "foreword.yaml", "runs 10,001 characters without a blank line");
        assertAt(run, "foreword.yaml", 4, 3, "without a blank line");
    }

    @Test
    void aWordOfTheLongestLengthIsAcceptedAndOneLongerIsRefusedWhereItStarts(@TempDir Path tmp) {
        Run longest = check(withForeword(tmp, "See " + "a".repeat(100) + " here."));
        assertThat(longest.status()).as(longest.err()).isZero();
        Run tooLong = check(withForeword(tmp, "See " + "a".repeat(101) + " here."));
        assertRefused(tooLong, "foreword.yaml", "a word of 101 characters");
        assertAt(tooLong, "foreword.yaml", 2, 7, "a word of 101 characters");
    }

    /** Loose list items: each prints two blocks (the item and its paragraph). */
    private static String looseList(int items) {
        return repeat(items, i -> "- w" + i + "\n\n");
    }

    @Test
    void tenThousandPrintedBlocksAreAcceptedAndOneMoreIsRefused(@TempDir Path tmp) {
        Run atLimit = check(withForeword(tmp, looseList(5000)));
        assertThat(atLimit.status()).as(atLimit.err()).isZero();
        Run over = check(withForeword(tmp, looseList(5000) + "one more paragraph"));
        assertRefused(over, "foreword.yaml", "more than 10,000 paragraphs, list items, table cells and entries");
        assertAt(over, "foreword.yaml", 1, 11, "more than 10,000");
    }

    @Test
    void contentAtTheLimitsBuildsInEveryFormatInBoundedTime(@TempDir Path tmp) {
        Path report = withForeword(tmp, looseList(5000));
        Run run = build(report, tmp.resolve("out"));
        assertNoFault(run);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(tmp.resolve("out/report/report-draft.pdf")).exists();
    }

    // ------------------------------------------------------------------------------ pathological shapes

    @Test
    void aOneMegabyteWordIsRefused(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).dir();
        Path out = tmp.resolve("out");
        Attempt.Snapshot good = goodBuild(report, out);
        withForeword(tmp, "x".repeat(1024 * 1024));
        Run checked = check(report);
        assertRefused(checked, "foreword.yaml", "runs 1,048,576 characters without a blank line");
        assertAt(checked, "foreword.yaml", 2, 3, "without a blank line");
        assertRefused(build(report, out), "foreword.yaml", "without a blank line");
        assertUnchanged(good, out);
    }

    @Test
    void aHundredThousandOneWordListItemsAreRefused(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).dir();
        Path out = tmp.resolve("out");
        Attempt.Snapshot good = goodBuild(report, out);
        withForeword(tmp, looseList(100_000));
        assertRefused(check(report), "foreword.yaml", "more than 10,000 paragraphs");
        Run built = build(report, out);
        assertRefused(built, "foreword.yaml", "more than 10,000 paragraphs");
        assertUnchanged(good, out);
    }

    @Test
    void aHundredThousandListItemsWithoutBlankLinesAreRefused(@TempDir Path tmp) {
        Run run = check(withForeword(tmp, repeat(100_000, i -> "- w" + i + "\n")));
        assertRefused(run, "foreword.yaml", "without a blank line");
    }

    private static String table(int rows) {
        return "contextualFacts:\n  - title: Offences\n    columns: [Offence, Children]\n    rows:\n"
                + repeat(rows, i -> "      - [Offence " + i + ", \"" + i + "\"]\n");
    }

    @Test
    void aTableOfTwentyThousandRowsIsRefusedAtTheTable(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).write("facts.yaml", table(20_000)).dir();
        Run run = check(report);
        assertRefused(run, "facts.yaml", "more than 10,000 paragraphs, list items, table cells");
        assertAt(run, "facts.yaml", 2, 5, "more than 10,000");
    }

    @Test
    void aTableAtTheLimitIsAcceptedAndOneRowMoreIsRefused(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).write("facts.yaml", table(4999)).dir();
        assertThat(check(report).status()).isZero();
        new ReportFolder(report).write("facts.yaml", table(5000));
        assertRefused(check(report), "facts.yaml", "more than 10,000");
    }

    @Test
    void aTableOfThreeThousandRowsBuildsInBoundedTime(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).write("facts.yaml", table(3000)).dir();
        Run run = build(report, tmp.resolve("out"));
        assertThat(run.status()).as(run.err()).isZero();
    }

    private static String recommendations(int n) {
        return "recommendations:\n  - to: The board\n    items:\n"
                + repeat(n, i -> "      - Improve practice in area " + i + ".\n");
    }

    @Test
    void twentyThousandRecommendationsAreRefusedAtTheOneThatPassesTheLimit(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).write("recs.yaml", recommendations(20_000)).dir();
        Run run = check(report);
        assertRefused(run, "recs.yaml", "more than 10,000");
        assertAt(run, "recs.yaml", 4 + 10_000, 9, "more than 10,000");
    }

    @Test
    void threeThousandRecommendationsBuildInBoundedTime(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).write("recs.yaml", recommendations(3000)).dir();
        Run run = build(report, tmp.resolve("out"));
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void aGlossaryOfFiftyThousandTermsIsRefusedAtTheTermThatPassesTheLimit(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report"))
                .write("glossary.yaml", "glossary:\n" + repeat(50_000, i -> "  T" + i + ": Meaning " + i + ".\n"))
                .dir();
        Run run = check(report);
        assertRefused(run, "glossary.yaml", "more than 10,000");
        // each definition is a paragraph, counted with the rest of the prose: the 10,001st passes the limit
        assertAt(run, "glossary.yaml", 2 + 10_000, ("  T10000: ").length() + 1, "more than 10,000");
    }

    @Test
    void aGlossaryOfFourThousandTermsBuildsInBoundedTime(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report"))
                .write("glossary.yaml", "glossary:\n" + repeat(4000, i -> "  T" + i + ": Meaning " + i + ".\n"))
                .dir();
        Run run = build(report, tmp.resolve("out"));
        assertThat(run.status()).as(run.err()).isZero();
    }

    // -------------------------------------------------------------------------------------- helpers

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text of a Word file's main part, tags removed. */
    private static String docxText(Path docx) throws IOException {
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            return xml.replaceAll("<[^>]+>", "");
        }
    }
}
