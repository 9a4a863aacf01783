package org.rapporteur.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.framework.KeyQuestion;
import org.rapporteur.framework.Standard;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/** {@code rapporteur new}: a skeleton for each framework that checks clean, builds as a draft and not as final. */
class NewCommandTest {

    @TempDir
    Path tmp;

    static Stream<String> frameworks() {
        assertThat(FrameworkLoader.available()).contains("hmip-youth-2021", "hmip-youth-2018");
        return FrameworkLoader.available().stream();
    }

    static Framework framework(String id) {
        Diagnostics d = new Diagnostics();
        return FrameworkLoader.load(id, SourcePosition.startOf(Path.of(id)), d)
                .orElseThrow(() -> new AssertionError(d.all()));
    }

    static List<Path> yamlFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        return files;
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void skeletonChecksCleanValidatesAndBuildsOnlyAsDraft(String id) throws IOException {
        Path dir = tmp.resolve("new-report");
        ReportFolder.Run created = ReportFolder.run("new", dir.toString(), "--framework", id,
                "--service", "Wendover Vale Youth Justice Service");
        assertThat(created.err()).isEmpty();
        assertThat(created.status()).isZero();
        assertThat(created.out()).contains("report.yaml", "standards", "cases", "rapporteur check " + dir);

        Framework f = framework(id);
        for (Standard s : f.standards()) {
            assertThat(dir.resolve("standards/" + s.id() + ".yaml")).isRegularFile();
        }
        List<String> chapters = switch (Skeleton.profile(f)) {
            case FULL -> List.of("report", "foreword", "recommendations", "background", "involvement", "diversity",
                    "methodology", "glossary");
            case FINDINGS -> List.of("report", "foreword", "recommendations", "background", "findings",
                    "methodology", "glossary");
            case LETTER -> List.of("report", "letter", "sections", "findings", "glossary");
        };
        for (String name : chapters) {
            assertThat(dir.resolve(name + ".yaml")).isRegularFile();
            assertThat(created.out()).contains(name + ".yaml");
        }
        f.caseTypes().forEach(t -> assertThat(dir.resolve("cases/" + t.id() + ".yaml")).isRegularFile());
        for (String schema : Schemas.ALL) {
            assertThat(dir.resolve(".schemas/" + schema)).hasBinaryContent(Schemas.bytes(schema));
        }

        // the skeleton checks clean: no errors, and no warning but what is left to do (the TODO markers, counted,
        // and the ratings inspectors have yet to give)
        ReportFolder.Run check = ReportFolder.run("check", dir.toString());
        assertOnlyUnfinished(check, f);
        assertThat(check.status()).isZero();

        // every file names its schema on its first line, and satisfies the copy it names
        List<Path> files = yamlFiles(dir);
        assertThat(files).hasSize(chapters.size() + f.standards().size() + f.caseTypes().size());
        for (Path file : files) {
            Path schema = SchemaSupport.modelineTarget(file);
            String relative = dir.relativize(file).toString().replace('\\', '/');
            assertThat(schema).as(relative).isEqualTo(dir.resolve(".schemas/" + Schemas.forFile(relative)));
            assertThat(SchemaSupport.problems(SchemaSupport.file(schema), SchemaSupport.read(file)))
                    .as(relative).isEmpty();
        }

        // case files list every key question of their type, so an author copies the placeholder case
        for (Standard s : f.standards()) {
            if (s.ratedFromCases()) {
                String cases = SchemaSupport.read(dir.resolve("cases/" + s.caseType() + ".yaml"));
                for (KeyQuestion k : s.keyQuestions()) {
                    assertThat(cases).contains("      " + k.id() + ": " + (k.prompts().isEmpty() ? "n/a"
                            : "{ answer: n/a, prompts: \"" + "-".repeat(k.prompts().size()) + "\" }"));
                }
            }
        }

        Path template = Example.TEMPLATES.resolve(f.reportKind()).resolve("report.ftlh");
        if (!Files.exists(template)) {
            return; // no template for this kind of report yet: check is all that can be asked
        }
        Path out = tmp.resolve("out");
        ReportFolder.Run draft = Example.build(dir, out, "--draft", "--format", "html");
        assertOnlyUnfinished(draft, f);
        assertThat(draft.status()).isZero();
        assertThat(out.resolve("new-report/new-report-draft.html")).isRegularFile();

        Path finalOut = tmp.resolve("final");
        ReportFolder.Run fin = Example.build(dir, finalOut, "--final", "--format", "html");
        assertThat(fin.status()).isEqualTo(2);
        assertThat(fin.err()).contains("TODO marker").contains("glossary.yaml").contains("nothing was written");
        if (judged(f) > 0) {
            assertThat(fin.err()).contains("error: standard " + firstJudged(f).title() + " has no rating");
        }
        assertThat(finalOut).doesNotExist();
    }

