package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;
import org.rapporteur.write.AxeCheck;
import org.rapporteur.write.PdfText;

/**
 * Injection: text an author types (a service's short name, a council's name, a panel) lands in every output as
 * text and nothing else. It never reaches a stylesheet (the running page footers are elements, not CSS strings),
 * never becomes markup, an attribute or a script, and the HTML page's Content-Security-Policy lets it load and run
 * nothing. Each payload is tried in every report kind whose page footer carries author text.
 */
class InjectionTest {

    /** Marks every payload, so a stylesheet or attribute holding it is easy to find. */
    static final String MARK = "Zq9";

    static final List<String> PAYLOADS = List.of(
            MARK + "\"; } body { display: none } .x { content: \"",
            MARK + "'; } body { display: none } .x { content: '",
            MARK + "\\\"; } * { visibility: hidden } /*",
            MARK + " } @import url(http://127.0.0.1:9/evil.css); {",
            MARK + "\"; background: url(https://example.org/track.png); content: \"",
            MARK + "</style><script>alert(1)</script><style>",
            MARK + " ends with a backslash \\",
            MARK + " \\A0 \\22 \\5c are CSS escapes, printed as typed",
            MARK + " ]]> <!-- --> &amp; &lt;b&gt; <![CDATA[ x ]]>",
            MARK + " \" onmouseover=\"alert(1)\" data-x=\"",
            MARK + " first line\nsecond line",
            MARK + " {{score}} ${7*7} <#assign x=1> @{x}");

