package org.rapporteur.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;

/** {@code rapporteur new --pack DIR --report REPORT-DIR}, and the council's emblem as a setting of the pack. */
class NewPackTest {

    @Test
    void aNewPackBesideItsReportChecksCleanAndBuildsAsADraftWithNoEmblem(@TempDir Path tmp) {
        Path report = ReportFolder.minimal(tmp.resolve("testshire")).dir();
        Path pack = tmp.resolve("testshire-pack");
        ReportFolder.Run made = ReportFolder.run("new", "--pack", pack.toString(), "--report", report.toString());
        assertThat(made.status()).as(made.err()).isZero();
        assertThat(pack.resolve("pack.yaml")).content().contains("report: \"../testshire\"", "council: TODO",
                "subject: Inspection of Testshire Youth Justice Service").doesNotContain("\nlogo:", "  logo: ");
        assertThat(pack.resolve("cover.yaml")).exists();
        assertThat(pack.resolve("plan.yaml")).content().contains("improvementPlan:");

        ReportFolder.Run checked = ReportFolder.run("check", pack.toString());
        assertThat(checked.status()).as(checked.err()).isZero();
        ReportFolder.Run built = Example.build(pack, tmp.resolve("out"), "--format", "xhtml");
        assertThat(built.status()).as(built.err()).isZero();
        assertThat(tmp.resolve("out/testshire-pack/testshire-pack-draft.xhtml")).content()
                .doesNotContain("class=\"council-logo\"").contains("Testshire Youth Justice Service");
    }

    @Test
    void aPackIsStartedOnlyBesideItsReport(@TempDir Path tmp) {
        Path report = ReportFolder.minimal(tmp.resolve("reports/testshire")).dir();
        Path pack = tmp.resolve("packs/testshire-pack");
        ReportFolder.Run made = ReportFolder.run("new", "--pack", pack.toString(), "--report", report.toString());
        assertThat(made.status()).isEqualTo(2);
        assertThat(made.err()).contains("side by side").doesNotContain("\tat ");
        assertThat(pack).doesNotExist();
    }

    @Test
    void aReportWithoutPackIsAUsageError(@TempDir Path tmp) {
        Path report = ReportFolder.minimal(tmp.resolve("testshire")).dir();
        ReportFolder.Run made = ReportFolder.run("new", tmp.resolve("x").toString(), "--report", report.toString());
        assertThat(made.status()).isEqualTo(2);
        assertThat(made.err()).contains("--report goes with --pack");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void theEmblemIsThePacksOwnPictureCheckedAtItsPlace(@TempDir Path tmp) throws Exception {
        Path report = ReportFolder.minimal(tmp.resolve("testshire")).dir();
        Path pack = tmp.resolve("testshire-pack");
        assertThat(ReportFolder.run("new", "--pack", pack.toString(), "--report", report.toString()).status())
                .isZero();
        Path yaml = pack.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  # logo: logo.png", "  logo: logo.png"));
        Files.writeString(pack.resolve("logo.png"), "not a picture");
        ReportFolder.Run checked = ReportFolder.run("check", pack.toString());
        assertThat(checked.status()).isEqualTo(2);
        assertThat(checked.err()).contains("pack.yaml:12:").contains("logo 'logo.png'");

        Files.copy(ReportFolder.project().resolve("content/example-council-pack/logo.png"), pack.resolve("logo.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReportFolder.Run built = Example.build(pack, tmp.resolve("out"), "--format", "xhtml");
        assertThat(built.status()).as(built.err()).isZero();
        assertThat(tmp.resolve("out/testshire-pack/testshire-pack-draft.xhtml")).content()
                .contains("class=\"council-logo\"><img src=\"data:image/png;base64,");
    }
}
