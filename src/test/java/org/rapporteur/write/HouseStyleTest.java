package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A publishing team's house style: its own fonts named in the CSS are embedded; bad font entries are located. */
class HouseStyleTest {

    static Path templatesWithHouseFont(Path tmp, String houseStyle) throws IOException {
        Path templates = tmp.resolve("templates");
        for (String f : new String[] {"common/macros.ftlh", "hmip-youth-full/report.ftlh", "hmip-youth-full/report.css"}) {
            Path target = templates.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(Example.TEMPLATES.resolve(f), target);
        }
        Path css = templates.resolve("hmip-youth-full/report.css");
        Files.writeString(css, Files.readString(css) + "\nbody { font-family: 'House Mono'; }\n");
        Path fonts = Files.createDirectories(templates.resolve("hmip-youth-full/fonts"));
        try (InputStream in = HouseStyleTest.class.getResourceAsStream(
                "/net/sf/jasperreports/fonts/dejavu/DejaVuSansMono.ttf")) {
            Files.copy(in, fonts.resolve("house.ttf"));
        }
        Files.writeString(templates.resolve("hmip-youth-full/house-style.yaml"), houseStyle);
        return templates;
    }

    static Set<String> fontNames(byte[] pdf) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return names;
    }

    @Test
    void aHouseFontIsEmbeddedAndTheResultStaysValid(@TempDir Path tmp) throws IOException {
        Path templates = templatesWithHouseFont(tmp, "fonts:\n  - { file: fonts/house.ttf, family: House Mono }\n");
        ReportFolder.Run run = ReportFolder.run("build", Example.DIR.toString(), "--format", "pdf", "--out",
                tmp.resolve("out").toString(), "--templates", templates.toString());
        assertThat(run.status()).as(run.err()).isZero();
        byte[] pdf = Files.readAllBytes(tmp.resolve("out/example-yjs/example-yjs-draft.pdf"));
        assertThat(fontNames(pdf)).contains("DejaVuSansMono");
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void withoutTheHouseStyleTheFontIsNotThere(@TempDir Path tmp) throws IOException {
        Path templates = templatesWithHouseFont(tmp, "fonts: []\n");
        ReportFolder.Run run = ReportFolder.run("build", Example.DIR.toString(), "--format", "pdf", "--out",
                tmp.resolve("out").toString(), "--templates", templates.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(fontNames(Files.readAllBytes(tmp.resolve("out/example-yjs/example-yjs-draft.pdf"))))
                .doesNotContain("DejaVuSansMono");
    }

    @Test
    void aFontOutsideTheTemplateFolderIsRefusedAtItsLine(@TempDir Path tmp) throws IOException {
        Path templates = templatesWithHouseFont(tmp, "fonts:\n  - file: ../../secret.ttf\n    family: X\n");
        ReportFolder.Run run = ReportFolder.run("build", Example.DIR.toString(), "--out",
                tmp.resolve("out").toString(), "--templates", templates.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("house-style.yaml:2:5: error: font file '../../secret.ttf' is outside the "
                + "template folder").contains("nothing was written");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
