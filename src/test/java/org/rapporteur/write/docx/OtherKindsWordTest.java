package org.rapporteur.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;

/** The 2018 report and the SQS letter as Word documents: LibreOffice opens them and prints their headings in order. */
class OtherKindsWordTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example-2018", "example-sqs"})
    void libreOfficeOpensTheDocxAndPrintsItsHeadingsInOrder(String name, @TempDir Path tmp) throws Exception {
        Path report = Example.DIR.getParent().resolve(name);
        ReportFolder.Run run = Example.build(report, tmp.resolve("out"), "--format", "docx,xhtml", "--final");
        assertThat(run.status()).as(run.err()).isZero();
        Path docx = tmp.resolve("out").resolve(name).resolve(name + ".docx");
        DocxWriterTest.run(tmp, "soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString());
        Path pdf = tmp.resolve(name + ".pdf");
        assertThat(pdf).as("LibreOffice made a PDF").exists();
        DocxWriterTest.run(tmp, "pdftotext", "-enc", "UTF-8", pdf.toString(), tmp.resolve("out.txt").toString());
        String text = DocxWriterTest.norm(Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8));

        Document xhtml = Jsoup.parse(Files.readString(tmp.resolve("out").resolve(name).resolve(name + ".xhtml")));
        var headings = xhtml.select("h2, h3").eachText();
        assertThat(headings).hasSizeGreaterThan(5);
        DocxWriterTest.inOrder(text, headings);
    }
}
