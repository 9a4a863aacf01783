package org.rapporteur.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;

/** Nothing an author types runs as a template or script, and nothing is fetched from outside the report. */
class ContentIsDataTest {

    static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    static String firstLineOf(Path file) throws IOException {
        return Files.readAllLines(file).get(1);
    }

    @Test
    void templateSyntaxAndHtmlInProseArePrintedLiterally(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        // an HTML tag is refused (below) unless its '<' is escaped: then it is printed as typed
        Files.writeString(report.resolve("diversity.yaml"), """
                diversity: |
                  Inspectors typed ${report.service.name} and <#if true>yes</#if> and ${7*6}.
                  They also typed \\<script>alert('x')\\</script> and \\<img src="http://127.0.0.1:9/p.png"> here.
                """);
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"), "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        String html = Files.readString(tmp.resolve("out/example-yjs/example-yjs-draft.html"));
        assertThat(html).contains("Inspectors typed ${report.service.name} and &lt;#if true&gt;yes&lt;/#if&gt; and ${7*6}.")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;")
                .doesNotContain("<script")
                .doesNotContain("<img src=\"http");
        assertThat(html).doesNotContain("and 42.");
    }

    @Test
    void anHtmlTagInProseIsRefusedAtItsPlace(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.writeString(report.resolve("diversity.yaml"), """
                diversity: |
                  First paragraph.

                  They typed <script>alert('x')</script> here.
                """);
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"), "--format", "html");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diversity.yaml:4:14: error: HTML is not printed: '<script>'")
                .contains("nothing was written");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anImageFromTheWebIsRefusedAtItsLine(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.writeString(report.resolve("diversity.yaml"), """
                diversity: |
                  First paragraph.

                  ![A chart](https://example.org/chart.png)
                """);
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diversity.yaml:4:3: error: image 'https://example.org/chart.png' is not in "
                + "the report folder").contains("nothing was written");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anImageOutsideTheReportIsRefused(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.write(tmp.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(report.resolve("diversity.yaml"), "diversity: \"See ![secret](../secret.png)\"\n");
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diversity.yaml:1:17: error: image '../secret.png' is outside the report folder");
    }

    @Test
    void anImageInsideTheReportIsEmbeddedWithItsAltText(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.write(report.resolve("map.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Files.writeString(report.resolve("diversity.yaml"), "diversity: \"![Map of the county](map.png)\"\n");
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"), "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        String html = Files.readString(tmp.resolve("out/example-yjs/example-yjs-draft.html"));
        assertThat(html).contains("<img src=\"data:image/png;base64,").contains("alt=\"Map of the county\"");
    }

    @Test
    void scriptLinksAndHeadingsInProseAreRefused(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Files.writeString(report.resolve("diversity.yaml"), """
                diversity: |
                  # A heading of my own

                  A [link](javascript:alert(1)) and a [file](file:///etc/passwd).
                """);
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diversity.yaml:2:3: error: headings inside prose are not allowed")
                .contains("diversity.yaml:4:5: error: link to 'javascript:alert(1)' is not allowed")
                .contains("diversity.yaml:4:39: error: link to 'file:///etc/passwd' is not allowed");
    }

    @Test
    void aFinalBuildRefusesTodoMarkersAndKeepsEarlierOutputs(@TempDir Path tmp) throws IOException {
        Path report = Example.copyTo(tmp);
        Path out = tmp.resolve("out");
        ReportFolder.Run first = Example.build(report, out, "--format", "html", "--final");
        assertThat(first.status()).as(first.err()).isZero();
        Path html = out.resolve("example-yjs/example-yjs.html");
        byte[] before = Files.readAllBytes(html);

        replaceIn(report.resolve("standards/1.2.yaml"), "narrative: |\n", "narrative: |\n  TODO say more here.\n");
        ReportFolder.Run second = Example.build(report, out, "--format", "html", "--final");
        assertThat(second.status()).isEqualTo(2);
        assertThat(second.err()).contains("standards/1.2.yaml:4:3: error: a TODO marker remains");
        assertThat(Files.readAllBytes(html)).isEqualTo(before);
        try (var files = Files.list(out.resolve("example-yjs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("example-yjs.html", "SHA256SUMS");
        }

        ReportFolder.Run draft = Example.build(report, out, "--format", "html", "--draft");
        assertThat(draft.status()).isZero();
        assertThat(Files.readString(out.resolve("example-yjs/example-yjs-draft.html"))).contains("DRAFT")
                .contains("TODO say more here.");
        assertThat(Files.readAllBytes(html)).as("the draft beside the final, which it leaves as it was")
                .isEqualTo(before);
        try (var files = Files.list(out.resolve("example-yjs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("example-yjs.html",
                    "SHA256SUMS", "example-yjs-draft.html", "SHA256SUMS-draft");
        }
    }
}
