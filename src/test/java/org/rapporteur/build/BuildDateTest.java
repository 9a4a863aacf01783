package org.rapporteur.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SOURCE_DATE_EPOCH has one rule, read in one place. */
class BuildDateTest {

    @Test
    void wholeSecondsAreTheBuildDate() {
        assertThat(BuildDate.parse("1767225600")).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(BuildDate.parse(" 0 \n")).contains(Instant.EPOCH);
    }

    @Test
    void unsetOrEmptyMeansEachDocumentsPublicationMonth() {
        assertThat(BuildDate.parse(null)).isEqualTo(Optional.empty());
        assertThat(BuildDate.parse("")).isEqualTo(Optional.empty());
        assertThat(BuildDate.parse("  ")).isEqualTo(Optional.empty());
    }

    @Test
    void aBuildWithAMalformedDateSaysSoAndWritesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path out = tmp.resolve("out");
        ProcessBuilder pb = new ProcessBuilder(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.rapporteur.cli.Main", "build",
                org.rapporteur.Example.DIR.toString(), "--format", "html", "--out", out.toString(),
                "--templates", org.rapporteur.Example.TEMPLATES.toString());
        pb.environment().put("SOURCE_DATE_EPOCH", "yesterday");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(2);
        assertThat(output).contains("SOURCE_DATE_EPOCH must be a whole number of seconds", "'yesterday'")
                .doesNotContain("\tat ", "Exception");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "1e9", "2026-01-01", "abc", "9999999999999", "12 34", "\u0661\u0662"})
    void anythingElseIsRefusedWithWhatToDo(String value) {
        assertThatThrownBy(() -> BuildDate.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOURCE_DATE_EPOCH must be a whole number of seconds")
                .hasMessageContaining("unset it");
    }
}
