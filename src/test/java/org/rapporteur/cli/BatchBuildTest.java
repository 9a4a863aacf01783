package org.rapporteur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.scaffold.SyntheticReports;
import org.rapporteur.write.PdfValidation;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Many reports in one run: a failing one does not stop the others, and a programme summary is written. */
class BatchBuildTest {

    @Test
    void aFolderOfReportsIsBuiltAndSummarised(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        SyntheticReports.generate(Example.DIR, content, 3, 7);
        Path broken = content.resolve("synthetic-002/standards/1.1.yaml");
        Files.writeString(broken, Files.readString(broken).replaceFirst("rating: .*", "rating: Grand"));
        Path out = tmp.resolve("out");

        ReportFolder.Run run = ReportFolder.run("build", content.toString(), "--out", out.toString(), "--templates",
                Example.TEMPLATES.toString(), "--format", "pdf,html");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).containsPattern("synthetic-001\\s+\\S.*\\s+\\d+/36\\s+4\\d\\s")
                .containsPattern("synthetic-002\\s+FAILED")
                .contains("3 reports, 2 built, 1 failed").contains("peak memory")
                .contains("programme summary of 2 reports");
        assertThat(run.err()).contains("[1/3]").contains("synthetic-002: nothing was written")
                .contains("standards/1.1.yaml:").contains("'Grand' is not a rating");
        assertThat(out.resolve("synthetic-001/synthetic-001-draft.pdf")).exists();
        assertThat(out.resolve("synthetic-003/synthetic-003-draft.html")).exists();
        assertThat(out.resolve("synthetic-002")).doesNotExist();

        byte[] summary = Files.readAllBytes(out.resolve("programme-summary/programme-summary-draft.pdf"));
        assertThat(PdfValidation.failures(summary, PDFAFlavour.PDFUA_1)).isEmpty();
        String html = Files.readString(out.resolve("programme-summary/programme-summary-draft.html"));
        assertThat(html).contains("Area 1 Youth Justice Service").contains("Area 3 Youth Justice Service")
                .doesNotContain("Area 2 Youth Justice Service")
                .contains("1.1 Governance and leadership: services by rating");
    }
}
