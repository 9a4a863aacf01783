package org.rapporteur.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.assertWarned;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.adversarial.Attempt;

/**
 * Prose that contradicts the calculation (issue 14, item 3): ratings, scores, percentages and counts written as
 * literals must agree with the figures; an error in a final build (exit 2, located, nothing written), a warning in a
 * draft (exit 0, the outputs written). The example report rates the service 'Good' with a score of 22 out of 36,
 * staff 'Outstanding', and reviewing (2.4) 'Requires improvement' from 16 court cases: 2.4.1 12 (75 per cent),
 * 2.4.2 11 (69 per cent), 2.4.3 9 (56 per cent).
 */
class ProseAgreesWithFiguresTest {

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The example with {@code sentence} added at the end of standard 2.4's narrative (line 10, from column 3). */
    private static Path withReviewing(Path tmp, String sentence) throws IOException {
        Path report = Example.copyTo(tmp);
        replace(report.resolve("standards/2.4.yaml"), "  the same.\n", "  the same.\n  " + sentence + "\n");
        return report;
    }

    /** The example with {@code prose} as its diversity chapter, from line 2. */
    private static Path withDiversity(Path tmp, String prose) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.writeString(report.resolve("diversity.yaml"), Attempt.blockScalar("diversity", prose.strip()));
        return report;
    }

    private static ReportFolder.Run finalBuild(Path report, Path out) {
        return Attempt.build(report, out, "--final", "--format", "html");
    }

    /** Refused in a final build at file:line:column with nothing written; a warning in a draft that is written. */
    private static void contradicts(Path report, Path tmp, String file, int line, int column, String message,
                                    String form) {
        Path out = tmp.resolve("final");
        ReportFolder.Run fin = finalBuild(report, out);
        assertRefused(fin, file, message);
        assertAt(fin, file, line, column, message);
        assertThat(fin.err()).contains(form);
        assertNothingWritten(out);

        Path draftOut = tmp.resolve("draft");
        ReportFolder.Run draft = Attempt.build(report, draftOut, "--format", "html");
        assertThat(draft.status()).as(draft.err()).isZero();
        assertWarned(draft, file, message);
        assertAt(draft, file, line, column, message);
        assertThat(Attempt.snapshot(draftOut).files()).isNotEmpty();

        ReportFolder.Run check = Attempt.check(report);
        assertThat(check.status()).as(check.err()).isZero();
        assertWarned(check, file, message);
    }

    @Test
    void aForewordGivingAnotherOverallRating(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        replace(report.resolve("foreword.yaml"), "  'Good'. We rated its resettlement", "  'Outstanding'. We rated its"
                + " resettlement");
        contradicts(report, tmp, "foreword.yaml", 9, 3,
                "the prose says 'Outstanding' but the calculated overall rating is 'Good'", "write {{overall}}");
    }

    @Test
    void aForewordGivingANamedStandardAnotherRating(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        replace(report.resolve("foreword.yaml"), "rated the staffing arrangements as 'Outstanding'",
                "rated the staffing arrangements as 'Good'");
        contradicts(report, tmp, "foreword.yaml", 15, 74, "the prose says 'Good' but 1.2 Staff is rated 'Outstanding'",
                "write {{1.2 rating}}");
    }

    @Test
    void aStandardsNarrativeGivingItselfAnotherRating(@TempDir Path tmp) throws IOException {
        Path report = withReviewing(tmp, "We have rated this standard as 'Good'.");
        contradicts(report, tmp, "standards/2.4.yaml", 10, 34,
                "the prose says 'Good' but 2.4 Reviewing is rated 'Requires improvement'", "write {{2.4 rating}}");
    }

    @Test
    void aRatingWrittenWithoutQuotesIsCheckedToo(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        replace(report.resolve("foreword.yaml"), "  'Good'. We rated its resettlement", "  Outstanding. We rated its"
                + " resettlement");
        contradicts(report, tmp, "foreword.yaml", 9, 3,
                "the prose says 'Outstanding' but the calculated overall rating is 'Good'", "write {{overall}}");
    }

    @Test
    void unquotedRatingsInOtherFormsAreFoundAndOrdinaryWordsAreNot(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, """
                The overall rating is Outstanding. Staffing was judged to be Good, and partnerships were
                assessed as Inadequate.
                The work was rated as good as any we have seen. Staff found the training good, and children found
                it outstanding. Overall, the service was rated Good.""");
        ReportFolder.Run run = Attempt.check(report);
        assertThat(run.status()).as(run.err()).isZero();
        assertAt(run, "diversity.yaml", 2, 25, "the prose says 'Outstanding' but the calculated overall rating is 'Good'");
        assertAt(run, "diversity.yaml", 2, 64, "the prose says 'Good' but 1.2 Staff is rated 'Outstanding'");
        assertAt(run, "diversity.yaml", 3, 15, "the prose says 'Inadequate' but no standard is rated 'Inadequate'");
        assertThat(run.err().lines().filter(l -> l.contains("the prose says")).count()).as(run.err()).isEqualTo(3);
    }

    @Test
    void aScoreThatIsNotTheCalculatedOne(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, "The partnership was pleased to score 34 out of 36.");
        contradicts(report, tmp, "diversity.yaml", 2, 40,
                "the prose gives the score as 34 out of 36 but the calculated score is 22 out of 36",
                "write {{score}} out of {{max-score}}");
    }

    @Test
    void scoresInOtherForms(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, """
                With a score of 23, or 22/36, and {{score}} out of 40, it ended 34 out of 36. The right one is
                22 out of 36, a score of 22; the budget for 2025/2026 and 30 out of 36 cases are not scores.
                """);
        ReportFolder.Run run = Attempt.check(report);
        assertThat(run.status()).as(run.err()).isZero();
        assertAt(run, "diversity.yaml", 2, 19, "the prose gives the score as 23 but the calculated score is 22");
        assertAt(run, "diversity.yaml", 2, 54, "the prose says {{score}} out of 40 but the maximum score is 36");
        assertAt(run, "diversity.yaml", 2, 67, "the prose gives the score as 34 out of 36");
        assertThat(run.err().lines().filter(l -> l.contains("score")).count()).as(run.err()).isEqualTo(3);
    }

    @Test
    void aPercentageThatIsNoFigureOfTheStandard(@TempDir Path tmp) throws IOException {
        Path report = withReviewing(tmp, "Reviews kept other people safe in 99% of cases.");
        contradicts(report, tmp, "standards/2.4.yaml", 10, 37, "the prose says 99% but no key question or prompt of "
                + "standard 2.4 is 99% (2.4.1: 75%, 2.4.2: 69%, 2.4.3: 56%)", "{{literal 99%}}");
    }

    @Test
    void aCountThatIsNoFigureOfTheStandard(@TempDir Path tmp) throws IOException {
        Path report = withReviewing(tmp, "Risk to others was reviewed well in only eight of the 16 cases.");
        contradicts(report, tmp, "standards/2.4.yaml", 10, 44, "the prose says eight of the 16 cases but",
                "{{2.4.3 cases}} (nine of the 16 cases)");
    }

    @Test
    void figuresThatAgreeOrMakeNoClaimPassQuietly(@TempDir Path tmp) throws IOException {
        Path report = withReviewing(tmp, "Reviewing supported desistance in 12 of the 16 cases (75 per cent), "
                + "over 70 per cent, and fell short on safety in seven of the 16; in five of the seven cases that "
                + "fell short, nothing changed. Key question 2.4.3 falls in the 'Requires improvement' band, so the "
                + "standard is rated 'Requires improvement' rather than 'Good'. Ten of the 12 case managers agreed.");
        Files.writeString(report.resolve("diversity.yaml"), Attempt.blockScalar("diversity", """
                The ratings are 'Outstanding', 'Good', 'Requires improvement' or 'Inadequate'. No standard was
                rated 'Inadequate'. Overall, the service is 'Good', with a score of 22 out of 36, and the
                staffing arrangements are 'Outstanding'. Planning for out-of-court disposals was 'Good'. In 2019
                it was rated {{literal 'Requires improvement'}}; a survey found {{literal 76%}} satisfied.
                The budget for 2025/2026 rose. Three children gave it a score of 10 out of 10. If we rated
                three key questions as 'Good' and one as 'Inadequate', a standard would be 'Inadequate'. The
                board aims for the service to be rated 'Outstanding' at its next inspection."""));
        ReportFolder.Run check = Attempt.check(report);
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.err()).as(check.err()).doesNotContain("the prose");
        Path out = tmp.resolve("out");
        ReportFolder.Run fin = finalBuild(report, out);
        assertThat(fin.status()).as(fin.err()).isZero();
        String html = Files.readString(out.resolve("example-yjs/example-yjs.html"));
        assertThat(html).contains("In 2019 it was rated 'Requires improvement'; a survey found 76% satisfied.");
    }

    @Test
    void standardsNamedInTheForewordAreToldApartByDomain(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, """
                Out-of-court assessment was rated 'Good', and planning for out-of-court disposals 'Outstanding'.
                We rated implementation and delivery for court disposals as 'Requires improvement'.
                Assessment of court disposals was 'Good'; standard 3.3 was 'Requires improvement'.
                """);
        ReportFolder.Run run = Attempt.check(report);
        assertThat(run.status()).as(run.err()).isZero();
        assertAt(run, "diversity.yaml", 2, 37, "the prose says 'Good' but 3.1 Assessment is rated 'Outstanding'");
        assertAt(run, "diversity.yaml", 2, 85, "the prose says 'Outstanding' but 3.2 Planning is rated 'Good'");
        assertAt(run, "diversity.yaml", 3, 63, "the prose says 'Requires improvement' but 2.3 Implementation and "
                + "delivery is rated 'Good'");
        assertThat(run.err().lines().filter(l -> l.contains("the prose says")).count()).as(run.err()).isEqualTo(3);
    }

    @Test
    void theOlderFrameworksReportToo(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTree(ReportFolder.project().resolve("content/example-2018"),
                tmp.resolve("example-2018"));
        replace(report.resolve("findings.yaml"), "implementation and delivery were 'Outstanding'",
                "implementation and delivery were 'Good'");
        replace(report.resolve("foreword.yaml"), "for out-of-court disposals as\n  'Inadequate'",
                "for out-of-court disposals as\n  'Requires improvement'");
        replace(report.resolve("standards/2.4.yaml"), "sufficient in {{2.4.2}} of cases", "sufficient in 76 per"
                + " cent of cases");
        Path out = tmp.resolve("out");
        ReportFolder.Run fin = finalBuild(report, out);
        assertRefused(fin, "findings.yaml", "the prose says 'Good' but 2.3 Implementation and delivery is rated"
                + " 'Outstanding'");
        assertAt(fin, "findings.yaml", 35, 60, "the prose says 'Good'");
        assertAt(fin, "foreword.yaml", 21, 3, "the prose says 'Requires improvement' but 3.3 Implementation and"
                + " delivery is rated 'Inadequate'");
        assertAt(fin, "standards/2.4.yaml", 8, 51, "the prose says 76 per cent but no key question or prompt of"
                + " standard 2.4 is 76 per cent (2.4.1: 88%, 2.4.2: 69%, 2.4.3: 63%)");
        assertNothingWritten(out);
    }

    @Test
    void aTextFullOfContradictionsReportsTheFirstAndCountsTheRest(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, "The service scored 30. ".repeat(Disagreements.PER_PROSE + 5));
        ReportFolder.Run run = Attempt.check(report);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("the prose gives the score as 30")).count())
                .isEqualTo(Disagreements.PER_PROSE);
        assertAt(run, "diversity.yaml", 2, 3, "5 more figures in this text contradict the calculation");
    }

    @Test
    void aLiteralFigureIsPrintedAsTypedAndNotChecked(@TempDir Path tmp) throws IOException {
        Path report = withReviewing(tmp, "Police data put it at {{literal 99 per cent}}; {{literal eight of the 16"
                + " cases}} were older.");
        Path out = tmp.resolve("out");
        ReportFolder.Run fin = finalBuild(report, out);
        assertThat(fin.status()).as(fin.err()).isZero();
        assertThat(fin.err()).doesNotContain("the prose says");
        assertThat(Files.readString(out.resolve("example-yjs/example-yjs.html")))
                .contains("Police data put it at 99 per cent; eight of the 16 cases were older.");

        ReportFolder.Run empty = Attempt.check(withDiversity(tmp.resolve("empty"), "As {{literal}} said."));
        assertRefused(empty, "diversity.yaml", "a literal figure needs its text");
    }

    @Test
    void aPacksCoverGivingAnotherOverallRating(@TempDir Path tmp) throws IOException {
        Example.copyTo(tmp);
        Path pack = Example.copyTree(ReportFolder.project().resolve("content/example-council-pack"),
                tmp.resolve("example-council-pack"));
        replace(pack.resolve("cover.yaml"), "The overall rating is {{overall}}.",
                "The overall rating is 'Outstanding'.");
        contradicts(pack, tmp, "cover.yaml", 59, 29,
                "the prose says 'Outstanding' but the calculated overall rating is 'Good'", "write {{overall}}");
    }

    @Test
    void theMinimalReportToo(@TempDir Path tmp) {
        ReportFolder report = Attempt.minimalReport(tmp.resolve("r"))
                .write("foreword.yaml", "foreword: |\n  We rated the service 'Inadequate' overall.\n");
        Path out = tmp.resolve("out");
        ReportFolder.Run fin = finalBuild(report.dir(), out);
        assertRefused(fin, "foreword.yaml", "the prose says 'Inadequate' but the calculated overall rating is");
        assertAt(fin, "foreword.yaml", 2, 24, "the prose says 'Inadequate'");
        assertNothingWritten(out);
        ReportFolder.Run check = Attempt.check(report.dir());
        assertThat(check.status()).as(check.err()).isZero();
        assertWarned(check, "foreword.yaml", "the prose says 'Inadequate'");
    }

    @Test
    void aFigureIsCapitalisedOnlyAtTheStartOfASentence(@TempDir Path tmp) throws IOException {
        Path report = withDiversity(tmp, """
                Reviewing kept others safe in only
                {{2.4.3 cases}}. It was weak.
                {{2.4.3 cases}} were reviewed late.

                {{2.4.3 cases}} began a paragraph.

                - {{2.4.3 cases}} began an item
                - and this item goes on with
                  {{2.4.3 cases}} inside it
                """);
        Path out = tmp.resolve("out");
        ReportFolder.Run run = Attempt.build(report, out, "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("example-yjs/example-yjs-draft.html"));
        assertThat(html).contains("in only nine of the 16 cases. It was weak. Nine of the 16 cases were reviewed late.")
                .contains("<p>Nine of the 16 cases began a paragraph.</p>")
                .contains("<li>Nine of the 16 cases began an item</li>")
                .contains("goes on with nine of the 16 cases inside it");
    }
}