    /** Standards inspectors rate by judgement: a new report leaves their ratings empty. */
    static long judged(Framework f) {
        return f.ratings().isEmpty() ? 0 : f.standards().stream().filter(s -> !s.ratedFromCases()).count();
    }

    static Standard firstJudged(Framework f) {
        return f.standards().stream().filter(s -> !s.ratedFromCases()).findFirst().orElseThrow();
    }

    /**
     * Warnings only of what a new report has yet to do: one counting the TODO markers, and one per empty rating of
     * a judged standard; nothing else, and no error.
     */
    static void assertOnlyUnfinished(ReportFolder.Run run, Framework f) {
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).allMatch(l -> l.matches(".+: warning: \\d+ TODO markers remain, the first"
                + " here; .*") || l.matches(".+/standards/[0-9.]+\\.yaml:\\d+:\\d+: warning: standard .+ has no rating;"
                + " .*") || l.matches("0 errors, \\d+ warnings?"));
        assertThat(lines.stream().filter(l -> l.contains("has no rating"))).as(run.err()).hasSize((int) judged(f));
        assertThat(lines.stream().filter(l -> l.contains("TODO markers remain"))).as(run.err()).hasSize(1);
    }

    /** Sections a template prints only when they are written, which a new report need not start with. */
    static final Set<String> OPTIONAL_SECTIONS = Set.of("resettlement", "background", "methodology");

    @ParameterizedTest
    @MethodSource("frameworks")
    void skeletonWritesTheSectionsItsTemplatePrints(String id) {
        Framework f = framework(id);
        Path template = Example.TEMPLATES.resolve(f.reportKind()).resolve("report.ftlh");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(template), "no template for " + f.reportKind());
        Set<String> sectionKeys = new TreeSet<>();
        SchemaSupport.shippedJson(Schemas.REPORT).get("properties").propertyNames().forEach(sectionKeys::add);
        sectionKeys.removeAll(Set.of("framework", "service", "inspectorate", "joint", "fieldwork", "sampleWindow",
                "published", "leadInspector", "chiefInspector", "isbn", "interviews", "sample", "lints", "standards",
                "cases"));
        Set<String> printed = new TreeSet<>();
        Matcher m = Pattern.compile("\\br\\.([A-Za-z]+)").matcher(SchemaSupport.read(template));
        while (m.find()) {
            if (sectionKeys.contains(m.group(1))) {
                printed.add(m.group(1));
            }
        }
        Set<String> written = new TreeSet<>();
        Skeleton.files(f, Skeleton.Options.of(null)).forEach((path, bytes) -> {
            if (path.endsWith(".yaml") && !path.contains("/") && !path.equals("report.yaml")) {
                SchemaSupport.tree(new String(bytes, StandardCharsets.UTF_8), SchemaSupport.Reading.YAML_1_2)
                        .propertyNames().forEach(written::add);
            }
        });
        assertThat(printed).as("sections the template prints").containsAll(written);
        Set<String> missing = new TreeSet<>(printed);
        missing.removeAll(written);
        assertThat(OPTIONAL_SECTIONS).as("sections the template prints that a new report lacks")
                .containsAll(missing);
    }

    @Test
    void defaultFrameworkAndPlaceholderService() throws IOException {
        Path dir = tmp.resolve("plain");
        ReportFolder.Run run = ReportFolder.run("new", dir.toString());
        assertThat(run.status()).isZero();
        String report = Files.readString(dir.resolve("report.yaml"));
        assertThat(report).startsWith("# yaml-language-server: $schema=.schemas/report.schema.json\n")
                .contains("framework: hmip-youth-2021").contains("name: TODO Youth Justice Service");
        // no judgement is made for the inspectors: the rating starts empty, its comment naming the choices
        assertThat(Files.readString(dir.resolve("standards/1.1.yaml")))
                .startsWith("# yaml-language-server: $schema=../.schemas/standard.schema.json\n")
                .containsPattern("\nrating: +# inspectors' rating: Outstanding, Good, Requires improvement or"
                        + " Inadequate").doesNotContain("rating: Good");
        assertThat(Files.readString(dir.resolve("standards/2.1.yaml"))).doesNotContain("\nrating:");
        assertThat(Files.readString(dir.resolve("cases/court.yaml")))
                .startsWith("# yaml-language-server: $schema=../.schemas/cases.schema.json\n");
        assertThat(Files.readString(dir.resolve("foreword.yaml"))).contains("per cent").contains("single quotes")
                .contains("under ten in words").contains("child-first");
        assertThat(ReportFolder.run("check", dir.toString()).status()).isZero();
    }

    @Test
    void serviceNamesThatNeedQuotingStayText() throws IOException {
        Path dir = tmp.resolve("odd");
        String name = "St Ann's: \"North\" # Youth Offending Team";
        ReportFolder.Run run = ReportFolder.run("new", dir.toString(), "--service", name);
        assertThat(run.status()).isZero();
        ReportFolder.Run check = ReportFolder.run("check", dir.toString());
        assertOnlyUnfinished(check, framework("hmip-youth-2021"));
        assertThat(check.status()).isZero();
        assertThat(SchemaSupport.tree(Files.readString(dir.resolve("report.yaml")), SchemaSupport.Reading.YAML_1_1)
                .at("/service/name").asString()).isEqualTo(name);
        assertThat(Files.readString(dir.resolve("report.yaml"))).contains("kind: YOT");
    }

    @Test
    void serviceNameGivesKindAreaAndShortName() {
        assertThat(Skeleton.guess("Derby Youth Offending Service"))
                .isEqualTo(new Skeleton.ServiceGuess("Derby Youth Offending Service", "Derby YOS", "YOS", "Derby",
                        true, true));
        assertThat(Skeleton.guess("North East Lincolnshire  Youth Offending Team").shortName())
                .isEqualTo("North East Lincolnshire YOT");
        assertThat(Skeleton.guess("Kestrelford YJS").area()).isEqualTo("Kestrelford");
        assertThat(Skeleton.guess("Kestrelford Youth Services").kindKnown()).isFalse();
        assertThat(Skeleton.guess(null).given()).isFalse();
    }

    @Test
    void sameInputGivesTheSameFiles() {
        Framework f = framework("hmip-youth-2021");
        Skeleton.Options o = new Skeleton.Options("Kestrelford YJS", LocalDate.of(2025, 9, 1));
        Map<String, byte[]> a = Skeleton.files(f, o);
        Map<String, byte[]> b = Skeleton.files(f, o);
        assertThat(a.keySet()).containsExactlyElementsOf(b.keySet());
        a.forEach((k, v) -> assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo(
                new String(b.get(k), StandardCharsets.UTF_8)));
        assertThat(new String(a.get("report.yaml"), StandardCharsets.UTF_8))
                .contains("fieldwork: { start: 2025-09-29, end: 2025-10-10 }").contains("published: 2026-01");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path dir = tmp.resolve("taken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        ReportFolder.Run run = ReportFolder.run("new", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("not empty").contains("--force");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("notes.txt"));
        }
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings).containsExactly(dir);
        }
    }

    @Test
    void forceWritesIntoAFolderAndKeepsOtherFiles() throws IOException {
        Path dir = tmp.resolve("taken");
        Files.createDirectories(dir.resolve("standards"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve("foreword.yaml"), "foreword: old\n");
        ReportFolder.Run run = ReportFolder.run("new", dir.toString(), "--force");
        assertThat(run.status()).isZero();
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        assertThat(Files.readString(dir.resolve("foreword.yaml"))).contains("TODO");
        assertThat(ReportFolder.run("check", dir.toString()).status()).isZero();
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings).containsExactly(dir);
        }
    }

    @Test
    void anEmptyFolderIsFine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        assertThat(ReportFolder.run("new", dir.toString()).status()).isZero();
        assertThat(dir.resolve("report.yaml")).isRegularFile();
    }

    @Test
    void unknownFrameworkSuggestsTheNearestAndWritesNothing() {
        Path dir = tmp.resolve("r");
        ReportFolder.Run run = ReportFolder.run("new", dir.toString(), "--framework", "hmip-youth-2012");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown framework 'hmip-youth-2012'").contains("did you mean 'hmip-youth-2");
        assertThat(dir).doesNotExist();

        ReportFolder.Run far = ReportFolder.run("new", dir.toString(), "--framework", "ofsted");
        assertThat(far.status()).isEqualTo(2);
        assertThat(far.err()).contains("known frameworks: " + String.join(", ", FrameworkLoader.available()));
        assertThat(dir).doesNotExist();
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.yaml"), "x: 1\n");
        ReportFolder.Run run = ReportFolder.run("new", file.toString(), "--force");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is a file");
        assertThat(file).hasContent("x: 1");
    }
}
