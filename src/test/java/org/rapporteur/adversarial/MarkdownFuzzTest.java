package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rapporteur.model.Prose;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.text.Markdown;

/**
 * Fuzzes the Markdown renderer (Jazzer, coverage-guided): any text an author types becomes a well-formed XHTML
 * fragment or located errors, never an exception, and a report whose foreword holds it builds or is refused. CI
 * replays the corpus in {@code src/test/resources/org/rapporteur/adversarial/MarkdownFuzzTestInputs/<target>/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='MarkdownFuzzTest#anyProseBecomesXhtml'} fuzzes (see docs/security.md).
 */
class MarkdownFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyProseBecomesXhtml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Path dir = LoaderFuzzTest.report();
        Diagnostics diagnostics = new Diagnostics();
        String html = new Markdown(dir, diagnostics)
                .blocks(new Prose(text, new SourcePosition(dir.resolve("report.yaml"), 2, 11)));
        // text holding characters XML forbids never gets this far: the character check refuses it (always an error)
        if (!diagnostics.hasErrors() && text.codePoints().allMatch(MarkdownFuzzTest::allowedInXml)) {
            XmlCheck.parseFragment(html);
        }
        diagnostics.all().forEach(d -> assertThat(d.at().line()).isPositive());
    }

    @FuzzTest(maxDuration = "10m")
    void anyForewordBuildsOrIsRefused(byte[] input) throws IOException {
        Path dir = LoaderFuzzTest.report();
        Path file = dir.resolve("foreword.yaml");
        Path out = Files.createTempDirectory("rapporteur-fuzz-out-");
        try {
            Files.writeString(file, Attempt.blockScalar("foreword", new String(input, StandardCharsets.UTF_8)));
            Attempt.assertHandled(Attempt.build(dir, out, "--format", "xhtml"));
        } finally {
            Files.deleteIfExists(file);
            Attempt.deleteTree(out);
        }
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
