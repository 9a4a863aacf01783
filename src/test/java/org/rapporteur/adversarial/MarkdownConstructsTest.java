package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.build;
import static org.rapporteur.adversarial.Attempt.check;
import static org.rapporteur.adversarial.Attempt.minimalReport;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * Markdown the writers cannot print is refused where it was typed, never printed as raw syntax: a note mark with
 * no note, a note that is never referred to or runs to more than a paragraph, a table that has no rows, a column
 * without a heading or a row with more cells than headings, a table in a list, lines that look like a table but
 * made none, HTML tags, rules, ~~struck-out~~ text, broken links and blocks of code; and tables and notes in
 * prose printed as one item of a list (a recommendation, a glossary entry). Each: exit 2 from check and build,
 * the file, line and column named, nothing written.
 */
class MarkdownConstructsTest {

    static Stream<Arguments> unprintable() {
        return Stream.of(
                Arguments.of("a note mark with no note", "Seen in May.[^1] More.", "there is no note [^1]", 2, 15),
                Arguments.of("a note written in the text", "Seen in May.^[A note.] More.", "written in the text", 2, 15),
                Arguments.of("a note never referred to", "Seen in May.\n\n[^1]: A note.", "is not referred to", 4, 3),
                Arguments.of("a note of two paragraphs", "Seen.[^1]\n\n[^1]: One.\n\n    Two.",
                        "has more than one paragraph", 4, 3),
                Arguments.of("a note without text", "Seen.[^1]\n\n[^1]:", "has no text", 4, 3),
                Arguments.of("a note written twice", "Seen.[^a]\n\n[^a]: One.\n[^A]: Two.", "is written twice", 5, 3),
                Arguments.of("a note referring to a note", "Seen.[^a] Read.[^b]\n\n[^a]: See[^b].\n[^b]: Two.",
                        "cannot refer to another note", 4, 12),
                Arguments.of("a note mark in a link", "See [the plan[^a]](https://example.org/plan).\n\n[^a]: Two.",
                        "cannot be inside a link", 2, 16),
                Arguments.of("a table without rows", "Intro.\n\n| Area | Count |\n|---|---|", "no rows", 4, 3),
                Arguments.of("a column without a heading", "| Area |  |\n|---|---|\n| East | 4 |",
                        "column 2 of this table has no heading", 2, 11),
                Arguments.of("a row longer than the headings", "| Area | Count |\n|---|---|\n| East | 4 | 5 |",
                        "this row has 3 cells, but the table has 2 columns", 4, 3),
                Arguments.of("a table in a list", "- Areas:\n\n  | Area | Count |\n  |---|---|\n  | East | 4 |",
                        "a table inside a list or a quote", 4, 5),
                Arguments.of("table lines that made no table", "Intro.\n| Area | Count |\n|---|",
                        "looks like part of a table", 3, 3),
                Arguments.of("an HTML tag", "Seen in <b>May</b>.", "HTML is not printed: '<b>'", 2, 11),
                Arguments.of("an HTML block", "Intro.\n\n<div class=\"x\">Box</div>", "HTML is not printed", 4, 3),
                Arguments.of("an HTML comment", "Intro. <!-- TODO -->", "HTML is not printed: '<!--'", 2, 10),
                Arguments.of("a rule", "Intro.\n\n***\n\nMore.", "draws a rule", 4, 3),
                Arguments.of("struck-out text", "Seen in ~~April~~ May.", "struck out", 2, 11),
                Arguments.of("a broken link", "See [the plan](https://example.org/a plan).",
                        "looks like a link or a picture", 2, 7),
                Arguments.of("an indented paragraph", "Intro.\n\n    Indented by accident.",
                        "indented four spaces or more", 4, 3),
                Arguments.of("a fenced block of code", "Intro.\n\n```\nlet x = 1\n```", "a block of code", 4, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unprintable")
    void unprintableMarkdownIsRefusedAtItsPlace(String name, String markdown, String message, int line, int column,
                                               @TempDir Path tmp) {
        Path dir = minimalReport(tmp.resolve("report")).write("foreword.yaml", "foreword: |\n" + indent(markdown))
                .dir();
        Run checked = check(dir);
        assertRefused(checked, "foreword.yaml", message);
        assertAt(checked, "foreword.yaml", line, column, message);
        Run built = build(dir, tmp.resolve("out"), "--format", "html,xhtml");
        assertRefused(built, "foreword.yaml", message);
        assertNothingWritten(tmp.resolve("out"));
    }

    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of("a note in a recommendation", "recommendations.yaml", """
                        recommendations:
                          - to: The board
                            items:
                              - |
                                fund the post[^a]

                                [^a]: From April.
                        """, "a note cannot be printed here", 7, 9),
                Arguments.of("a table in a glossary entry", "glossary.yaml", """
                        glossary:
                          - term: Panel
                            definition: |
                              | Who | When |
                              |---|---|
                              | Board | May |
                        """, "a table cannot be printed here", 4, 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void tablesAndNotesAreRefusedInAListItem(String name, String file, String yaml, String message, int line,
                                             int column, @TempDir Path tmp) {
        Path dir = minimalReport(tmp.resolve("report")).write(file, yaml).dir();
        Run checked = check(dir);
        assertRefused(checked, file, message);
        assertAt(checked, file, line, column, message);
        Run built = build(dir, tmp.resolve("out"), "--format", "html,xhtml");
        assertRefused(built, file, message);
        assertNothingWritten(tmp.resolve("out"));
    }

    @Test
    void escapedSyntaxIsPrintedAsTyped(@TempDir Path tmp) throws Exception {
        Path dir = minimalReport(tmp.resolve("report")).write("foreword.yaml", "foreword: |\n" + indent(
                "A \\<b> tag, a mark \\[^1], a pipe \\| and `<i>` in code; fewer than 5 <10 and <team name>.")).dir();
        Run built = build(dir, tmp.resolve("out"), "--format", "xhtml");
        assertThat(built.status()).as(built.err()).isZero();
        String xhtml = java.nio.file.Files.readString(tmp.resolve("out/report/report-draft.xhtml"));
        assertThat(xhtml).contains("A &lt;b&gt; tag, a mark [^1], a pipe | and <code>&lt;i&gt;</code> in code; fewer"
                + " than 5 &lt;10 and &lt;team name&gt;.");
    }

    @Test
    void figuresInTablesAndNoteLabelsAreNotLinted(@TempDir Path tmp) {
        Path dir = minimalReport(tmp.resolve("report")).write("foreword.yaml", "foreword: |\n" + indent(
                "Seen in May.[^1]\n\n| Area | Cases | Seen |\n|---|--:|--:|\n| East | 5 | 40% |\n\n[^1]: A note.")).dir();
        Run checked = check(dir);
        assertThat(checked.status()).as(checked.err()).isZero();
        assertThat(checked.err()).doesNotContain("small-numbers").doesNotContain("per-cent");
    }

    @Test
    void tableCellsCountTowardsWhatADocumentMayPrint(@TempDir Path tmp) {
        // three tables of 3,604 cells (each under the 10,000 characters of a block) pass the 10,000 blocks
        String rows = "| a | b | c | d |\n|---|---|---|---|\n" + "|1|2|3|4|\n".repeat(900);
        String markdown = Stream.of(rows, rows, rows).collect(Collectors.joining("\n"));
        Path dir = minimalReport(tmp.resolve("report")).write("foreword.yaml", "foreword: |\n" + indent(markdown))
                .dir();
        Run checked = check(dir);
        assertRefused(checked, "foreword.yaml", "prints more than 10,000");
    }

    @Test
    void emphasisInATableCellCountsTowardsTheNestingLimit(@TempDir Path tmp) {
        // the table, its body, the row and the cell are four levels; thirteen of emphasis make seventeen
        String open = IntStream.range(0, 13).mapToObj(i -> (i % 2 == 0 ? "*" : "_") + "w")
                .collect(Collectors.joining(" "));
        String close = IntStream.range(0, 13).map(i -> 12 - i).mapToObj(i -> "w" + (i % 2 == 0 ? "*" : "_"))
                .collect(Collectors.joining(" "));
        String cell = open + " x " + close;
        Path dir = minimalReport(tmp.resolve("report")).write("foreword.yaml", "foreword: |\n" + indent(
                "| Heading |\n|---|\n| " + cell + " |")).dir();
        assertRefused(check(dir), "foreword.yaml", "nested 17 levels deep");
    }

    private static String indent(String markdown) {
        return markdown.lines().map(l -> l.isEmpty() ? "\n" : "  " + l + "\n").collect(Collectors.joining());
    }
}
