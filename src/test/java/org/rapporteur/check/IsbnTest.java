package org.rapporteur.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.assertWarned;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.adversarial.Attempt;
import org.rapporteur.model.Isbn;
import org.rapporteur.write.PdfValidation;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The report's ISBN: an ISBN-13 with its check digit, an ISBN-10 converted (with a warning) or refused, every wrong
 * one a located error naming the check digit expected; a good one reaches the PDF's XMP, Word's core properties and
 * the HTML head.
 */
class IsbnTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "978-1-0000-0000-9 | 978-1-0000-0000-9 | 9781000000009",
        "9781000000009     | 9781000000009     | 9781000000009",
        "978 1 84099 821 4 | 978 1 84099 821 4 | 9781840998214",
        "979-10-90636-07-1 | 979-10-90636-07-1 | 9791090636071",
        "0-306-40615-2     | 978-0-306-40615-7 | 9780306406157",
        "0306406152        | 9780306406157     | 9780306406157",
        "0-8044-2957-X     | 978-0-8044-2957-3 | 9780804429573"})
    void readsIsbn13AndConvertsIsbn10(String written, String printed, String digits) {
        Isbn isbn = Isbn.of(written).orElseThrow();
        assertThat(isbn.printed()).isEqualTo(printed);
        assertThat(isbn.digits()).isEqualTo(digits);
        assertThat(isbn.urn()).isEqualTo("urn:isbn:" + digits);
        assertThat(isbn.converted()).isEqualTo(written.replaceAll("\\D", "").length() < 13);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "978-1-0000-0000-0 | first twelve digits give the check digit 9 | 16",
        "0-306-40615-3     | first nine digits give the check digit 2 (as an ISBN-10) | 12",
        "978-1-0000-000    | has 10 digits, but this has 10 | 0",
        "978-1-0000        | an ISBN has 13 digits (or 10 in its older form), but this has 8 | 0",
        "978-1-0000-0000-A | 'A' cannot be part of an ISBN | 16",
        "ISBN 978-1-0000-0000-9 | without the word 'ISBN' | 0",
        "978--1-0000-0000-9 | only between two digits | 4",
        "123-1-0000-0000-9 | begins 978 or 979, but this begins 123 | 0"})
    void refusesWhatIsNotAnIsbn(String written, String problem, int offset) {
        if (problem.startsWith("has 10 digits")) {
            // ten digits that are not a valid ISBN-10
            assertThat(Isbn.read(written)).isInstanceOf(Isbn.Wrong.class);
            return;
        }
        Isbn.Reading reading = Isbn.read(written);
        assertThat(reading).isInstanceOf(Isbn.Wrong.class);
        Isbn.Wrong wrong = (Isbn.Wrong) reading;
        assertThat(wrong.problem()).contains(problem);
        assertThat(wrong.offset()).isEqualTo(offset);
        assertThat(Isbn.of(written)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsALocatedErrorNamingTheExpectedDigitAndNothingIsBuilt(@TempDir Path tmp) {
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report"));
        report.write("report.yaml", ReportFolder.METADATA_2021 + ReportFolder.MINIMAL_SAMPLE
                + "isbn: 978-1-0000-0000-0\n");
        ReportFolder.Run check = Attempt.check(report.dir());
        assertRefused(check, "report.yaml", "check digit 9");
        // line 8 (after the sample line), the check digit in column 23
        assertAt(check, "report.yaml", 8, 23, "the ISBN's check digit is wrong: it ends in 0");
        assertThat(check.err()).contains("the ISBN is 978-1-0000-0000-9");

        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.build(report.dir(), out, "--format", "html");
        assertRefused(build, "report.yaml", "check digit 9");
        assertNothingWritten(out);
        ReportFolder.Run fin = Attempt.build(report.dir(), out, "--format", "html", "--final");
        assertRefused(fin, "report.yaml", "check digit 9");
        assertNothingWritten(out);
    }

    @Test
    void anIsbn10WithAWrongCheckDigitIsRefused(@TempDir Path tmp) {
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report"));
        report.write("report.yaml", ReportFolder.METADATA_2021 + ReportFolder.MINIMAL_SAMPLE
                + "isbn: \"0-306-40615-9\"\n");
        ReportFolder.Run check = Attempt.check(report.dir());
        assertRefused(check, "report.yaml", "give the check digit 2 (as an ISBN-10)");
        assertAt(check, "report.yaml", 8, 20, "check digit 2");
    }

    @Test
    void anIsbn10IsConvertedWithAWarningAndItsIsbn13IsPrintedAndCarried(@TempDir Path tmp) throws Exception {
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report"));
        report.write("report.yaml", ReportFolder.METADATA_2021 + ReportFolder.MINIMAL_SAMPLE
                + "isbn: 0-306-40615-2\n");
        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.build(report.dir(), out, "--format", "html,docx");
        assertThat(build.status()).as(build.err()).isZero();
        assertWarned(build, "report.yaml", "ISBN-10 0-306-40615-2 is converted to its ISBN-13, 978-0-306-40615-7");
        String html = Files.readString(out.resolve("report/report-draft.html"));
        assertThat(html).contains("<meta name=\"citation_isbn\" content=\"978-0-306-40615-7\">");
        assertThat(coreProperties(out.resolve("report/report-draft.docx")))
                .contains("<dc:identifier>urn:isbn:9780306406157</dc:identifier>");
    }

    @Test
    void aReportWithoutAnIsbnCarriesNone(@TempDir Path tmp) throws Exception {
        ReportFolder report = ReportFolder.minimal(tmp.resolve("report"));
        Path out = tmp.resolve("out");
        ReportFolder.Run build = Attempt.build(report.dir(), out, "--format", "html,docx");
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(Files.readString(out.resolve("report/report-draft.html"))).doesNotContain("citation_isbn");
        assertThat(coreProperties(out.resolve("report/report-draft.docx"))).doesNotContain("identifier");
    }

    @Test
    void theExamplesIsbnIsInThePdfsXmpWordsCorePropertiesAndTheHtmlHead(@TempDir Path tmp) throws Exception {
        ReportFolder.Run build = Example.build(Example.DIR, tmp, "--final");
        assertThat(build.status()).as(build.err()).isZero();
        byte[] pdf = Files.readAllBytes(tmp.resolve("example-yjs/example-yjs.pdf"));
        String xmp;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
        assertThat(xmp).contains("<dc:identifier>urn:isbn:9781000000009</dc:identifier>",
                "<prism:isbn>978-1-0000-0000-9</prism:isbn>",
                "<pdfaSchema:namespaceURI>http://prismstandard.org/namespaces/basic/3.0/</pdfaSchema:namespaceURI>");
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(coreProperties(tmp.resolve("example-yjs/example-yjs.docx")))
                .contains("<dc:identifier>urn:isbn:9781000000009</dc:identifier>");
        assertThat(Files.readString(tmp.resolve("example-yjs/example-yjs.html")))
                .contains("<meta name=\"citation_isbn\" content=\"978-1-0000-0000-9\">");
    }

    private static String coreProperties(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
