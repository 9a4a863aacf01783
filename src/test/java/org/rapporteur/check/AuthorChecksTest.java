package org.rapporteur.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;

/** What `check` tells an author beyond syntax: figures, numbers, dates, privacy and house style. */
class AuthorChecksTest {

    static Path withDiversity(Path tmp, String prose) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.writeString(report.resolve("diversity.yaml"), "diversity: |\n" + prose.indent(2));
        return report;
    }

    static ReportFolder.Run check(Path report) {
        return ReportFolder.run("check", report.toString());
    }

    @Test
    void figuresAreWrittenInHouseStyle(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, """
                In {{2.4.3 cases}} reviewing kept other people safe ({{2.4.3}}). {{sample resettlement}} children
                were in custody. We make {{recommendations}} recommendations. The service is rated {{overall}}, and
                planning for court orders {{2.2 rating}}. {{2.1.1a cases}} analysed offending well. Score {{score}}.
                """);
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"), "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        String html = Files.readString(tmp.resolve("out/example-yjs/example-yjs-draft.html"));
        assertThat(html).contains("In nine of the 16 cases reviewing kept other people safe (56 per cent). Three "
                + "children were in custody. We make seven recommendations. The service is rated 'Good', and "
                + "planning for court orders 'Requires improvement'.")
                .containsPattern("\\. (\\d+|[A-Z][a-z]+) of the 20 cases analysed offending well\\. Score 22\\.");
    }

    @Test
    void anUnknownFigureIsAnErrorAtItsPlace(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, "First line.\nWe found {{2.1.9 cases}} and {{sample custody}} and {{totl}}.\n");
        ReportFolder.Run run = check(report);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diversity.yaml:3:12: error: framework hmip-youth-2021 has no key question "
                        + "2.1.9 in {{2.1.9 cases}}; did you mean")
                .contains("diversity.yaml:3:32: error: unknown case type 'custody' in {{sample custody}}")
                .contains("diversity.yaml:3:55: error: unknown figure '{{totl}}';");
    }

    @Test
    void numbersInProseMustAgreeWithTheData(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, "We made eight recommendations after reading 21 court disposals.\n");
        ReportFolder.Run run = check(report);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diversity.yaml:2:11: error: the prose says eight recommendations but the "
                        + "report makes 7")
                .contains("diversity.yaml:2:47: error: the prose says 21 court disposals but the case data holds 20");
    }

    @Test
    void caseIdsNeverAppearInProse(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, "In case KF-C07 the plan was weak.\n");
        ReportFolder.Run run = check(report);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diversity.yaml:2:11: error: case id 'KF-C07' appears in the prose");
    }

    @Test
    void practiceExampleNamesMustBeMarkedChanged(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Path file = report.resolve("standards/2.1.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("namesChanged: true", "namesChanged: false"));
        ReportFolder.Run run = check(report);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("standards/2.1.yaml:").contains("practice example's names are not marked");
    }

    @Test
    void houseStyleLintsAreWarningsWithRuleIds(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, """
                About 40% of young offenders were rated good, and 3 had a behavior program; one was rated
                'requires improvement' and another Requires Improvement.
                """);
        ReportFolder.Run run = check(report);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("diversity.yaml:2:9: warning: '%' in prose; write 'per cent' ('%' belongs in tables) [per-cent]")
                .contains("diversity.yaml:2:16: warning: 'young offenders' labels a child; use child-first language")
                .contains("[child-first]")
                .contains("diversity.yaml:2:37: warning: the rating 'good' is not in single quotes; write 'Good' [rating-style]")
                .contains("diversity.yaml:2:53: warning: '3' in figures; write numbers under ten in words: 'three' [small-numbers]")
                .contains("diversity.yaml:2:61: warning: US spelling 'behavior'; write 'behaviour' [us-spelling]")
                .contains("warning: US spelling 'program'; write 'programme' [us-spelling]")
                .contains("diversity.yaml:3:3: warning: the rating 'requires improvement' is not in sentence case; "
                        + "write 'Requires improvement' [rating-style]")
                .contains("warning: 'Requires Improvement' is not in sentence case");
    }

    @Test
    void aReportCanRaiseOrSilenceALint(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, "About 40% of children had a behavior plan.\n");
        Files.writeString(report.resolve("lints.yaml"), "lints:\n  per-cent: error\n  us-spelling: off\n");
        ReportFolder.Run run = check(report);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("error: '%' in prose").doesNotContain("us-spelling");

        Files.writeString(report.resolve("lints.yaml"), "lints:\n  percent: error\n");
        ReportFolder.Run unknown = check(report);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("lints.yaml:2:3: error: unknown lint 'percent'; did you mean 'per-cent'?");
    }

    @Test
    void contextualFactsThatCannotBeRight(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.writeString(report.resolve("background.yaml"), """
                background: Some text.
                contextualFacts:
                  - title: Caseload by gender
                    columns: [Gender, Kestrelford YJS, National average]
                    rows:
                      - [Boys, 82%, 86%]
                      - [Girls, 28%, 14%]
                  - title: Reoffending
                    columns: [Measure, Kestrelford]
                    rows:
                      - [Reoffending rate, 128%]
                """);
        ReportFolder.Run run = check(report);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("background.yaml:3:5: error: the percentages in column 'Kestrelford YJS' of "
                + "table 'Caseload by gender' add up to 110.0 per cent")
                .doesNotContain("column 'National average'")
                .contains("background.yaml:8:5: error: table 'Reoffending' has 128% in column 'Kestrelford', more "
                        + "than 100 per cent");
    }

    @Test
    void emptyStrengthsAreFlagged(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.writeString(report.resolve("standards/3.4.yaml"), "rating: Good\nstrengths: []\n");
        ReportFolder.Run run = check(report);
        assertThat(run.err()).contains("standards/3.4.yaml:2:1: warning: 'strengths' is empty");
    }
}
