package org.rapporteur.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.write.PdfValidation;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfWriterTest {

    static final Instant TIMESTAMP = Instant.parse("2026-03-02T09:30:00Z");
    static final DocumentInfo INFO = new DocumentInfo(
            "An inspection of youth justice services in Testshire",
            "HM Inspectorate of Probation",
            "An inspection of Testshire Youth Justice Service, March 2026",
            "youth justice, inspection, Testshire",
            "en-GB", true, TIMESTAMP);

    /** The headings of the probe in document order (the cover h1 first). */
    static final List<String> HEADINGS = List.of(
            "An inspection of youth justice services in Testshire",
            "Contents",
            "1. Foreword",
            "1.1 Background",
            "Local context",
            "1.2 Methodology",
            "2. Findings",
            "2.1 Case data");

    static byte[] probe;
    static long firstRenderMillis;

    @BeforeAll
    static void renderProbe() throws IOException {
        long start = System.nanoTime();
        probe = new PdfWriter().toBytes(document(probeXhtml(), null));
        firstRenderMillis = (System.nanoTime() - start) / 1_000_000;
        Path out = Path.of("target", "pdf-probe", "probe.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, probe);
    }

    static RenderedDocument document(String xhtml, Path baseDir) {
        return new RenderedDocument("probe", xhtml, INFO, baseDir);
    }

    // ----------------------------------------------------------------------------------------------------------

    @Test
    void probeIsPdfUa1() {
        assertThat(PdfValidation.failures(probe, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void probeIsPdfA3u() {
        assertThat(PdfValidation.failures(probe, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void validatorIsNotToothless() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            plain.save(out);
        }
        assertThat(PdfValidation.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(PdfValidation.failures(out.toByteArray(), PDFAFlavour.PDFA_3_U)).isNotEmpty();
    }

    @Test
    void textHoldsTheHeadingsInOrder() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(probe)) {
            text = new PDFTextStripper().getText(pdf);
        }
        String flat = text.replaceAll("\\s+", " ");
        int from = 0;
        for (String heading : HEADINGS) {
            int at = flat.indexOf(heading, from);
            assertThat(at).as("'%s' after position %d in:%n%s", heading, from, flat).isGreaterThanOrEqualTo(0);
            from = at + heading.length();
        }
        assertThat(flat).contains("Page 1 of ", "Page 2 of ");
        assertThat(flat).contains("Bold cell");
    }

    @Test
    void outlineNestsTheHeadingsByLevel() throws IOException {
        List<String> outline = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(probe)) {
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
            walk(pdf.getDocumentCatalog().getDocumentOutline(), "", outline);
        }
        assertThat(outline).containsExactly(
                "An inspection of youth justice services in Testshire",
                "1. Foreword",
                "  1.1 Background",
                "    Local context",
                "  1.2 Methodology",
                "2. Findings",
                "  2.1 Case data");
    }

    @Test
    void bookmarksLeadToTheHeadingsPages() throws IOException {
        List<String> targets = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(probe)) {
            collectPages(pdf.getDocumentCatalog().getDocumentOutline(), targets);
        }
        assertThat(targets).containsExactly(
                "An inspection of youth justice services in Testshire -> 1",
                "1. Foreword -> 3", "1.1 Background -> 3", "Local context -> 3", "1.2 Methodology -> 3",
                "2. Findings -> 4", "2.1 Case data -> 4");
    }

    private static void collectPages(PDOutlineNode node, List<String> out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDDestination destination = item.getDestination();
            if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            }
            int page = destination instanceof PDPageDestination p ? p.retrievePageNumber() + 1 : -1;
            out.add(item.getTitle() + " -> " + page);
            collectPages(item, out);
        }
    }

    private static void walk(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            walk(item, indent + "  ", out);
        }
    }

    @Test
    void metadataComesFromDocumentInfo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(probe)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(INFO.title());
            assertThat(info.getAuthor()).isEqualTo(INFO.author());
            assertThat(info.getSubject()).isEqualTo(INFO.subject());
            assertThat(info.getKeywords()).isEqualTo(INFO.keywords());
            assertThat(info.getCreator()).isEqualTo("Rapporteur");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(TIMESTAMP);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(TIMESTAMP);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains(INFO.title(), INFO.author(), INFO.subject(), "2026-03-02T09:30:00Z",
                    "<pdfaid:part>3</pdfaid:part>", "<pdfuaid:part>1</pdfuaid:part>", "en-GB");
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id).isNotNull();
            assertThat(id.size()).isEqualTo(2);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(probe)) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertThat(fonts).contains("DejaVuSerif", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif-Italic",
                "DejaVuSansMono");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        byte[] again = new PdfWriter().toBytes(document(probeXhtml(), null));
        assertThat(again).isEqualTo(probe);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(document(probeXhtml(), null), out);
        assertThat(out.toByteArray()).isEqualTo(probe);
    }

    @Test
    void anotherTimestampGivesAnotherIdentifier() throws IOException {
        DocumentInfo later = new DocumentInfo(INFO.title(), INFO.author(), INFO.subject(), INFO.keywords(),
                INFO.language(), INFO.draft(), TIMESTAMP.plusSeconds(86_400));
        byte[] other = new PdfWriter().toBytes(new RenderedDocument("probe", probeXhtml(), later, null));
        try (PDDocument a = Loader.loadPDF(probe); PDDocument b = Loader.loadPDF(other)) {
            assertThat(b.getDocument().getTrailer().getCOSArray(COSName.ID).toList())
                    .isNotEqualTo(a.getDocument().getTrailer().getCOSArray(COSName.ID).toList());
            Calendar created = b.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(TIMESTAMP.plusSeconds(86_400));
        }
    }

    @Test
    void theProbeAsksForNothingOutside() throws IOException {
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        new PdfWriter().withResourceListener((uri, reason) -> refused.add(uri + " " + reason))
                .toBytes(document(probeXhtml(), null));
        assertThat(refused).isEmpty();
    }

    @Test
    void networkAndOutsideFilesAreRefused(@TempDir Path dir) throws Exception {
        Path base = Files.createDirectories(dir.resolve("report"));
        Files.write(base.resolve("inside.png"), png(new Color(0x1d, 0x70, 0xb8)));
        Files.write(dir.resolve("outside.png"), png(Color.RED));
        Files.createSymbolicLink(base.resolve("link.png"), dir.resolve("outside.png"));
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            String body = """
                    <h1 id="a">Resources</h1>
                    <p><img src="http://127.0.0.1:9/x.png" alt="network image"/></p>
                    <p><img src="http://127.0.0.1:%1$d/y.png" alt="listening network image"/></p>
                    <p><img src="https://127.0.0.1:%1$d/z.png" alt="https image"/></p>
                    <p><img src="file:///etc/passwd" alt="file outside"/></p>
                    <p><img src="../outside.png" alt="relative path outside"/></p>
                    <p><img src="classpath:net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf" alt="class path"/></p>
                    <p><img src="link.png" alt="symbolic link to a file outside"/></p>
                    <p><img src="inside.png" alt="file inside the base folder"/></p>
                    <p><img src="data:image/png;base64,%2$s" alt="data URI"/></p>
                    """.formatted(port, Base64.getEncoder().encodeToString(png(Color.GREEN)));
            String head = """
                    <link rel="stylesheet" href="http://127.0.0.1:%1$d/style.css"/>
                    <link rel="stylesheet" href="file:///etc/passwd"/>
                    """.formatted(port);
            List<String> refused = Collections.synchronizedList(new ArrayList<>());
            byte[] pdf = new PdfWriter().withResourceListener((uri, reason) -> refused.add(uri))
                    .toBytes(document(xhtml(head, "@import url('http://127.0.0.1:" + port + "/import.css');", body),
                            base));

            server.setSoTimeout(300);
            assertThatThrownBy(server::accept).as("nothing connected to the listening port")
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat(refused).contains(
                    "http://127.0.0.1:9/x.png",
                    "http://127.0.0.1:" + port + "/y.png",
                    "https://127.0.0.1:" + port + "/z.png",
                    "file:///etc/passwd",
                    "../outside.png",
                    "link.png",
                    "classpath:net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
                    "http://127.0.0.1:" + port + "/style.css",
                    "http://127.0.0.1:" + port + "/import.css");
            assertThat(refused).noneMatch(uri -> uri.contains("inside.png") && !uri.contains("outside"));
            assertThat(refused).noneMatch(uri -> uri.startsWith("data:"));
            assertThat(refused).as("each refusal told once").doesNotHaveDuplicates();
            assertThat(images(pdf)).as("the inside file and the data URI are embedded, nothing else").isEqualTo(2);
            assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        }
    }

    @Test
    void stylesheetsAndImagesInsideTheBaseFolderAreUsed(@TempDir Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("report"));
        Files.createDirectories(base.resolve("css"));
        Files.createDirectories(base.resolve("img"));
        Files.write(base.resolve("img/band.png"), png(Color.ORANGE));
        // url() in a stylesheet is relative to the stylesheet, not to the document
        Files.writeString(base.resolve("css/style.css"),
                ".band { background-image: url('../img/band.png'); height: 2cm; }");
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        byte[] pdf = new PdfWriter().withResourceListener((uri, reason) -> refused.add(uri + " " + reason))
                .toBytes(document(xhtml("<link rel=\"stylesheet\" type=\"text/css\" href=\"css/style.css\"/>", "",
                        "<h1 id='a'>Banded</h1><div class='band'></div><p>Text</p>"), base));
        assertThat(refused).isEmpty();
        assertThat(images(pdf)).isEqualTo(1);
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void withoutABaseFolderNoFileIsRead(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("inside.png"), png(Color.BLUE));
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        String uri = dir.resolve("inside.png").toUri().toString();
        byte[] pdf = new PdfWriter().withResourceListener((u, reason) -> refused.add(u)).toBytes(
                document(xhtml("", "", "<h1 id='a'>x</h1><p><img src='" + uri + "' alt='a file'/></p>"), null));
        assertThat(refused).contains(uri);
        assertThat(images(pdf)).isZero();
    }

    @Test
    void headingsWithoutIdOrMarkedNoBookmarkAreLeftOut() throws IOException {
        String body = """
                <h1 id="one">One</h1>
                <h3 id="deep">Deep under one</h3>
                <h2>No id</h2>
                <h2 id="hidden" class="x no-bookmark">Hidden</h2>
                <h4 id="four">Level four</h4>
                <h2 id="two">  Two
                   lines  </h2>
                <h1 id="three">Three</h1>
                """;
        List<String> outline = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(new PdfWriter().toBytes(document(xhtml("", "", body), null)))) {
            walk(pdf.getDocumentCatalog().getDocumentOutline(), "", outline);
        }
        assertThat(outline).containsExactly("One", "  Deep under one", "  Two lines", "Three");
    }

    @Test
    void xhtmlWithoutNamespaceOrDeclarationWorksToo() throws IOException {
        String xhtml = """
                <html lang="en-GB"><head><title>Plain</title>
                <style>@page { size: A4; margin: 2cm; } html { font-family: 'DejaVu Sans'; }</style></head>
                <body><h1 id="p">Plain&nbsp;heading &ndash; one</h1><p>Text with &amp; and &lt;.</p>
                <h2 id="q">Second</h2><p>More.</p></body></html>
                """;
        byte[] pdf = new PdfWriter().toBytes(document(xhtml, null));
        List<String> outline = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            walk(doc.getDocumentCatalog().getDocumentOutline(), "", outline);
            assertThat(new PDFTextStripper().getText(doc)).contains("Text with & and <.");
        }
        assertThat(outline).containsExactly("Plain heading \u2013 one", "  Second");
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aDocumentWithoutATitleIsRefusedClearly() {
        DocumentInfo untitled = new DocumentInfo(null, null, null, null, "en-GB", false, TIMESTAMP);
        String xhtml = xhtml("", "", "<p>text</p>").replaceFirst("<title>[^<]*</title>", "");
        assertThatThrownBy(() -> new PdfWriter().toBytes(new RenderedDocument("untitled", xhtml, untitled, null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'untitled'")
                .hasMessageContaining("title");
    }

    @Test
    void aMissingFontFileIsRefusedAtOnce(@TempDir Path dir) {
        assertThatThrownBy(() -> new PdfWriter(List.of(new PdfWriter.FontFile(dir.resolve("nope.ttf"), "House",
                400, PdfWriter.FontStyle.NORMAL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope.ttf");
    }

    @Test
    void aBrokenFontFileFailsWithAnIOException(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttf"), "this is not a font");
        PdfWriter writer = new PdfWriter(List.of(new PdfWriter.FontFile(broken, "House", 400,
                PdfWriter.FontStyle.NORMAL)));
        String xhtml = xhtml("", "p { font-family: 'House'; }", "<p>text</p>");
        assertThatThrownBy(() -> writer.toBytes(document(xhtml, null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'probe'");
    }

    @Test
    void aHouseFontIsEmbedded(@TempDir Path dir) throws IOException {
        // A house style naming a file: here a copy of DejaVu Sans Condensed under its own family name.
        Path font = dir.resolve("house.ttf");
        try (var in = PdfWriter.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf")) {
            Files.write(font, in.readAllBytes());
        }
        PdfWriter writer = new PdfWriter(List.of(new PdfWriter.FontFile(font, "House Sans", 400,
                PdfWriter.FontStyle.NORMAL)));
        byte[] pdf = writer.toBytes(document(xhtml("", "p { font-family: 'House Sans'; }",
                "<h1 id='a'>Heading</h1><p>House text</p>"), null));
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertThat(fonts).contains("DejaVuSansCondensed");
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void marginBoxesWithoutAFontFamilyStillRender() throws IOException {
        // openhtmltopdf does not pass @page's font-family on to the margin boxes: they use the generic 'serif',
        // which PdfWriter maps to DejaVu Serif, so a template that forgets it still gives a valid PDF/A.
        String xhtml = probeXhtml().replace("font-family: 'DejaVu Sans'; font-size: 9pt;", "font-size: 9pt;");
        assertThat(xhtml).doesNotContain("font-family: 'DejaVu Sans'; font-size: 9pt;");
        byte[] pdf = new PdfWriter().toBytes(document(xhtml, null));
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Page 1 of ", "DRAFT");
        }
    }

    @Test
    void timings() throws IOException {
        PdfWriter writer = new PdfWriter();
        RenderedDocument doc = document(probeXhtml(), null);
        int pages;
        try (PDDocument pdf = Loader.loadPDF(probe)) {
            pages = pdf.getNumberOfPages();
        }
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            writer.toBytes(doc);
            warm.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("PdfWriter timing: probe of %d pages, %d bytes; first render in this JVM %d ms; "
                + "warm renders %s ms%n", pages, probe.length, firstRenderMillis, warm);
    }

    // ----------------------------------------------------------------------------------------------------------

    private static int images(byte[] pdf) throws IOException {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(160, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 80);
        g.setColor(colour);
        int[] heights = {30, 55, 70, 40};
        for (int i = 0; i < heights.length; i++) {
            g.fillRect(10 + i * 38, 80 - heights[i], 30, heights[i]);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static final String CSS = """
            @page {
              size: A4;
              margin: 2cm;
              font-family: 'DejaVu Sans';
              @bottom-center {
                content: "Page " counter(page) " of " counter(pages);
                font-family: 'DejaVu Sans'; font-size: 9pt;
              }
              @top-right {
                content: "DRAFT";
                font-family: 'DejaVu Sans'; font-size: 9pt; font-weight: bold; color: #b10e1e;
              }
            }
            html { font-family: 'DejaVu Serif'; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }
            h1, h2, h3, caption, th { font-family: 'DejaVu Sans'; }
            h1 { font-size: 20pt; color: #1d3f6e; }
            h2 { font-size: 15pt; }
            h3 { font-size: 12pt; }
            .cover { page-break-after: always; padding-top: 6cm; }
            .cover h1 { font-size: 28pt; }
            .contents { page-break-after: always; }
            .contents ul { list-style: none; padding-left: 0; }
            .contents a { color: #0b0c0c; text-decoration: none; }
            .contents a::after { content: leader('.') target-counter(attr(href), page); }
            .break { page-break-before: always; }
            table { border-collapse: collapse; width: 100%; margin: 1em 0; }
            caption { text-align: left; font-weight: bold; padding-bottom: 4pt; }
            th, td { border: 1px solid #505a5f; padding: 4pt 6pt; text-align: left; }
            thead th { background: #dee0e2; }
            code { font-family: 'DejaVu Sans Mono'; font-size: 9.5pt; }
            """;

    static String xhtml(String head, String css, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">
                <head>
                <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
                <title>An inspection of youth justice services in Testshire</title>
                <meta name="subject" content="An inspection of Testshire Youth Justice Service, March 2026"/>
                %s
                <style type="text/css">
                %s
                %s
                </style>
                </head>
                <body>
                %s
                </body>
                </html>
                """.formatted(head, css, CSS, body);
    }

    static String probeXhtml() {
        String chart = Base64.getEncoder().encodeToString(png(new Color(0x1d, 0x70, 0xb8)));
        String body = """
                <div class="cover">
                  <h1 id="title">An inspection of youth justice services in Testshire</h1>
                  <p>HM Inspectorate of Probation, March 2026</p>
                </div>
                <div class="contents">
                  <h2 id="contents" class="no-bookmark">Contents</h2>
                  <ul>
                    <li><a href="#s1">1. Foreword</a></li>
                    <li><a href="#s1-1">1.1 Background</a></li>
                    <li><a href="#s1-2">1.2 Methodology</a></li>
                    <li><a href="#s2">2. Findings</a></li>
                    <li><a href="#s2-1">2.1 Case data</a></li>
                  </ul>
                </div>
                <h1 id="s1">1. Foreword</h1>
                <p>A probe paragraph for the PDF writer's tests. It stands in for a foreword: a few sentences of
                ordinary prose, long enough to wrap over several lines of an A4 page, about an imaginary service in
                Testshire and the people who work in it. <em>Italic text</em> and <strong>bold text</strong> and
                <code>monospace-code</code> appear here.</p>
                <h2 id="s1-1">1.1 Background</h2>
                <p>Testshire's service is an imaginary partnership of councils, police, health and probation staff,
                made up for this test so that the probe reads like a report.</p>
                <h3 id="s1-1-1">Local context</h3>
                <ul>
                  <li>Testshire is a largely rural county with two large towns.</li>
                  <li>The service supervised 120 children in the year before the inspection.</li>
                  <li>Children from minority ethnic groups are over-represented in the caseload.</li>
                </ul>
                <h2 id="s1-2">1.2 Methodology</h2>
                <p>We reviewed 32 cases: 19 court disposals and 13 out-of-court disposals.</p>
                <p><img src="data:image/png;base64,%s" alt="Bar chart of the number of cases in each of four quarters" width="160" height="80"/></p>
                <h1 id="s2" class="break">2. Findings</h1>
                <h2 id="s2-1">2.1 Case data</h2>
                <table>
                  <caption>Table 1: Cases inspected by type of disposal</caption>
                  <thead>
                    <tr><th scope="col">Disposal</th><th scope="col">Cases</th><th scope="col">Rating</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row">Court</th><td>19</td><td><strong>Bold cell</strong></td></tr>
                    <tr><th scope="row">Out-of-court</th><td>13</td><td>Good</td></tr>
                  </tbody>
                </table>
                <p>Overall, Testshire Youth Justice Service was rated as ‘Good’ &#8211; a score of 27 out of 36.</p>
                """.formatted(chart);
        return xhtml("<meta name=\"author\" content=\"HM Inspectorate of Probation\"/>", "", body);
    }
}
