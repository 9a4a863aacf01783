package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A draft is built from an unfinished report, and a publishing team reviews it as a PDF: a part left out (no
 * glossary, no recommendations, no foreword) must leave a draft that is still accessible, never an empty table or
 * list that fails PDF/UA. Checked with veraPDF on the smallest valid report (which has none of the optional parts)
 * and on what {@code rapporteur new} starts for each framework.
 */
class UnfinishedDraftsTest {

    @Test
    void theSmallestValidReportHasAnAccessibleDraft(@TempDir Path tmp) throws IOException {
        Path report = ReportFolder.minimal(tmp.resolve("report")).dir();
        assertAccessible(draftPdf(report, tmp.resolve("out"), "report"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hmip-youth-2021", "hmip-youth-2018", "hmip-sqs-2016"})
    void aNewReportHasAnAccessibleDraft(String framework, @TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("new-report");
        ReportFolder.Run created = ReportFolder.run("new", report.toString(), "--framework", framework);
        assertThat(created.status()).as(created.err()).isZero();
        assertAccessible(draftPdf(report, tmp.resolve("out"), "new-report"));
    }

    @Test
    void aReportWithItsGlossaryEmptiedSaysSoInItsDraft(@TempDir Path tmp) throws IOException {
        Path report = ReportFolder.complete(tmp.resolve("report")).write("glossary.yaml", "glossary: []\n").dir();
        byte[] pdf = draftPdf(report, tmp.resolve("out"), "report");
        assertAccessible(pdf);
        String xhtml = Files.readString(tmp.resolve("xhtml/report/report-draft.xhtml"));
        assertThat(xhtml).contains("No terms are explained in this report.").doesNotContain("class=\"data glossary\"");
    }

    private static byte[] draftPdf(Path report, Path out, String name) throws IOException {
        ReportFolder.Run run = Example.build(report, out, "--format", "pdf");
        assertThat(run.status()).as(run.err()).isZero();
        ReportFolder.Run xhtml = Example.build(report, out.resolveSibling("xhtml"), "--format", "xhtml");
        assertThat(xhtml.status()).as(xhtml.err()).isZero();
        return Files.readAllBytes(out.resolve(name + "/" + name + "-draft.pdf"));
    }

    private static void assertAccessible(byte[] pdf) {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
    }
}
