package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * Seeded random structure generation, the fuzz test that runs in every build: reports made of random but
 * plausible content ({@link RandomContent}) are checked, and some built, and every one is handled (exit 0 or 2,
 * every problem located, no fault; what builds is well-formed and carries its policy). CI runs a few hundred; for a
 * longer run: {@code mvn test -Dtest=RandomReportsTest -Dfuzz.cases=5000 -Dfuzz.seed=7}. A failure names its
 * seed, so {@code -Dfuzz.seed=<seed> -Dfuzz.cases=1} replays it.
 */
class RandomReportsTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int CASES = Integer.getInteger("fuzz.cases", 240);
    /** Two cases in this many (one publishable, one hostile) are built (xhtml and html) as well as checked. */
    static final int BUILD_EVERY = 6;

    static Stream<Arguments> seeds() {
        return LongStream.range(0, CASES).mapToObj(i -> Arguments.of(SEED + i, i % BUILD_EVERY < 2));
    }

    @ParameterizedTest(name = "seed {0}, build {1}")
    @MethodSource("seeds")
    @Timeout(120)
    void randomContentIsHandled(long seed, boolean build, @TempDir Path tmp) throws IOException {
        RandomContent content = new RandomContent(seed);
        Path dir = tmp.resolve("report");
        // half the reports are made to be publishable (prose only), so that builds really render them
        boolean hostile = seed % 2 == 1;
        ReportFolder folder = ReportFolder.minimal(dir)
                .write("generated.yaml", hostile ? content.reportFile() : content.proseFile())
                .write("foreword.yaml", Attempt.blockScalar("foreword", content.prose(hostile)));
        if (seed % 3 == 0) {
            folder.write("standards/2.2.yaml", content.standardFile());
        }
        Run check = Attempt.check(dir);
        Attempt.assertHandled(check);
        if (!build) {
            return;
        }
        Path out = tmp.resolve("out");
        Run run = Attempt.build(dir, out, "--format", "xhtml,html");
        Attempt.assertHandled(run);
        assertThat(run.status()).as("check and build agree\n" + check.err() + "\n" + run.err())
                .isEqualTo(check.status());
        if (run.status() == 0) {
            String xhtml = Files.readString(out.resolve("report/report-draft.xhtml"));
            assertThat(Jsoup.parse(xhtml, "", Parser.xmlParser()).select("html")).isNotEmpty();
            org.w3c.dom.Document dom = org.rapporteur.adversarial.XmlCheck.parse(xhtml);
            assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("html");
            assertThat(Files.readString(out.resolve("report/report-draft.html")))
                    .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        } else {
            Attempt.assertNothingWritten(out);
        }
    }
}