    /** A report kind with author text in its page footer: how to plant a value, and the footers it should print. */
    record Kind(String name, Path example, Map<String, String> fields, List<String> footers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Kind> kinds(String value) {
        return List.of(
                new Kind("full report", Example.DIR, Map.of("report.yaml", "shortName"),
                        List.of(value + " inspection report")),
                new Kind("2018 report", project("content/example-2018"), Map.of("report.yaml", "shortName"),
                        List.of(value + ": inspection of youth offending services")),
                new Kind("SQS letter", project("content/example-sqs"), Map.of("report.yaml", "area"),
                        List.of("SQS of youth offending work in " + value)),
                new Kind("council pack", project("content/example-council-pack"),
                        Map.of("pack.yaml", "council|panel", "../example-yjs/report.yaml", "shortName"),
                        List.of(value + " · " + value + " · 12 March 2026", value + " inspection report")));
    }

    static Stream<Arguments> payloadsInEveryKind() {
        List<Arguments> cases = new ArrayList<>();
        for (String payload : PAYLOADS) {
            for (Kind kind : kinds(payload)) {
                cases.add(Arguments.of(kind, payload));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("payloadsInEveryKind")
    void authorTextIsTextInTheDocumentAndThePage(Kind kind, String payload, @TempDir Path tmp) throws IOException {
        Path dir = plant(kind, payload, tmp);
        Run run = Attempt.build(dir, tmp.resolve("out"), "--format", "xhtml,html");
        assertThat(run.status()).as(run.err()).isZero();
        Attempt.assertNoFault(run);
        String name = dir.getFileName().toString();

        Document xhtml = Jsoup.parse(Files.readString(tmp.resolve("out/" + name + "/" + name + "-draft.xhtml")), "",
                Parser.xmlParser());
        assertNoActiveContent(xhtml);
        assertThat(xhtml.select("p.page-foot").eachText()).as("the running footers print the text as typed")
                .containsAll(kind.footers().stream().map(InjectionTest::collapsed).toList());

        Document html = Jsoup.parse(Files.readString(tmp.resolve("out/" + name + "/" + name + "-draft.html")));
        assertNoActiveContent(html);
        assertThat(html.select("p.page-foot")).as("page furniture is not part of the web page").isEmpty();
        assertStrictPolicy(html);
    }

    /** The PDF prints the hostile text in its footer, literally, and hides nothing of the report. */
    @ParameterizedTest(name = "PDF of the {0}")
    @MethodSource("hidingPayloadInEveryKind")
    void thePdfFooterPrintsTheTextAndHidesNothing(Kind kind, String payload, @TempDir Path tmp) throws IOException {
        Path dir = plant(kind, payload, tmp);
        Run run = Attempt.build(dir, tmp.resolve("out"), "--format", "pdf");
        assertThat(run.status()).as(run.err()).isZero();
        String name = dir.getFileName().toString();
        List<String> pages = PdfText.pages(Files.readAllBytes(tmp.resolve("out/" + name + "/" + name + "-draft.pdf")));
        String all = String.join("\n", pages);
        assertThat(all).as("the footer text as typed").contains(kind.footers().get(0));
        assertThat(pages.get(pages.size() - 1).strip()).as("the last page still shows its text").isNotEmpty();
        assertThat(pages.stream().filter(p -> p.strip().length() > 40).count()).as("pages with text")
                .isGreaterThan(pages.size() / 2);
    }

    static Stream<Arguments> hidingPayloadInEveryKind() {
        String payload = PAYLOADS.get(0);
        return kinds(payload).stream().map(k -> Arguments.of(k, payload));
    }

    /** Opened in Chromium, a page built from hostile text asks for nothing, is not hidden, and breaks no policy. */
    @Test
    void theHostilePageLoadsNothingAndShowsEverything(@TempDir Path tmp) throws IOException {
        // closes the string, the margin box and the page rule, so that what follows is a rule of the whole page
        String payload = MARK + "\"; } } body { display: none } .x { background: url(http://127.0.0.1:9/t.png) }"
                + " @page { @bottom-left { content: \"";
        Kind kind = kinds(payload).get(0);
        Path dir = plant(kind, payload, tmp);
        Run run = Attempt.build(dir, tmp.resolve("out"), "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        AxeCheck.PageLoad load = AxeCheck.load(tmp.resolve("out/example-yjs/example-yjs-draft.html"),
                "() => getComputedStyle(document.body).display + ' ' + document.body.offsetHeight");
        assertThat(load.requests()).as("requests").isEmpty();
        assertThat(load.policyViolations()).as("policy violations").isEmpty();
        assertThat(load.consoleErrors()).as("console errors").isEmpty();
        assertThat(String.valueOf(load.value())).as("display and height of the body").startsWith("block ")
                .isNotEqualTo("block 0");
    }

    /** The policy allows the page's own styles: the 2018 report's chart bars keep their widths. */
    @Test
    void thePolicyKeepsThePagesOwnStyles(@TempDir Path tmp) {
        Run run = Attempt.build(project("content/example-2018"), tmp, "--format", "html");
        assertThat(run.status()).as(run.err()).isZero();
        AxeCheck.PageLoad load = AxeCheck.load(tmp.resolve("example-2018/example-2018-draft.html"),
                "() => [...document.querySelectorAll('.bar')].map(b => b.getBoundingClientRect().width)"
                        + ".filter(w => w > 0).length + ' ' + getComputedStyle(document.querySelector('h2')).color");
        assertThat(load.policyViolations()).isEmpty();
        assertThat(load.requests()).isEmpty();
        String[] seen = String.valueOf(load.value()).split(" ", 2);
        assertThat(Integer.parseInt(seen[0])).as("bars drawn with a width").isGreaterThan(5);
        assertThat(seen[1]).as("the heading colour from the stylesheet").isNotEqualTo("rgb(0, 0, 0)");
    }

    static Stream<String> jsonPayloads() {
        return Stream.of(MARK + " \"quoted\" \\ back\\slash", MARK + " tab\there", MARK + " line\nbreak",
                MARK + " café ✓ naïve", MARK + " </script><!--");
    }

    /** ratings --json stays valid JSON and carries the name exactly, whatever the name holds. */
    @ParameterizedTest(name = "ratings --json: {0}")
    @MethodSource("jsonPayloads")
    void ratingsJsonCarriesAnyNameExactly(String name, @TempDir Path tmp) {
        ReportFolder folder = Attempt.minimalReport(tmp);
        folder.write("report.yaml", ReportFolder.METADATA_2021.replace("name: Testshire Youth Justice Service",
                "name: " + yamlString(name)) + ReportFolder.MINIMAL_SAMPLE);
        Run run = Attempt.run("ratings", "--json", tmp.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(json.get("service").getAsString()).isEqualTo(name);
    }

    /** The Word file holds hostile text as text: it opens, and the words are there as typed. */
    @Test
    void theWordFileHoldsHostileTextAsText(@TempDir Path tmp) throws IOException {
        String payload = MARK + " <w:p/> ]]> & \"quotes\" {PAGE} { HYPERLINK \"http://example.org\" }";
        Path dir = plant(kinds(payload).get(0), payload, tmp);
        Run run = Attempt.build(dir, tmp.resolve("out"), "--format", "docx");
        assertThat(run.status()).as(run.err()).isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(tmp.resolve("out/example-yjs/example-yjs-draft.docx")))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains(payload);
        }
    }

    static Stream<String> unprintableReferences() {
        return Stream.of("a &#1; b", "a &#x1B; b", "a &#xD800; b", "a &#xFFFE; b", "a &#xFFFF; b",
                "[a link](https://example.org/ \"a title &#2;\")", "*emphasis &#x7F;*");
    }

    /** A character reference in Markdown that stands for a character XML forbids is refused at its line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unprintableReferences")
    void aReferenceToAnUnprintableCharacterIsRefused(String prose, @TempDir Path tmp) {
        Path dir = tmp.resolve("report");
        Attempt.minimalReport(dir).write("foreword.yaml", "foreword: |\n  First line.\n\n  " + prose + "\n");
        Run check = Attempt.check(dir);
        if (prose.contains("&#x7F;")) {
            // DEL is allowed in XML: printed as nothing, it is no fault
            Attempt.assertHandled(check);
            return;
        }
        Attempt.assertRefused(check, "foreword.yaml", "cannot be printed");
        Attempt.assertAt(check, "foreword.yaml", 4, 3, "cannot be printed");
        Run build = Attempt.build(dir, tmp.resolve("out"), "--format", "xhtml,html");
        Attempt.assertRefused(build, "foreword.yaml", "cannot be printed");
        Attempt.assertNothingWritten(tmp.resolve("out"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static void assertNoActiveContent(Document doc) {
        for (Element style : doc.select("style")) {
            assertThat(style.data() + style.wholeText()).as("a stylesheet holds author text").doesNotContain(MARK);
        }
        assertThat(doc.select("script")).as("scripts").isEmpty();
        assertThat(doc.select("[onmouseover], [data-x], [onload], [onerror]")).as("injected attributes").isEmpty();
        assertThat(doc.select("[style]").eachAttr("style")).as("inline styles").noneMatch(s -> s.contains(MARK));
        assertThat(doc.select("link, iframe, object, embed, base, form")).as("elements that load or send").isEmpty();
    }

    static void assertStrictPolicy(Document html) {
        Element meta = html.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertThat(meta).as("a Content-Security-Policy in the head").isNotNull();
        String policy = meta.attr("content");
        assertThat(policy).contains("default-src 'none'").contains("base-uri 'none'").contains("form-action 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("script-src").doesNotContain("http");
        assertThat(html.select("head > *").first().attr("charset")).isEqualTo("utf-8");
        assertThat(html.select("head > *").get(1)).isEqualTo(meta);
    }

    /** A copy of the kind's example with {@code value} in each of its fields; returns the folder to build. */
    static Path plant(Kind kind, String value, Path tmp) {
        Path dir = Example.copyTree(kind.example(), tmp.resolve(kind.example().getFileName().toString()));
        if (kind.name().equals("council pack")) {
            Example.copyTree(Example.DIR, tmp.resolve("example-yjs"));
        }
        kind.fields().forEach((file, keys) -> {
            Path f = dir.resolve(file).normalize();
            try {
                String yaml = Files.readString(f);
                for (String key : keys.split("\\|")) {
                    String changed = yaml.replaceFirst("(?m)^(\\s+" + key + ": ).*$",
                            "$1" + java.util.regex.Matcher.quoteReplacement(yamlString(value)));
                    assertThat(changed).as(key + " in " + f).isNotEqualTo(yaml);
                    yaml = changed;
                }
                Files.writeString(f, yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return dir;
    }

    static String yamlString(String s) {
        return "\"" + yamlEscaped(s) + "\"";
    }

    static String yamlEscaped(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    static String collapsed(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static Path project(String relative) {
        return ReportFolder.project().resolve(relative);
    }
}
