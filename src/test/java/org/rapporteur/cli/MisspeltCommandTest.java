package org.rapporteur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.ReportFolder;
import org.rapporteur.adversarial.Attempt;

/**
 * A misspelt command or option is answered with the nearest that exists, in plain words, exit status 2, and
 * nothing is run (so nothing is written).
 */
class MisspeltCommandTest {

    @ParameterizedTest(name = "rapporteur {0}")
    @CsvSource(delimiter = '|', value = {
        "biuld                       | rapporteur: unknown command 'biuld'; did you mean 'build'?",
        "bulid @report               | rapporteur: unknown command 'bulid'; did you mean 'build'?",
        "chek @report                | rapporteur: unknown command 'chek'; did you mean 'check'?",
        "rating @report              | rapporteur: unknown command 'rating'; did you mean 'ratings'?",
        "nwe @report                 | rapporteur: unknown command 'nwe'; did you mean 'new'?",
        "import-case x.csv @report   | rapporteur: unknown command 'import-case'; did you mean 'import-cases'?",
        "publish @report             | rapporteur: unknown command 'publish'; the commands are new, check, ratings,",
        "build @report --fnial       | rapporteur build: unknown option '--fnial'; did you mean '--final'?",
        "build @report --darft       | rapporteur build: unknown option '--darft'; did you mean '--draft'?",
        "build @report --formt=pdf   | rapporteur build: unknown option '--formt'; did you mean '--format'?",
        "build --ot @out @report     | rapporteur build: unknown option '--ot'; did you mean '--out'?",
        "ratings --jsn @report       | rapporteur ratings: unknown option '--jsn'; did you mean '--json'?",
        "watch @report --prot 9000   | rapporteur watch: unknown option '--prot'; did you mean '--port'?",
        "check @report --verbose     | rapporteur check: unknown option '--verbose'"})
    void aMisspeltCommandOrOptionSuggestsTheNearest(String args, String message, @TempDir Path tmp) {
        Path report = ReportFolder.minimal(tmp.resolve("report")).dir();
        Path out = tmp.resolve("out");
        String[] argv = java.util.Arrays.stream(args.split(" +")).map(a -> a.replace("@report", report.toString())
                .replace("@out", out.toString())).toArray(String[]::new);
        ReportFolder.Run run = ReportFolder.run(argv);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        Attempt.assertNoFault(run);
        assertThat(run.err().lines().findFirst().orElse("")).startsWith(message);
        assertThat(run.err()).contains("--help' to see").doesNotContain("Unmatched argument")
                .doesNotContain("Usage:");
        assertThat(run.out()).isEmpty();
        Attempt.assertNothingWritten(out);
        Attempt.assertNothingWritten(Path.of("build-output", "report"));
    }
}
