package org.rapporteur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.ReportFolder;

/** The example report a new user builds first is valid and rates as its content says. */
class ExampleReportTest {

    static final String EXAMPLE = ReportFolder.project().resolve("content/example-yjs").toString();

    @Test
    void checksClean() {
        ReportFolder.Run run = ReportFolder.run("check", EXAMPLE);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("no errors");
    }

    @Test
    void ratingsAsJson() {
        ReportFolder.Run run = ReportFolder.run("ratings", "--json", EXAMPLE);
        assertThat(run.status()).isZero();
        String json = run.out();
        assertThat(json).contains("\"framework\": \"hmip-youth-2021\"").contains("\"score\": 22")
                .contains("\"maxScore\": 36").contains("\"overall\": \"Good\"");
        // 2.4 is rated over the 16 cases it applied to: 9 of 16 = 56%, the lowest
        assertThat(json.replaceAll("\\s+", " ")).contains("\"id\": \"2.4\", \"name\": \"Reviewing\", "
                + "\"rating\": \"Requires improvement\"")
                .contains("\"id\": \"2.4.3\", \"percent\": 56, \"band\": \"Requires improvement\", \"lowest\": true, "
                        + "\"yes\": 9, \"applicable\": 16");
    }

    @Test
    void ratingsTableExplainsEachStandard() {
        ReportFolder.Run run = ReportFolder.run("ratings", EXAMPLE);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Score 22/36   Overall rating: 'Good'")
                .contains("Lowest key questions 2.3.2 and 2.3.3 at 75% fall in the 'Good' band (65-79%")
                .contains("Standard 4.1 is rated separately and does not count in the score.");
    }
}
