package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNoFault;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.assertWarned;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;
import org.rapporteur.write.PdfText;
import org.rapporteur.write.PdfValidation;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Unicode and fonts: every character an author writes either prints (in logical order, never as '#') or is named,
 * at its file, line and column, as a warning in a draft and an error in a final build; broken and deceptive
 * characters are refused or flagged wherever they stand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnicodeAndFontsTest {

    // -------------------------------------------------------------------------------------------------------------
    // Where a text can stand: each writes one file of a minimal report with the sample in it.

    /** A kind of value an author writes, and the file that holds it. */
    record Place(String label, String file, Function<String, String> yaml) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Place PROSE = new Place("prose", "foreword.yaml",
            s -> "foreword: |\n  The team met " + s + " during the inspection.\n");
    static final Place NAME = new Place("a name in report.yaml", "report.yaml",
            s -> ReportFolder.METADATA_2021.replace("leadInspector: Ann Example", "leadInspector: \"Ann " + s + "\"")
                    + ReportFolder.MINIMAL_SAMPLE);
    static final Place SERVICE = new Place("the service name", "report.yaml",
            s -> ReportFolder.METADATA_2021.replace("name: Testshire Youth Justice Service",
                    "name: \"Testshire " + s + " Youth Justice Service\"") + ReportFolder.MINIMAL_SAMPLE);
    static final Place CELL = new Place("a table cell", "facts.yaml", s -> """
            contextualFacts:
              - title: Caseload
                columns: [Area, Cases]
                rows:
                  - ["North", "12"]
                  - ["%s", "7"]
            """.formatted(s));
    static final Place GLOSSARY = new Place("a glossary term", "glossary.yaml",
            s -> "glossary:\n  - term: \"" + s + "\"\n    definition: A word the report uses.\n");
    static final Place QUOTE = new Place("a quote", "involvement.yaml",
            s -> "involvementQuotes:\n  - { text: \"They listened to " + s + ".\", from: child }\n");

    static Path report(Path dir, Place place, String sample) {
        ReportFolder folder = ReportFolder.minimal(dir);
        folder.write(place.file(), place.yaml().apply(sample));
        return dir;
    }

    /** Line and column (code points, 1-based) of the first occurrence of {@code what} in the file. */
    static int[] where(Path file, String what) {
        String text = read(file);
        int at = text.indexOf(what);
        assertThat(at).as(what + " in " + file).isGreaterThanOrEqualTo(0);
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        String lineText = before.substring(before.lastIndexOf('\n') + 1);
        return new int[] {line, lineText.codePointCount(0, lineText.length()) + 1};
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The system property naming the fallback font folder (docs/fonts.md). */
    static final String FONT_FOLDER = "rapporteur.fonts";

    /** Fallback fonts .ci/run installs, one per package. */
    static final List<String> FALLBACK_FILES = List.of("noto/NotoSansArabic-Regular.ttf",
            "droid/DroidSansFallbackFull.ttf", "nanum/NanumGothic.ttf", "ancient-scripts/Symbola_hint.ttf");

    /** Runs {@code body} as on a machine without the fallback fonts (an empty font folder). */
    static <T> T withoutFallbackFonts(Path empty, java.util.function.Supplier<T> body) {
        String before = System.getProperty(FONT_FOLDER);
        System.setProperty(FONT_FOLDER, empty.toString());
        try {
            return body.get();
        } finally {
            if (before == null) {
                System.clearProperty(FONT_FOLDER);
            } else {
                System.setProperty(FONT_FOLDER, before);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // 1. Characters no font has: a located warning in check and draft, an error in final. Without the fallback
    //    fonts, every script DejaVu lacks is such a character, in every kind of value.

    static Stream<Arguments> missingGlyphs() {
        return Stream.of(
                Arguments.of("Chinese", "北京", PROSE),
                Arguments.of("Chinese", "王小明", NAME),
                Arguments.of("Japanese", "東京さん", PROSE),
                Arguments.of("Japanese", "カタカナ", CELL),
                Arguments.of("Korean", "서울", GLOSSARY),
                Arguments.of("Korean", "김민준", SERVICE),
                Arguments.of("Devanagari", "नमस्ते", CELL),
                Arguments.of("Bengali", "বাংলা", QUOTE),
                Arguments.of("Thai", "สวัสดี", NAME),
                Arguments.of("emoji", "👍", GLOSSARY),
                Arguments.of("mathematical bold", "𝐀𝐁", PROSE));
    }

    @ParameterizedTest(name = "{0} in {2}: located warning in check, error in final (no fallback fonts)")
    @MethodSource("missingGlyphs")
    void aCharacterNoFontHasIsNamedWhereItStands(String script, String sample, Place place, @TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), place, sample);
        Path empty = mkdirs(tmp.resolve("no-fonts"));
        int[] at = where(dir.resolve(place.file()), sample);
        String name = "U+" + String.format("%04X", sample.codePointAt(0));

        Run check = withoutFallbackFonts(empty, () -> Attempt.check(dir));
        assertThat(check.status()).as(check.err()).isZero();
        assertWarned(check, place.file(), "cannot be printed");
        assertAt(check, place.file(), at[0], at[1], name);

        Path out = tmp.resolve("out");
        Run fin = withoutFallbackFonts(empty, () -> Attempt.build(dir, out, "--final", "--format", "xhtml"));
        assertRefused(fin, place.file(), "cannot be printed");
        assertAt(fin, place.file(), at[0], at[1], name);
        assertNothingWritten(out);
    }

    @Test
    void withoutTheFallbackFontsADraftPdfIsStillBuiltAndSaysWhatIsMissing(@TempDir Path tmp) throws IOException {
        Path dir = report(tmp.resolve("r"), PROSE, "北京 and שלום");
        Path out = tmp.resolve("out");
        Run draft = withoutFallbackFonts(mkdirs(tmp.resolve("no-fonts")),
                () -> Attempt.build(dir, out, "--format", "pdf"));
        assertThat(draft.status()).as(draft.err()).isZero();
        assertWarned(draft, "foreword.yaml", "U+5317 CJK UNIFIED IDEOGRAPH-5317");
        assertThat(Files.size(out.resolve("r/r-draft.pdf"))).isPositive();
    }

    @Test
    void aSequenceOfEmojiIsReportedOnceNotOncePerJoinerOrSelector(@TempDir Path tmp) {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man ZWJ woman ZWJ girl
        Path dir = report(tmp.resolve("r"), PROSE, family + " and \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
        Run check = withoutFallbackFonts(mkdirs(tmp.resolve("no-fonts")), () -> Attempt.check(dir));
        List<String> lines = check.err().lines().filter(l -> l.contains("cannot be printed")).toList();
        assertThat(lines).as(check.err()).hasSize(1);
        assertThat(lines.get(0)).contains("U+1F468 MAN, U+1F469 WOMAN, U+1F467 GIRL").contains("1 more in this text")
                .doesNotContain("U+200D");
    }

    // -------------------------------------------------------------------------------------------------------------
    // 2. With the fallback fonts, every common script prints: the PDF's text holds the characters in logical
    //    order, nothing became '#', and the PDF is still PDF/UA-1 and PDF/A-3u.

    private Path printed;
    private byte[] pdf;
    private String pdfText;
    private Run printRun;

    static final String MIXED = "The inspector spoke with محمد علي, aged 15, on 3 March about 25 cases.";

    @BeforeAll
    void buildTheReportInEveryScript() throws IOException {
        Path fonts = Path.of(System.getProperty(FONT_FOLDER, "/usr/share/fonts/truetype"));
        assertThat(FALLBACK_FILES).as("fallback fonts in " + fonts + " (Debian: fonts-noto-core "
                + "fonts-droid-fallback fonts-nanum fonts-symbola; .ci/run installs them)")
                .allMatch(f -> Files.isRegularFile(fonts.resolve(f)));
        printed = Files.createTempDirectory("unicode-fonts");
        Path dir = printed.resolve("scripts");
        ReportFolder folder = ReportFolder.minimal(dir);
        folder.write("report.yaml", ReportFolder.METADATA_2021
                .replace("leadInspector: Ann Example", "leadInspector: \"Ann 李 Example\"")
                + ReportFolder.MINIMAL_SAMPLE);
        folder.write("foreword.yaml", "foreword: |\n"
                + "  Chinese: 北京市青少年司法服务. Japanese: ひらがな カタカナ 東京. Korean: 한국어 서울.\n\n"
                + "  Hebrew: שלום עולם. Arabic: مرحبا بالعالم.\n\n"
                + "  " + MIXED + "\n\n"
                + "  Emoji: 👍 ❤️ 👨‍👩‍👧. Mathematics: 𝐀𝐁𝐂 𝔸. Combining: café. Thai: สวัสดี.\n");
        folder.write("glossary.yaml", "glossary:\n  - term: \"שלום\"\n    definition: Peace, in Hebrew.\n"
                + "  - term: \"東京\"\n    definition: Tokyo.\n");
        folder.write("facts.yaml", "contextualFacts:\n  - title: Names\n    columns: [Name, Cases]\n    rows:\n"
                + "      - [\"محمد\", \"12\"]\n      - [\"서울\", \"7\"]\n");
        printRun = Attempt.build(dir, printed.resolve("out"), "--format", "pdf,html,docx");
        assertThat(printRun.status()).as(printRun.err()).isZero();
        pdf = Files.readAllBytes(printed.resolve("out/scripts/scripts-draft.pdf"));
        pdfText = String.join("\n", PdfText.pages(pdf));
    }

    @AfterAll
    void cleanUp() throws IOException {
        if (printed != null) {
            try (Stream<Path> walk = Files.walk(printed)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Stream<Arguments> printedSamples() {
        return Stream.of(
                Arguments.of("Chinese in prose", "北京市青少年司法服务"),
                Arguments.of("Chinese in a name", "Ann 李 Example"),
                Arguments.of("Japanese in prose", "ひらがな カタカナ 東京"),
                Arguments.of("Japanese in a glossary term", "東京"),
                Arguments.of("Korean in prose", "한국어 서울"),
                Arguments.of("Korean in a table cell", "서울"),
                Arguments.of("Hebrew in prose", "שלום עולם"),
                Arguments.of("Arabic in prose", "مرحبا بالعالم"),
                Arguments.of("Arabic in a table cell", "محمد"),
                Arguments.of("mixed right-to-left and left-to-right with digits", MIXED),
                Arguments.of("emoji", "👍"),
                Arguments.of("mathematical alphanumerics (astral)", "𝐀𝐁𝐂 𝔸"),
                Arguments.of("Thai", "สวัสดี"));
    }

    @ParameterizedTest(name = "prints: {0}")
    @MethodSource("printedSamples")
    void aCommonScriptPrintsInLogicalOrder(String label, String sample) {
        String flat = pdfText.replaceAll("\\s+", " ");
        assertThat(flat).as("the PDF's text").contains(Normalizer.normalize(sample, Normalizer.Form.NFKC));
    }

    @Test
    void nothingPrintsAsAReplacementAndNothingIsReported() {
        assertThat(pdfText).doesNotContain("#");
        assertThat(printRun.err()).doesNotContain("cannot be printed");
    }

    @Test
    void thePdfWithFallbackFontsAndRightToLeftTextIsStillPdfUaAndPdfA() {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void theHtmlGivesRightToLeftBlocksTheirDirection() {
        String html = read(printed.resolve("out/scripts/scripts-draft.html"));
        assertThat(html).contains("dir=\"auto\">Hebrew: שלום עולם.")
                .contains("<p dir=\"auto\">" + MIXED.substring(0, 20));
        assertThat(html).doesNotContain("dir=\"auto\">Chinese");
    }

    @Test
    void theWordFileMarksRightToLeftRuns() throws IOException {
        try (ZipFile zip = new ZipFile(printed.resolve("out/scripts/scripts-draft.docx").toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(xml).contains("<w:rtl/>");
        }
    }

    @Test
    void aReportWithFallbackFontsAndRightToLeftTextRebuildsToTheSameBytes(@TempDir Path tmp) throws IOException {
        Path again = tmp.resolve("again");
        Run run = Attempt.build(printed.resolve("scripts"), again, "--format", "pdf");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(again.resolve("scripts/scripts-draft.pdf"))).isEqualTo(pdf);
    }

    @Test
    void anEmojiSequenceAndCombiningMarksAreNotReportedWhenTheirBaseCharactersPrint(@TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), PROSE, "👨‍👩‍👧 ❤️ e\u0301 1\uFE0F\u20E3");
        Run check = Attempt.check(dir);
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.err()).doesNotContain("cannot be printed");
    }

    @Test
    void aScriptThePdfCannotShapeIsAWarningInADraftAndRefusedInFinal(@TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), PROSE, "क्षत्रिय");
        int[] at = where(dir.resolve("foreword.yaml"), "क्षत्रिय");
        Run check = Attempt.check(dir);
        assertWarned(check, "foreword.yaml", "Devanagari text");
        assertAt(check, "foreword.yaml", at[0], at[1], "cannot be set correctly");
        Run fin = Attempt.build(dir, tmp.resolve("out"), "--final", "--format", "xhtml");
        assertRefused(fin, "foreword.yaml", "Devanagari text");
    }

    // -------------------------------------------------------------------------------------------------------------
    // 3. Unicode hygiene: broken and invisible characters are errors everywhere; deceptive ones are flagged.

    static Stream<Arguments> brokenCharacters() {
        return Stream.of(
                Arguments.of("a C0 control (BEL) in the service name", SERVICE, "\\x07", "control character U+0007"),
                Arguments.of("a C1 control (CSI) in a table cell", CELL, "\\x9B", "control character U+009B"),
                Arguments.of("an escape control (ESC) in a glossary term", GLOSSARY, "\\e[31m",
                        "control character U+001B"),
                Arguments.of("an unpaired surrogate in a name", NAME, "\\uD800", "half of a surrogate pair"),
                Arguments.of("a noncharacter in a quote", QUOTE, "\\uFFFE", "U+FFFE is a Unicode noncharacter"));
    }

    @ParameterizedTest(name = "refused everywhere: {0}")
    @MethodSource("brokenCharacters")
    void aBrokenCharacterIsAnErrorAtItsEscape(String label, Place place, String escape, String message,
                                             @TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), place, escape);
        int[] at = where(dir.resolve(place.file()), escape);
        Run check = Attempt.check(dir);
        assertRefused(check, place.file(), message);
        assertAt(check, place.file(), at[0], at[1], message);
        Path out = tmp.resolve("out");
        assertRefused(Attempt.build(dir, out, "--format", "html"), place.file(), message);
        assertNothingWritten(out);
    }

    static Stream<Arguments> rawControls() {
        return Stream.of(
                Arguments.of("a NUL byte in prose", PROSE, "\u0000", "U+0000"),
                Arguments.of("a raw BEL in the service name", SERVICE, "\u0007", "U+0007"),
                Arguments.of("a raw DEL in a table cell", CELL, "\u007F", "U+007F"));
    }

    @ParameterizedTest(name = "refused where it stands: {0}")
    @MethodSource("rawControls")
    void aControlCharacterWrittenAsItselfIsAnErrorAtItsPlace(String label, Place place, String control,
                                                           String name, @TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), place, "ab" + control + "cd");
        int[] at = where(dir.resolve(place.file()), control);
        Run check = Attempt.check(dir);
        assertRefused(check, place.file(), name);
        assertAt(check, place.file(), at[0], at[1], name);
        assertThat(check.err()).doesNotContain(control);
    }

    @Test
    void aNoncharacterWrittenAsItselfInProseIsAnErrorAtIt(@TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), PROSE, "x\uFDD0y");
        int[] at = where(dir.resolve("foreword.yaml"), "\uFDD0");
        Run check = Attempt.check(dir);
        assertRefused(check, "foreword.yaml", "U+FDD0 is a Unicode noncharacter");
        assertAt(check, "foreword.yaml", at[0], at[1], "noncharacter");
    }

    static Stream<Arguments> flaggedCharacters() {
        return Stream.of(
                Arguments.of("a right-to-left override in the service name", SERVICE, "\u202E", "possible spoofing"),
                Arguments.of("a left-to-right embedding in a name", NAME, "\u202A", "possible spoofing"),
                Arguments.of("a right-to-left isolate in a glossary term", GLOSSARY, "\u2067", "possible spoofing"),
                Arguments.of("a left-to-right override in prose", PROSE, "\u202D", "possible spoofing"),
                Arguments.of("a private-use character in prose", PROSE, "\uE000", "private-use character U+E000"),
                Arguments.of("a private-use character in a table cell", CELL, "\uDB80\uDC00",
                        "private-use character U+F0000"),
                Arguments.of("an unassigned code point in a name", NAME, "\u0378",
                        "U+0378 is not an assigned Unicode character"));
    }

    @ParameterizedTest(name = "warned in check, refused in final: {0}")
    @MethodSource("flaggedCharacters")
    void aDeceptiveOrMeaninglessCharacterIsFlaggedAtIt(String label, Place place, String character, String message,
                                                      @TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), place, "ab" + character + "cd");
        int[] at = where(dir.resolve(place.file()), character);
        Run check = Attempt.check(dir);
        assertThat(check.status()).as(check.err()).isZero();
        assertWarned(check, place.file(), message);
        assertAt(check, place.file(), at[0], at[1], message);
        assertThat(check.err()).as("the control itself never reaches the terminal").doesNotContain(character);
        Path out = tmp.resolve("out");
        assertRefused(Attempt.build(dir, out, "--final", "--format", "xhtml"), place.file(), message);
        assertNothingWritten(out);
    }

    @Test
    void isolatesAroundAPhraseInProseAreFine(@TempDir Path tmp) {
        Path dir = report(tmp.resolve("r"), PROSE, "\u2067محمد\u2069 (15)");
        Run check = Attempt.check(dir);
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.err()).doesNotContain("spoofing");
    }

    @Test
    void aCaseIdIsNeverPrintedSoItsCharactersAreNotChecked(@TempDir Path tmp) {
        Path dir = tmp.resolve("r");
        ReportFolder.minimal(dir).write("cases/court.yaml", "cases:\n" + ReportFolder.courtCase("案例\uE000", null)
                + ReportFolder.courtCase("C2", null));
        Run check = withoutFallbackFonts(mkdirs(tmp.resolve("no-fonts")), () -> Attempt.check(dir));
        assertThat(check.status()).as(check.err()).isZero();
        assertNoFault(check);
        assertThat(check.err()).doesNotContain("cannot be printed").doesNotContain("private-use");
    }

    @Test
    void aPackFieldIsCheckedInThePackFile(@TempDir Path tmp) {
        Path content = tmp.resolve("content");
        Example.copyTree(Example.DIR, content.resolve("example-yjs"));
        Path pack = Example.copyTree(ReportFolder.project().resolve("content/example-council-pack"),
                content.resolve("example-council-pack"));
        Path yaml = pack.resolve("pack.yaml");
        try {
            Files.writeString(yaml, read(yaml).replace("council: Kestrelford County Council",
                    "council: \"Kestrelford \u202E County Council\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] at = where(yaml, "\u202E");
        Run check = Attempt.check(pack);
        assertWarned(check, "pack.yaml", "possible spoofing");
        assertAt(check, "pack.yaml", at[0], at[1], "U+202E RIGHT-TO-LEFT OVERRIDE");
    }

    private static Path mkdirs(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
