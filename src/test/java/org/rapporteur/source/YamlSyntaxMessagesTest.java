package org.rapporteur.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ReportFolder;
import org.rapporteur.adversarial.Attempt;

/**
 * YAML syntax errors told in plain words, at the place to fix, with the fix: never in the parser's terms. Each case
 * is a file a new author might write; the check and the build refuse it at its line and column and write nothing.
 */
class YamlSyntaxMessagesTest {

    /** What SnakeYAML says, which an author should never have to read. */
    private static final List<String> JARGON = List.of("mapping values", "block end", "block mapping", "scanning",
            "token", "simple key", "<scalar>", "flow node", "stream end", "YAML syntax:", "expected <");

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("tab indentation", "glossary:\n  - term: AssetPlus\n\tdefinition: the assessment tool\n",
                        3, 1, "this line is indented with a tab; YAML indents with spaces only",
                        "replace the tab with spaces"),
                Arguments.of("an unquoted colon in a value", "foreword: Note: the service has changed\n",
                        1, 15, "this value holds ': ' (a colon and a space), which YAML reads as the start of"
                                + " another key", "foreword: \"Note: the service has changed\""),
                Arguments.of("a missing space after a dash", "strengths:\n  - Staff know the children well\n"
                        + "  -Managers check plans\n", 3, 3, "a list item needs a space after its dash:"
                        + " '-Managers check plans' is read as text", "write '- Managers check plans'"),
                Arguments.of("a missing space after the only dash", "areasForImprovement:\n  -Plans are late\n",
                        2, 3, "a list item needs a space after its dash", "write '- Plans are late'"),
                Arguments.of("a key indented more than the one above it", "letter:\n  to: The Chair\n"
                        + "   from: The Chief Inspector\n", 3, 4, "this line is indented more than line 2 above it"
                        + " (3 spaces against 2 spaces)", "indent it by 2 spaces"),
                Arguments.of("a key indented less than the one above it", "letter:\n    to: The Chair\n"
                        + "  from: The Chief Inspector\n", 3, 3, "this line is indented 2 spaces, which lines up"
                        + " with none of the lines above it", "the lines above are indented 4 spaces or 0 spaces"),
                Arguments.of("text in a block indented less than its first line", "foreword: |\n"
                        + "  The service has improved.\n It now plans well.\n", 3, 2, "this line is indented 1 space",
                        "at least as far as its first line"),
                Arguments.of("a list and a key at one level", "strengths:\n- One\nglossary: []\n- Two\n", 4, 1,
                        "lines up with line 3, but one is a list item and the other a key", "a key of its own"),
                Arguments.of("an apostrophe in single quotes", "foreword: 'the service's plans'\n", 1, 23,
                        "text goes on after the value's closing quote", "write an apostrophe twice"),
                Arguments.of("an unclosed quote", "foreword: \"the plans\nglossary: []\n", 1, 11,
                        "this quoted value is never closed", "add the closing quote"),
                Arguments.of("an unclosed bracket", "glossary: [\n", 1, 11, "this [ is never closed",
                        "close it with ]"),
                Arguments.of("a line with no colon", "foreword: Fine\nglossary []\n", 2, 1,
                        "this line is neither 'key: value' nor a list item", "add ': ' after the key"),
                Arguments.of("a sign YAML keeps for itself", "foreword: @home visits\n", 1, 11,
                        "a value cannot begin with '@'", "put the whole value in quotes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aSyntaxErrorIsLocatedAndToldInPlainWords(String name, String yaml, int line, int column, String message,
                                                  String fix, @TempDir Path tmp) {
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report")).write("extra.yaml", yaml);
        ReportFolder.Run check = Attempt.check(report.dir());
        assertRefused(check, "extra.yaml", message);
        assertAt(check, "extra.yaml", line, column, message);
        String said = check.err().lines().filter(l -> l.contains(message)).findFirst().orElseThrow();
        assertThat(said).as("the fix").contains(fix);
        for (String jargon : JARGON) {
            assertThat(check.err()).as("no parser jargon").doesNotContain(jargon);
        }
        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.build(report.dir(), out, "--format", "html");
        assertRefused(build, "extra.yaml", message);
        assertNothingWritten(out);
    }

    @Test
    void aListWrittenWithoutSpacesAfterItsDashesIsToldSo(@TempDir Path tmp) {
        // valid YAML (one line of text), so the loader, not the parser, finds it
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report"))
                .write("extra.yaml", "strengths:\n  -Staff know the children\n  -Managers check plans\n");
        ReportFolder.Run check = Attempt.check(report.dir());
        assertRefused(check, "extra.yaml", "a list item needs a space after its dash");
        assertAt(check, "extra.yaml", 2, 3, "found text starting '-Staff know the children'");
        assertThat(check.err()).contains("write '- Staff know the children'");
    }
}
