package org.rapporteur.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.adversarial.Attempt;

/**
 * Drafts and finals live side by side: a draft build writes {@code <name>-draft.<ext>} and SHA256SUMS-draft, a final
 * build {@code <name>.<ext>} and SHA256SUMS, so neither overwrites the other; {@code outputName:} in report.yaml
 * names the outputs, and must be a safe file name.
 */
class DraftBesideFinalTest {

    @Test
    void aDraftThenAFinalThenADraftLeaveBothAndEachManifestListsItsOwn(@TempDir Path tmp) throws IOException {
        Path report = ReportFolder.complete(tmp.resolve("report")).dir();
        Path out = tmp.resolve("out");
        Path folder = out.resolve("report");

        ReportFolder.Run draft = Attempt.build(report, out, "--format", "html,xhtml");
        assertThat(draft.status()).as(draft.err()).isZero();
        assertThat(draft.out()).contains("wrote " + folder.resolve("report-draft.html"))
                .doesNotContain("SHA256SUMS");
        assertThat(names(folder)).containsExactlyInAnyOrder("report-draft.html", "report-draft.xhtml",
                "SHA256SUMS-draft");
        byte[] draftHtml = Files.readAllBytes(folder.resolve("report-draft.html"));
        assertThat(new String(draftHtml, java.nio.charset.StandardCharsets.UTF_8)).contains("DRAFT");

        ReportFolder.Run fin = Attempt.build(report, out, "--format", "html,xhtml", "--final");
        assertThat(fin.status()).as(fin.err()).isZero();
        assertThat(names(folder)).containsExactlyInAnyOrder("report-draft.html", "report-draft.xhtml",
                "SHA256SUMS-draft", "report.html", "report.xhtml", "SHA256SUMS");
        assertThat(Files.readAllBytes(folder.resolve("report-draft.html"))).as("the draft, left as it was")
                .isEqualTo(draftHtml);
        byte[] finalHtml = Files.readAllBytes(folder.resolve("report.html"));
        assertThat(new String(finalHtml, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("DRAFT");
        assertThat(Files.readAllLines(folder.resolve("SHA256SUMS"))).hasSize(2)
                .allMatch(l -> l.endsWith("  report.html") || l.endsWith("  report.xhtml"));
        assertThat(Files.readAllLines(folder.resolve("SHA256SUMS-draft"))).hasSize(2)
                .allMatch(l -> l.endsWith("  report-draft.html") || l.endsWith("  report-draft.xhtml"));

        ReportFolder.Run again = Attempt.build(report, out, "--format", "html,xhtml", "--draft");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("report.html"))).as("the final, left as it was")
                .isEqualTo(finalHtml);
    }

    @Test
    void outputNameInReportYamlNamesTheOutputs(@TempDir Path tmp) throws IOException {
        ReportFolder report = ReportFolder.complete(tmp.resolve("report"));
        report.write("report.yaml", ReportFolder.METADATA_2021 + ReportFolder.MINIMAL_SAMPLE
                + "outputName: kestrelford-yjs-2026\n");
        Path out = tmp.resolve("out");
        ReportFolder.Run draft = Attempt.build(report.dir(), out, "--format", "html");
        assertThat(draft.status()).as(draft.err()).isZero();
        ReportFolder.Run fin = Attempt.build(report.dir(), out, "--format", "html", "--final");
        assertThat(fin.status()).as(fin.err()).isZero();
        assertThat(names(out)).containsExactly("kestrelford-yjs-2026");
        assertThat(names(out.resolve("kestrelford-yjs-2026"))).containsExactlyInAnyOrder(
                "kestrelford-yjs-2026-draft.html", "SHA256SUMS-draft", "kestrelford-yjs-2026.html", "SHA256SUMS");
    }

    @ParameterizedTest(name = "outputName: {0}")
    @CsvSource(delimiter = '|', value = {
        "'../elsewhere'     | is not a safe file name",
        "'a name'           | is not a safe file name",
        "'-leading'         | is not a safe file name",
        "'report/sub'       | is not a safe file name",
        "'naïve'            | is not a safe file name",
        "'con'              | a device name on Windows",
        "'NUL.txt'          | a device name on Windows",
        "'trailing.'        | may not end in '.'",
        "'kestrel-draft'    | draft builds add it themselves"})
    void anUnsafeOutputNameIsALocatedErrorAndNothingIsWritten(String name, String message, @TempDir Path tmp) {
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report"));
        report.write("report.yaml", ReportFolder.METADATA_2021 + ReportFolder.MINIMAL_SAMPLE
                + "outputName: \"" + name + "\"\n");
        assertAt(Attempt.check(report.dir()), "report.yaml", 8, 13, message);
        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.build(report.dir(), out, "--format", "html");
        assertRefused(build, "report.yaml", message);
        assertNothingWritten(out);
        assertNothingWritten(tmp.resolve("elsewhere"));
    }

    @Test
    void outputNameBelongsInReportYaml(@TempDir Path tmp) {
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report"));
        report.write("extra.yaml", "outputName: kestrelford\n");
        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.build(report.dir(), out, "--format", "html");
        assertRefused(build, "extra.yaml", "'outputName' must be written in report.yaml");
        assertNothingWritten(out);
    }

    @Test
    void twoReportsGivenOneOutputNameAreRefusedBeforeAnythingIsBuilt(@TempDir Path tmp) {
        for (String folder : List.of("content/kestrel", "content/osprey")) {
            ReportFolder.minimal(tmp.resolve(folder)).write("report.yaml", ReportFolder.METADATA_2021
                    + ReportFolder.MINIMAL_SAMPLE + "outputName: Shared-Name\n");
        }
        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.run("build", tmp.resolve("content").toString(), "--out", out.toString(),
                "--templates", Example.TEMPLATES.toString(), "--format", "html");
        assertRefused(build, "osprey/report.yaml", "its outputs would overwrite those of");
        assertThat(build.err()).contains("both are named 'Shared-Name'").contains("another outputName")
                .contains("nothing was written");
        assertNothingWritten(out);
    }

    @Test
    void anOutputNameThatIsTheProgrammeSummarysIsRefused(@TempDir Path tmp) {
        ReportFolder.minimal(tmp.resolve("content/kestrel")).write("report.yaml", ReportFolder.METADATA_2021
                + ReportFolder.MINIMAL_SAMPLE + "outputName: programme-summary\n");
        ReportFolder.minimal(tmp.resolve("content/osprey"));
        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.run("build", tmp.resolve("content").toString(), "--out", out.toString(),
                "--templates", Example.TEMPLATES.toString(), "--format", "html");
        assertRefused(build, "kestrel/report.yaml", "may not be named 'programme-summary'");
        assertNothingWritten(out);
    }

    @Test
    void generatedReportsFromOneWithAnOutputNameEachGetTheirOwn(@TempDir Path tmp) throws IOException {
        ReportFolder source = ReportFolder.minimal(tmp.resolve("source"));
        source.write("report.yaml", ReportFolder.METADATA_2021 + ReportFolder.MINIMAL_SAMPLE
                + "outputName: kestrelford-yjs-2026\n");
        ReportFolder.Run made = ReportFolder.run("generate-reports", "2", tmp.resolve("generated").toString(),
                "--from", source.dir().toString(), "--seed", "7");
        assertThat(made.status()).as(made.err()).isZero();
        for (String id : List.of("synthetic-001", "synthetic-002")) {
            assertThat(Files.readString(tmp.resolve("generated").resolve(id).resolve("report.yaml")))
                    .contains("outputName: " + id + "\n").doesNotContain("kestrelford-yjs-2026");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
