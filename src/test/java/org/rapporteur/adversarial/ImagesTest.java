package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNoFault;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.assertUnchanged;
import static org.rapporteur.adversarial.Attempt.build;
import static org.rapporteur.adversarial.Attempt.check;
import static org.rapporteur.adversarial.Attempt.goodBuild;
import static org.rapporteur.adversarial.Attempt.minimalReport;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipFile;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * Pictures in prose ({@code ![what it shows](path)}): every file is read and checked at `check` time, so a
 * broken, hostile or misnamed picture is refused at its reference (file:line:column of the {@code ![...](...)}),
 * by check and build alike, with no data: URI or base64 in any message; every picture that passes is printed in
 * the PDF, the Word file and the HTML. The pictures are made here, with javax.imageio and byte surgery.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ImagesTest {

    /** The reference in the foreword below: line 4, column 3. */
    private static final int LINE = 4;
    private static final int COLUMN = 3;

    /** A minimal report whose foreword shows the picture {@code reference}, with {@code file} holding bytes. */
    private static Path reportShowing(Path tmp, String reference, String file, byte[] bytes) {
        ReportFolder report = minimalReport(tmp.resolve("report"))
                .write("foreword.yaml", "foreword: |\n  A picture:\n\n  ![what it shows](" + reference + ")\n");
        if (file != null) {
            report.write(file, bytes);
        }
        return report.dir();
    }

    /** Check and build both refuse the picture at its reference, say {@code message}, and write nothing. */
    private static void assertPictureRefused(Path report, Path out, String reference, String message) {
        String said = "image '" + reference + "' " + message;
        Run checked = check(report);
        assertRefused(checked, "foreword.yaml", said);
        assertAt(checked, "foreword.yaml", LINE, COLUMN, said);
        Run built = build(report, out);
        assertRefused(built, "foreword.yaml", said);
        assertAt(built, "foreword.yaml", LINE, COLUMN, said);
        for (Run run : List.of(checked, built)) {
            assertThat(run.err()).doesNotContain("base64").doesNotContain("iVBOR").doesNotContain("/9j/")
                    .doesNotContain("output folder");
            assertThat(run.err().lines()).allMatch(l -> l.length() < 600, "every line of the message is short");
        }
    }

    // ------------------------------------------------------------------------------- refused pictures

    static Stream<Arguments> brokenPictures() {
        return Stream.of(
                refused("a truncated PNG", "chart.png", () -> half(Pictures.png(300, 200)), "is a damaged PNG file"),
                refused("a PNG whose picture data is cut short", "chart.png",
                        () -> Pictures.cutPictureData(Pictures.png(300, 200)), "is a damaged PNG file"),
                refused("a PNG with a wrong checksum", "chart.png", () -> Pictures.badChecksum(Pictures.png(300, 200)),
                        "is a damaged PNG file"),
                refused("a PNG with data after its end", "chart.png",
                        () -> Pictures.concat(Pictures.png(300, 200), "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8)),
                        "is a damaged PNG file"),
                refused("a truncated JPEG", "photo.jpg", () -> half(Pictures.jpeg(300, 200)), "is a damaged JPEG file"),
                refused("a JPEG whose picture data is cut short", "photo.jpg",
                        () -> Pictures.cutScan(Pictures.jpeg(300, 200)), "is a damaged JPEG file"),
                refused("a 30,000 x 30,000 decompression bomb", "bomb.png", () -> Pictures.bomb(30_000, 30_000),
                        "is 30000 x 30000 pixels"),
                refused("a PNG wider than the limit", "wide.png", () -> Pictures.bomb(20_000, 10),
                        "is 20000 x 10 pixels"),
                refused("a PNG of 20 million pixels", "big.png", () -> Pictures.bomb(5000, 4000),
                        "is 5000 x 4000 pixels"),
                refused("a JPEG taller than the limit", "tall.jpg", () -> Pictures.jpeg(8, 12_000),
                        "is 8 x 12000 pixels"),
                refused("a picture over 5 MB", "noise.png", () -> Pictures.noisePng(1400, 1400),
                        "is larger than 5 MB"),
                refused("an empty file", "chart.png", () -> new byte[0], "is an empty file"),
                refused("a text file named .png", "chart.png",
                        () -> "This is not a picture.\n".getBytes(StandardCharsets.UTF_8), "is text, not a PNG or JPEG"),
                refused("a PNG named .jpg", "photo.jpg", () -> Pictures.png(300, 200),
                        "is a PNG picture but its name ends in .jpg"),
                refused("a JPEG named .png", "chart.png", () -> Pictures.jpeg(300, 200),
                        "is a JPEG picture but its name ends in .png"),
                refused("a GIF named .png", "chart.png", () -> Pictures.write(Pictures.drawn(30, 20,
                        BufferedImage.TYPE_INT_RGB), "gif"), "is a GIF picture, not a PNG or JPEG"),
                refused("a WebP named .png", "chart.png", Pictures::webp, "is a WebP picture, not a PNG or JPEG"),
                refused("an SVG named .png", "chart.png", () -> ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org"
                        + "/2000/svg\"><image href=\"file:///etc/passwd\"/></svg>").getBytes(StandardCharsets.UTF_8),
                        "is an SVG drawing, not a PNG or JPEG"),
                refused("a BMP named .png", "chart.png", () -> Pictures.write(Pictures.drawn(30, 20,
                        BufferedImage.TYPE_INT_RGB), "bmp"), "is a BMP picture, not a PNG or JPEG"),
                refused("a TIFF named .jpg", "photo.jpg", () -> Pictures.write(Pictures.drawn(30, 20,
                        BufferedImage.TYPE_INT_RGB), "tiff"), "is a TIFF picture, not a PNG or JPEG"),
                refused("a GIF named .gif", "anim.gif", () -> Pictures.write(Pictures.drawn(30, 20,
                        BufferedImage.TYPE_INT_RGB), "gif"), "is not a PNG or JPEG file"),
                refused("a CMYK JPEG", "print.jpg", () -> Pictures.cmykJpeg(60, 40), "is a CMYK JPEG"),
                refused("an animated PNG", "anim.png", () -> Pictures.animated(Pictures.png(300, 200)),
                        "is an animated PNG"),
                refused("a PNG with a zTXt comment that inflates to 50 MB", "chart.png",
                        () -> Pictures.afterHeader(Pictures.png(300, 200), Pictures.ztxt(50_000_000)),
                        "carries more than 1 MB of compressed metadata"),
                refused("a PNG with an iCCP profile that inflates to 50 MB", "chart.png",
                        () -> Pictures.afterHeader(Pictures.png(300, 200), Pictures.iccp(50_000_000)),
                        "carries more than 1 MB of compressed metadata"),
                refused("a PNG with an iTXt text that inflates to 50 MB", "chart.png",
                        () -> Pictures.afterHeader(Pictures.png(300, 200), Pictures.itxt(50_000_000)),
                        "carries more than 1 MB of compressed metadata"));
    }

    private static Arguments refused(String name, String file, Supplier<byte[]> bytes, String message) {
        return Arguments.of(name, file, bytes, message);
    }

    private static byte[] half(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length / 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPictures")
    void aBrokenOrHostilePictureIsRefusedAtItsReference(String name, String file, Supplier<byte[]> bytes,
                                                         String message, @TempDir Path tmp) {
        Path report = reportShowing(tmp, file, file, bytes.get());
        Path out = tmp.resolve("out");
        assertPictureRefused(report, out, file, message);
        assertNothingWritten(out);
    }

    @Test
    void aBrokenPictureLeavesTheLastGoodBuildIntact(@TempDir Path tmp) {
        Path report = minimalReport(tmp.resolve("report")).dir();
        Path out = tmp.resolve("out");
        Attempt.Snapshot good = goodBuild(report, out);
        reportShowing(tmp, "chart.png", "chart.png", half(Pictures.png(300, 200)));
        assertPictureRefused(report, out, "chart.png", "is a damaged PNG file");
        assertUnchanged(good, out);
    }

    @Test
    void theWordWriterNeverBlamesTheOutputFolderForAPicture(@TempDir Path tmp) {
        Path report = reportShowing(tmp, "bomb.png", "bomb.png", Pictures.bomb(30_000, 30_000));
        Run run = build(report, tmp.resolve("out"), "--format", "docx");
        assertRefused(run, "foreword.yaml", "image 'bomb.png' is 30000 x 30000 pixels");
        assertThat(run.err()).doesNotContain("output folder").doesNotContain("could not write");
    }

    @Test
    void aBrokenPictureInACouncilPacksOwnProseIsRefusedByCheck(@TempDir Path tmp) throws IOException {
        Path pack = NestingAndSizeTest.councilPack(tmp);
        write(pack.resolve("emblem.png"), half(Pictures.png(300, 200)));
        NestingAndSizeTest.firstInPackProse(pack, "![The council's emblem](emblem.png)");
        Run checked = check(pack);
        assertRefused(checked, "cover.yaml", "image 'emblem.png' is a damaged PNG file");
        assertAt(checked, "cover.yaml", 4, 3, "image 'emblem.png' is a damaged PNG file");
        assertRefused(build(pack, tmp.resolve("out")), "cover.yaml", "image 'emblem.png' is a damaged PNG file");
        assertNothingWritten(tmp.resolve("out"));
    }

    /** A report whose foreword shows {@code file} {@code times} times, a paragraph each (line 2, 4, 6, ...). */
    private static Path reportShowingOften(Path tmp, String file, byte[] bytes, int times) {
        return minimalReport(tmp.resolve("report")).write(file, bytes)
                .write("foreword.yaml", "foreword: |\n" + ("  ![what it shows](" + file + ")\n\n").repeat(times))
                .dir();
    }

    @Test
    void aPictureShownOverAndOverIsRefusedWhereTheDocumentsPicturesPass25Megabytes(@TempDir Path tmp) {
        byte[] noise = Pictures.noisePng(600, 600);
        int fit = (int) (25L * 1024 * 1024 / noise.length);
        Path report = reportShowingOften(tmp, "noise.png", noise, 2000);
        Run run = check(report);
        assertRefused(run, "foreword.yaml", "image 'noise.png' takes the document's pictures past 25 MB");
        assertAt(run, "foreword.yaml", 2 + 2 * fit, 3, "takes the document's pictures past 25 MB");
        assertThat(run.err().lines().filter(l -> l.contains("past 25 MB"))).hasSize(2000 - fit);
    }

    @Test
    void thirteenPicturesOfSixteenMillionPixelsPassTheDocumentsPixelBudget(@TempDir Path tmp) {
        Path report = reportShowingOften(tmp, "huge.png", Pictures.png(4000, 4000), 13);
        Run run = check(report);
        assertRefused(run, "foreword.yaml", "200 million pixels");
        assertAt(run, "foreword.yaml", 2 + 2 * 12, 3, "200 million pixels");
    }

    // ------------------------------------------------------------------------------- where the file is

    /** A setup of the report folder (and beyond it), the reference the prose makes, and what it is told. */
    private record Place(String name, Consumer<Path> setup, String reference, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Place> badPlaces() {
        byte[] png = Pictures.png(30, 20);
        return Stream.of(
                new Place("a folder named chart.png", r -> mkdirs(r.resolve("chart.png")), "chart.png",
                        "is not a regular file"),
                new Place("a FIFO named chart.png", r -> fifo(r.resolve("chart.png")), "chart.png",
                        "is not a regular file"),
                new Place("a link to a picture outside the report", r -> {
                    write(r.resolveSibling("outside.png"), png);
                    link(r.resolve("chart.png"), r.resolveSibling("outside.png"));
                }, "chart.png", "links outside the report folder"),
                new Place("a link that points nowhere", r -> link(r.resolve("chart.png"), r.resolve("gone.png")),
                        "chart.png", "cannot be read"),
                new Place("a missing file", r -> { }, "chart.png", "cannot be found"),
                new Place("'..%2F' climbing out", r -> write(r.resolveSibling("secret.png"), png),
                        "..%2Fsecret.png", "is outside the report folder"),
                new Place("an absolute path", r -> write(r.resolveSibling("secret.png"), png),
                        "/etc/../tmp/secret.png", "is outside the report folder"),
                new Place("backslashes between folders", r -> write(r.resolve("pictures/chart.png"), png),
                        "pictures\\chart.png", "has a backslash in its path"),
                new Place("an encoded backslash", r -> write(r.resolve("pictures/chart.png"), png),
                        "pictures%5Cchart.png", "has a backslash in its path"),
                new Place("a query string", r -> write(r.resolve("chart.png"), png), "chart.png?size=2",
                        "has a query or fragment"),
                new Place("a fragment", r -> write(r.resolve("chart.png"), png), "chart.png#top",
                        "has a query or fragment"),
                new Place("an encoded NUL", r -> write(r.resolve("chart.png"), png), "chart.png%00.png",
                        "has control characters in its path"),
                new Place("a web address", r -> { }, "https://example.org/chart.png", "is not in the report folder"),
                new Place("a file URL", r -> { }, "file:///etc/passwd.png", "is not in the report folder"),
                new Place("no path at all", r -> { }, "", "has no file name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlaces")
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPictureThatIsNotAFileInsideTheReportIsRefused(Place place, @TempDir Path tmp) {
        Path report = reportShowing(tmp, place.reference(), null, null);
        place.setup().accept(report);
        Path out = tmp.resolve("out");
        assertPictureRefused(report, out, place.reference(), place.message());
        assertNothingWritten(out);
    }

    @Test
    void aDataUriIsRefusedAtItsReferenceWithoutQuotingIt(@TempDir Path tmp) {
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(Pictures.noisePng(40, 40));
        Path report = reportShowing(tmp, uri, null, null);
        Path out = tmp.resolve("out");
        assertPictureRefused(report, out, "data:…", "is written into the text as a data: URI");
        assertThat(check(report).err()).hasSizeLessThan(1000);
    }

    @Test
    void aDataUriOfMegabytesIsRefusedWithoutQuotingIt(@TempDir Path tmp) {
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(Pictures.noisePng(600, 600));
        Path report = reportShowing(tmp, uri, null, null);
        for (Run run : List.of(check(report), build(report, tmp.resolve("out")))) {
            assertRefused(run, "foreword.yaml", "error");
            assertThat(run.err()).doesNotContain("iVBOR").hasSizeLessThan(1000);
        }
        assertNothingWritten(tmp.resolve("out"));
    }

    // ------------------------------------------------------------------------------ accepted pictures

    /** Every kind of picture that passes, each with its own size so it can be found in every output. */
    private record Kind(String name, String file, String reference, int width, int height, Supplier<byte[]> bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Kind> goodKinds() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("a 1 x 1 PNG", "dot.png", "dot.png", 1, 1, () -> Pictures.png(1, 1)));
        kinds.add(new Kind("an RGB PNG", "rgb.png", "rgb.png", 301, 200, () -> Pictures.png(301, 200)));
        kinds.add(kind("an RGBA PNG", "rgba.png", 302, w -> Pictures.pngOfType(w, 200, BufferedImage.TYPE_INT_ARGB)));
        kinds.add(kind("a grey PNG", "grey.png", 303, w -> Pictures.pngOfType(w, 200, BufferedImage.TYPE_BYTE_GRAY)));
        kinds.add(kind("a palette PNG", "palette.png", 304,
                w -> Pictures.pngOfType(w, 200, BufferedImage.TYPE_BYTE_INDEXED)));
        kinds.add(kind("a 1-bit PNG", "binary.png", 305,
                w -> Pictures.pngOfType(w, 200, BufferedImage.TYPE_BYTE_BINARY)));
        kinds.add(kind("a 16-bit grey PNG", "grey16.png", 306, w -> Pictures.sixteenBitPng(w, 200, true)));
        kinds.add(kind("a 16-bit RGB PNG", "rgb16.png", 307, w -> Pictures.sixteenBitPng(w, 200, false)));
        kinds.add(kind("a grey and alpha PNG", "greyalpha.png", 308, w -> Pictures.greyAlphaPng(w, 200)));
        kinds.add(kind("an interlaced PNG", "interlaced.png", 309, w -> Pictures.interlacedPng(w, 200)));
        kinds.add(kind("a PNG with a small colour profile", "profile.png", 310,
                w -> Pictures.afterHeader(Pictures.png(w, 200), Pictures.iccp(3000))));
        kinds.add(kind("a PNG with text chunks", "text.png", 311, w -> Pictures.afterHeader(Pictures.png(w, 200),
                Pictures.chunk("tEXt", "Author\0Someone".getBytes(StandardCharsets.ISO_8859_1)))));
        kinds.add(kind("a baseline JPEG", "photo.jpg", 312, w -> Pictures.jpeg(w, 200)));
        kinds.add(kind("a grey JPEG", "greyphoto.jpeg", 313,
                w -> Pictures.write(Pictures.drawn(w, 200, BufferedImage.TYPE_BYTE_GRAY), "jpeg")));
        kinds.add(kind("a progressive JPEG", "progressive.jpg", 314, w -> Pictures.progressiveJpeg(w, 200)));
        kinds.add(kind("a JPEG with 4 MB of EXIF", "exif.jpg", 315,
                w -> Pictures.withExif(Pictures.jpeg(w, 200), 65_000, 64, "GPS-SECRET-LOCATION")));
        kinds.add(new Kind("a picture of 16 million pixels (the limit)", "huge.png", "huge.png", 4000, 4000,
                () -> Pictures.png(4000, 4000)));
        kinds.add(new Kind("a name written with %20", "my chart.png", "my%20chart.png", 316, 200,
                () -> Pictures.png(316, 200)));
        kinds.add(new Kind("a path that leaves and comes back", "back.png", "../report/./back.png", 317, 200,
                () -> Pictures.png(317, 200)));
        kinds.add(new Kind("a link to a picture inside the report", "pictures/target.png", "linked.png", 318, 200,
                () -> Pictures.png(318, 200)));
        return kinds;
    }

    private static Kind kind(String name, String file, int width, java.util.function.IntFunction<byte[]> bytes) {
        return new Kind(name, file, file, width, 200, () -> bytes.apply(width));
    }

    @TempDir
    static Path shared;
    private static Run goodRun;
    private static String html;
    private static List<String> pdfImages;
    private static List<String> docxImages;
    private static String everything;

    /** One report showing every good kind, built once in every format. */
    @BeforeAll
    static void buildEveryGoodKind() throws IOException {
        ReportFolder report = minimalReport(shared.resolve("report"));
        StringBuilder foreword = new StringBuilder("foreword: |\n");
        for (Kind k : goodKinds()) {
            report.write(k.file(), k.bytes().get());
            foreword.append("  ![picture: ").append(k.name()).append("](").append(k.reference()).append(")\n\n");
        }
        Files.createSymbolicLink(report.dir().resolve("linked.png"), Path.of("pictures/target.png"));
        report.write("foreword.yaml", foreword.toString());
        Path out = shared.resolve("out");
        goodRun = build(report.dir(), out);
        Path dir = out.resolve("report");
        if (goodRun.status() == 0) {
            html = Files.readString(dir.resolve("report-draft.html"));
            pdfImages = pdfImageSizes(dir.resolve("report-draft.pdf"));
            docxImages = docxImageSizes(dir.resolve("report-draft.docx"));
            everything = html + new String(Files.readAllBytes(dir.resolve("report-draft.pdf")), StandardCharsets.ISO_8859_1)
                    + unzipped(dir.resolve("report-draft.docx"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodKinds")
    void aGoodPictureIsPrintedInThePdfTheWordFileAndTheHtml(Kind kind) {
        assertNoFault(goodRun);
        assertThat(goodRun.status()).as(goodRun.err()).isZero();
        assertThat(html).containsPattern("<img src=\"data:image/(png|jpeg);base64,[^\"]+\" alt=\"picture: "
                + java.util.regex.Pattern.quote(kind.name()) + "\"");
        String size = kind.width() + "x" + kind.height();
        assertThat(pdfImages).as("pictures in the PDF").contains(size);
        assertThat(docxImages).as("pictures in the Word file").contains(size);
    }

    @Test
    void cameraMetadataIsLeftOutOfEveryOutput() {
        assertThat(goodRun.status()).as(goodRun.err()).isZero();
        assertThat(everything).doesNotContain("GPS-SECRET-LOCATION").doesNotContain("Someone");
    }

    // ------------------------------------------------------------------------------------ outputs read

    /** Width x height of every picture the PDF's pages (and their forms) draw. */
    private static List<String> pdfImageSizes(Path pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), sizes, 0);
            }
        }
        return sizes;
    }

    private static void collect(PDResources resources, List<String> sizes, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                sizes.add(image.getWidth() + "x" + image.getHeight());
            } else if (x instanceof PDFormXObject form) {
                collect(form.getResources(), sizes, depth + 1);
            }
        }
    }

    /** Width x height of every picture in the Word file's media, read from their headers. */
    private static List<String> docxImageSizes(Path docx) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("word/media/")) {
                    try (ImageInputStream in = ImageIO.createImageInputStream(
                            new ByteArrayInputStream(zip.getInputStream(e).readAllBytes()))) {
                        ImageReader reader = ImageIO.getImageReaders(in).next();
                        reader.setInput(in);
                        sizes.add(reader.getWidth(0) + "x" + reader.getHeight(0));
                        reader.dispose();
                    }
                }
            }
        }
        return sizes;
    }

    private static String unzipped(Path docx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    // ---------------------------------------------------------------------------------- file helpers

    private static void write(Path p, byte[] bytes) {
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A named pipe. Should a reader open it, a daemon thread writes a few bytes after a while, so a Rapporteur
     * that reads it fails this test instead of hanging the suite.
     */
    private static void fifo(Path p) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", p.toString()).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is available");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Thread unblock = new Thread(() -> {
            try {
                Thread.sleep(20_000);
                try (OutputStream o = Files.newOutputStream(p)) {
                    o.write("not a picture".getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        unblock.setDaemon(true);
        unblock.start();
    }

    // -------------------------------------------------------------------------------------- pictures

    /** Picture files made in code: javax.imageio for real pictures, byte surgery for broken and hostile ones. */
    static final class Pictures {

        static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

        static BufferedImage drawn(int w, int h, int type) {
            BufferedImage image = new BufferedImage(w, h, type);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0x2050a0));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0xe0a020));
            g.fillOval(w / 4, h / 4, Math.max(1, w / 2), Math.max(1, h / 2));
            g.dispose();
            return image;
        }

        static byte[] write(RenderedImage image, String format) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(image, format, out)) {
                    throw new IllegalStateException("no writer for " + format);
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static byte[] png(int w, int h) {
            return write(drawn(w, h, BufferedImage.TYPE_INT_RGB), "png");
        }

        static byte[] pngOfType(int w, int h, int type) {
            return write(drawn(w, h, type), "png");
        }

        static byte[] jpeg(int w, int h) {
            return write(drawn(w, h, BufferedImage.TYPE_INT_RGB), "jpeg");
        }

        /** Random pixels: a PNG that does not compress. */
        static byte[] noisePng(int w, int h) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(12);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    image.setRGB(x, y, random.nextInt());
                }
            }
            return write(image, "png");
        }

        private static byte[] withParam(RenderedImage image, String format, Consumer<ImageWriteParam> setup) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                ImageWriteParam param = writer.getDefaultWriteParam();
                setup.accept(param);
                writer.write(null, new IIOImage(image, null, null), param);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }

        static byte[] interlacedPng(int w, int h) {
            return withParam(drawn(w, h, BufferedImage.TYPE_INT_RGB), "png",
                    p -> p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT));
        }

        static byte[] progressiveJpeg(int w, int h) {
            return withParam(drawn(w, h, BufferedImage.TYPE_INT_RGB), "jpeg",
                    p -> p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT));
        }

        /** A four-channel JPEG written from a raster: what ImageIO makes of CMYK. */
        static byte[] cmykJpeg(int w, int h) {
            WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    raster.setPixel(x, y, new int[] {x % 256, y % 256, 40, 10});
                }
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(raster, null, null), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }

        static byte[] sixteenBitPng(int w, int h, boolean grey) {
            ColorSpace space = ColorSpace.getInstance(grey ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
            ComponentColorModel model = new ComponentColorModel(space, false, false, Transparency.OPAQUE,
                    DataBuffer.TYPE_USHORT);
            WritableRaster raster = model.createCompatibleWritableRaster(w, h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int b = 0; b < raster.getNumBands(); b++) {
                        raster.setSample(x, y, b, (x * 65535 / w + b * 9000) & 0xffff);
                    }
                }
            }
            return write(new BufferedImage(model, raster, false, null), "png");
        }

        static byte[] greyAlphaPng(int w, int h) {
            ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true,
                    false, Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
            WritableRaster raster = model.createCompatibleWritableRaster(w, h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    raster.setSample(x, y, 0, x * 255 / w);
                    raster.setSample(x, y, 1, 128 + y % 128);
                }
            }
            return write(new BufferedImage(model, raster, false, null), "png");
        }

        static byte[] webp() {
            byte[] body = concat("WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), new byte[40]);
            return concat("RIFF".getBytes(StandardCharsets.ISO_8859_1),
                    ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(), body);
        }

        static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.writeBytes(p);
            }
            return out.toByteArray();
        }

        /** A PNG chunk with its length and checksum. */
        static byte[] chunk(String type, byte[] data) {
            byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(t);
            crc.update(data);
            return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data)
                    .putInt((int) crc.getValue()).array();
        }

        /** The PNG with {@code chunk} inserted right after its header chunk. */
        static byte[] afterHeader(byte[] png, byte[] chunk) {
            int at = PNG_SIGNATURE.length + 25;
            return concat(java.util.Arrays.copyOf(png, at), chunk, java.util.Arrays.copyOfRange(png, at, png.length));
        }

        /** The PNG with its first checksum (the header's) wrong. */
        static byte[] badChecksum(byte[] png) {
            byte[] copy = png.clone();
            copy[PNG_SIGNATURE.length + 8 + 13] ^= 0x55;
            return copy;
        }

        /** The PNG with its first picture-data chunk cut to half, the chunk's length and checksum made right. */
        static byte[] cutPictureData(byte[] png) {
            int at = PNG_SIGNATURE.length;
            while (true) {
                int length = ByteBuffer.wrap(png, at, 4).getInt();
                String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
                if (type.equals("IDAT")) {
                    byte[] data = java.util.Arrays.copyOfRange(png, at + 8, at + 8 + length / 2);
                    return concat(java.util.Arrays.copyOf(png, at), chunk("IDAT", data),
                            java.util.Arrays.copyOfRange(png, at + 12 + length, png.length));
                }
                at += 12 + length;
            }
        }

        /** The JPEG cut a third of the way into its picture data, with its end marker put back. */
        static byte[] cutScan(byte[] jpeg) {
            int sos = 2;
            while (!((jpeg[sos] & 0xff) == 0xFF && (jpeg[sos + 1] & 0xff) == 0xDA)) {
                sos++;
            }
            int cut = sos + (jpeg.length - sos) / 3;
            return concat(java.util.Arrays.copyOf(jpeg, cut), new byte[] {(byte) 0xFF, (byte) 0xD9});
        }

        static byte[] animated(byte[] png) {
            return afterHeader(png, chunk("acTL", ByteBuffer.allocate(8).putInt(2).putInt(0).array()));
        }

        private static byte[] deflate(byte[] data) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            while (!d.finished()) {
                out.write(buffer, 0, d.deflate(buffer));
            }
            d.end();
            return out.toByteArray();
        }

        static byte[] ztxt(int inflated) {
            return chunk("zTXt", concat("Comment\0\0".getBytes(StandardCharsets.ISO_8859_1),
                    deflate(new byte[inflated])));
        }

        static byte[] iccp(int inflated) {
            return chunk("iCCP", concat("icc\0\0".getBytes(StandardCharsets.ISO_8859_1), deflate(new byte[inflated])));
        }

        static byte[] itxt(int inflated) {
            return chunk("iTXt", concat("Comment\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1),
                    deflate(new byte[inflated])));
        }

        /** The JPEG with {@code count} APP1 (EXIF) segments of {@code size} bytes, each naming {@code marker}. */
        static byte[] withExif(byte[] jpeg, int size, int count, String marker) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            byte[] head = ("Exif\0\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < count; i++) {
                byte[] body = new byte[size];
                System.arraycopy(head, 0, body, 0, head.length);
                out.write(0xFF);
                out.write(0xE1);
                out.write((size + 2) >> 8);
                out.write((size + 2) & 0xff);
                out.writeBytes(body);
            }
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        }

        /**
         * A decompression bomb: a valid PNG of w x h black pixels whose picture data is a few MB at most (deflate
         * blocks of a million zero bytes each, repeated: cheap to make, gigabytes to decode).
         */
        static byte[] bomb(int w, int h) {
            byte[] header = ByteBuffer.allocate(13).putInt(w).putInt(h).put(new byte[] {8, 2, 0, 0, 0}).array();
            long total = (long) h * (1 + 3L * w);
            int unit = 1 << 20;
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            data.write(0x78);
            data.write(0xDA);
            byte[] block = zeros(unit);
            for (long done = 0; done + unit <= total; done += unit) {
                data.writeBytes(block);
            }
            data.writeBytes(zeros((int) (total % unit)));
            data.write(0x03); // an empty final block
            data.write(0x00);
            long adler = ((total % 65521) << 16) | 1; // of zeros: a stays 1, b grows by 1 a byte
            data.writeBytes(ByteBuffer.allocate(4).putInt((int) adler).array());
            return concat(PNG_SIGNATURE, chunk("IHDR", header), chunk("IDAT", data.toByteArray()),
                    chunk("IEND", new byte[0]));
        }

        /** Raw deflate blocks (no header, not final, history flushed) of {@code n} zero bytes. */
        private static byte[] zeros(int n) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            d.setInput(new byte[n]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            int k;
            do {
                k = d.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, k);
            } while (k == buffer.length || !d.needsInput());
            d.end();
            return out.toByteArray();
        }
    }
}
