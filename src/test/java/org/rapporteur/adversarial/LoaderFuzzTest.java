package org.rapporteur.adversarial;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rapporteur.ReportFolder;

/**
 * Fuzzes the loader, checker and calculator (Jazzer, coverage-guided): any bytes as a report's YAML file, a standard's
 * file or a case file are handled, never a fault. In a normal test run (CI) each target replays its corpus under
 * {@code src/test/resources/org/rapporteur/adversarial/LoaderFuzzTestInputs/<target>/} (seeds and past findings);
 * to fuzz, name one target: {@code JAZZER_FUZZ=1 mvn test -Dtest='LoaderFuzzTest#anyReportFileIsHandled'}. A
 * finding is saved to that folder and replayed from then on. See docs/security.md.
 */
class LoaderFuzzTest {

    private static Path report;

    @FuzzTest(maxDuration = "10m")
    void anyReportFileIsHandled(byte[] yaml) {
        check("extra.yaml", yaml);
    }

    @FuzzTest(maxDuration = "10m")
    void anyStandardFileIsHandled(byte[] yaml) {
        check("standards/2.1.yaml", yaml);
    }

    @FuzzTest(maxDuration = "10m")
    void anyCaseFileIsHandled(byte[] yaml) {
        check("cases/more.yaml", yaml);
    }

    private static void check(String file, byte[] yaml) {
        Path dir = report();
        Path target = dir.resolve(file);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, yaml);
            Attempt.assertHandled(Attempt.check(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                // the next input overwrites it
            }
        }
    }

    /** One minimal report for every input of this JVM, removed when the JVM ends. */
    static synchronized Path report() {
        if (report == null) {
            try {
                report = Files.createTempDirectory("rapporteur-fuzz-");
                ReportFolder.minimal(report);
                Path made = report;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> org.rapporteur.adversarial.Attempt
                        .deleteTree(made)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return report;
    }
}
