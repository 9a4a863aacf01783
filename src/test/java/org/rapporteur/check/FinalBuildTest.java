package org.rapporteur.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.adversarial.Attempt.assertAt;
import static org.rapporteur.adversarial.Attempt.assertNoFault;
import static org.rapporteur.adversarial.Attempt.assertNothingWritten;
import static org.rapporteur.adversarial.Attempt.assertRefused;
import static org.rapporteur.adversarial.Attempt.assertWarned;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;
import org.rapporteur.adversarial.Attempt;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.framework.Required;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/**
 * {@code build --final} is a publication gate (issue 14, parts 1 and 2). Each case takes a copy of an example (or of
 * the smallest complete report) and breaks one thing as an author might: a TODO left in a value the page prints, a
 * part of the report missing, a judgement not made, a file the loader would not read. A final build refuses each
 * with exit status 2, the file and the place named, and nothing written; a draft build of the same folder warns and
 * builds (except for a file that would not be read, which is an error in every mode).
 */
class FinalBuildTest {

    /** What a case starts from. */
    enum Base { EXAMPLE, COMPLETE, PACK, E2018, SQS }

    /** How a case breaks its copy: {@code dir} is the report (or pack) folder. */
    @FunctionalInterface
    interface Mutation {
        void apply(Path dir) throws IOException;
    }

    /**
     * A mutation and what the author must be told: a line {@code file:line:column: error: ...message...}, the place
     * being the first occurrence of {@code find} in the mutated file (its start when {@code find} is null).
     */
    record Case(String name, Base base, Mutation mutate, String file, String find, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, Base base, Mutation mutate, String file, String find, String message) {
        return new Case(name, base, mutate, file, find, message);
    }

    static final String TODO_LEFT = "a TODO marker remains";

    /** 1. Placeholders: a TODO in any value that reaches a page. */
    static Stream<Case> placeholders() {
        return Stream.of(
                c("lead inspector", Base.EXAMPLE, d -> replace(d, "report.yaml", "leadInspector: Imogen Fairweather",
                        "leadInspector: TODO lead inspector"), "report.yaml", "TODO", TODO_LEFT + " in 'leadInspector'"),
                c("chief inspector's name in a flow mapping", Base.EXAMPLE, d -> replace(d, "report.yaml",
                        "name: Jonathan Brightwater", "name: Jonathan TODO"), "report.yaml", "TODO",
                        TODO_LEFT + " in 'name'"),
                c("service short name", Base.EXAMPLE, d -> replace(d, "report.yaml", "shortName: Kestrelford YJS",
                        "shortName: TODO YJS"), "report.yaml", "TODO", TODO_LEFT + " in 'shortName'"),
                c("practice example title", Base.EXAMPLE, d -> replace(d, "standards/2.1.yaml",
                        "title: Good practice example", "title: TODO practice example title"), "standards/2.1.yaml",
                        "TODO", TODO_LEFT + " in 'title'"),
                c("who a quote is from", Base.EXAMPLE, d -> replace(d, "standards/1.1.yaml", "from: board member }",
                        "from: TODO who said it }"), "standards/1.1.yaml", "TODO", TODO_LEFT + " in 'from'"),
                c("table cell", Base.EXAMPLE, d -> replace(d, "background.yaml", "[Total population, \"612,400\"]",
                        "[Total population, \"TODO\"]"), "background.yaml", "TODO", TODO_LEFT + " in 'rows'"),
                c("table title", Base.EXAMPLE, d -> replace(d, "background.yaml", "  - title: Population",
                        "  - title: Population TODO"), "background.yaml", "TODO", TODO_LEFT + " in 'title'"),
                c("glossary term", Base.EXAMPLE, d -> replace(d, "glossary.yaml", "term: AssetPlus",
                        "term: TODO AssetPlus"), "glossary.yaml", "TODO", TODO_LEFT + " in 'term'"),
                c("glossary definition", Base.EXAMPLE, d -> replace(d, "glossary.yaml",
                        "definition: The national assessment", "definition: TODO The national assessment"),
                        "glossary.yaml", "TODO", TODO_LEFT + " in 'definition'"),
                c("case disposal", Base.EXAMPLE, d -> replace(d, "cases/court.yaml", "disposal: Referral order",
                        "disposal: TODO"), "cases/court.yaml", "TODO", TODO_LEFT + " in 'disposal'"),
                c("who a recommendation is for", Base.EXAMPLE, d -> replace(d, "recommendations.yaml",
                        "to: The Kestrelford Youth Justice Partnership Board", "to: The TODO Board"),
                        "recommendations.yaml", "TODO", TODO_LEFT + " in 'to'"),
                c("a strength, in small letters", Base.EXAMPLE, d -> replace(d, "standards/1.1.yaml",
                        "  - The board is chaired", "  - The board (todo) is chaired"), "standards/1.1.yaml",
                        "todo", TODO_LEFT + " in 'strengths'"),
                c("a value whose comment is still marked TODO", Base.EXAMPLE, d -> replace(d, "report.yaml",
                        "fieldwork: { start: 2025-10-06, end: 2025-10-17 }",
                        "fieldwork: { start: 2025-10-06, end: 2025-10-17 }   # TODO the first and last day"),
                        "report.yaml", "TODO", "still marked TODO in its comment"),
                c("a narrative in a flow mapping", Base.COMPLETE, d -> replace(d, "standards.yaml",
                        "Staff said that their workloads", "Staff said TODO that their workloads"),
                        "standards.yaml", "TODO", TODO_LEFT + " in 'narrative'"),
                c("a field of a council pack", Base.PACK, d -> replace(d, "pack.yaml",
                        "panel: Children and Young People Scrutiny Panel", "panel: TODO panel"), "pack.yaml", "TODO",
                        TODO_LEFT + " in 'panel'"),
                c("TBC as a name", Base.EXAMPLE, d -> replace(d, "report.yaml", "leadInspector: Imogen Fairweather",
                        "leadInspector: TBC"), "report.yaml", "TBC", "a placeholder ('TBC') remains in 'leadInspector'"),
                c("TBD in a table cell", Base.EXAMPLE, d -> replace(d, "background.yaml",
                        "[Total population, \"612,400\"]", "[Total population, TBD]"), "background.yaml", "TBD",
                        "a placeholder ('TBD') remains in 'rows'"),
                c("XXX for a figure in prose", Base.EXAMPLE, d -> replace(d, "standards/1.1.yaml",
                        "  - The board is chaired", "  - XXX of the board's members attend; the board is chaired"),
                        "standards/1.1.yaml", "XXX", "a placeholder ('XXX') remains in 'strengths'"),
                c("FIXME in a glossary definition", Base.EXAMPLE, d -> replace(d, "glossary.yaml",
                        "definition: The national assessment", "definition: (fixme) The national assessment"),
                        "glossary.yaml", "fixme", "a placeholder ('fixme') remains in 'definition'"),
                c("an editor's [insert ...]", Base.EXAMPLE, d -> replace(d, "foreword.yaml",
                        "Kestrelford is a county", "[Insert opening.] Kestrelford is a county"), "foreword.yaml",
                        "[Insert", "a placeholder ('[Insert') remains in 'foreword'"),
                c("dummy text", Base.PACK, d -> replace(d, "cover.yaml", "The Children and Young People",
                        "Lorem ipsum. The Children and Young People"), "cover.yaml", "Lorem",
                        "a placeholder ('Lorem ipsum') remains in 'mattersForConsideration'"),
                c("question marks in a name", Base.EXAMPLE, d -> replace(d, "report.yaml",
                        "leadInspector: Imogen Fairweather", "leadInspector: \"Imogen ???\""), "report.yaml", "???",
                        "a placeholder ('???') remains in 'leadInspector'"));
    }

    /** 2. Required parts, and the judgements inspectors make: missing in a draft is a warning, in final an error. */
    static Stream<Case> missingParts() {
        return Stream.of(
                c("no foreword", Base.EXAMPLE, d -> delete(d, "foreword.yaml"), "report.yaml", null,
                        "the report has no 'foreword'"),
                c("a standard's file deleted", Base.EXAMPLE, d -> delete(d, "standards/2.3.yaml"), "report.yaml",
                        null, "standard 2.3 Implementation and delivery has no content"),
                c("a standard's narrative left empty", Base.EXAMPLE, d -> write(d, "standards/2.2.yaml",
                        "# emptied\nnarrative:\n"), "standards/2.2.yaml", "narrative:",
                        "standard 2.2 Planning has no 'narrative'"),
                c("a judged standard's rating left empty", Base.EXAMPLE, d -> replace(d, "standards/1.2.yaml",
                        "rating: Outstanding", "rating:"), "standards/1.2.yaml", "rating:",
                        "standard 1.2 Staff has no rating"),
                c("an empty foreword", Base.EXAMPLE, d -> write(d, "foreword.yaml", "foreword: \"\"\n"),
                        "foreword.yaml", "\"\"", "'foreword' is empty"),
                c("an empty glossary", Base.EXAMPLE, d -> write(d, "glossary.yaml", "glossary: []\n"),
                        "glossary.yaml", null, "'glossary' is empty"),
                c("no recommendations", Base.COMPLETE, d -> delete(d, "recommendations.yaml"), "report.yaml", null,
                        "the report has no 'recommendations'"),
                c("a court standard with no content", Base.COMPLETE, d -> replace(d, "standards.yaml",
                        "  \"2.1\": { narrative: \"Assessments of court cases drew on many sources.\" }\n", ""),
                        "report.yaml", null, "standard 2.1 Assessment has no content"),
                c("a rating left empty in standards.yaml", Base.COMPLETE, d -> replace(d, "standards.yaml",
                        "\"1.1\": { rating: Good,", "\"1.1\": { rating: ~,"), "standards.yaml", "rating: ~",
                        "standard 1.1 Governance and leadership has no rating"),
                c("the 2018 report without its findings", Base.E2018, d -> delete(d, "findings.yaml"),
                        "report.yaml", null, "the report has no 'overallFindings'"),
                c("the 2018 report without a domain's findings", Base.E2018, d -> delete(d, "findings.yaml"),
                        "report.yaml", null, "domain 2 (Court disposals) has no findings"),
                c("a letter without its sections", Base.SQS, d -> delete(d, "sections.yaml"), "report.yaml", null,
                        "the report has no 'sections'"),
                c("a pack without its executive summary", Base.PACK, d -> cut(d, "cover.yaml", "executiveSummary:",
                        "mattersForConsideration:"), "cover.yaml", null, "the pack has no 'executiveSummary'"),
                c("a pack whose matters for consideration are empty", Base.PACK, d -> cut(d, "cover.yaml",
                        "mattersForConsideration:", "sections:", "mattersForConsideration: \"\"\n"), "cover.yaml",
                        "\"\"", "'mattersForConsideration' is empty"),
                c("a pack with a contact officers key and nothing under it", Base.PACK, d -> cut(d, "cover.yaml",
                        "contactOfficers:", null, "contactOfficers:\n"), "cover.yaml", "contactOfficers:",
                        "'contactOfficers' is empty"),
                c("a recommendation with no row in the plan", Base.PACK, d -> cut(d, "plan.yaml",
                        "    - recommendation: 2\n", "    - recommendation: 3\n"), "plan.yaml", "title:",
                        "recommendation 2 has no row in the improvement plan"),
                c("a plan row without its board champion", Base.PACK, d -> replace(d, "plan.yaml",
                        "      boardChampion: Priya Halloran, Assistant Director, Early Help and Targeted Youth"
                        + " Services\n", ""), "plan.yaml", "recommendation: 1",
                        "the row for recommendation 1 has no board champion ('boardChampion:')"),
                c("a plan row without its progress", Base.PACK, d -> replace(d, "plan.yaml",
                        "      progress: at-risk\n", ""), "plan.yaml", "recommendation: 1",
                        "the row for recommendation 1 has no progress ('progress:')"),
                c("the board's own row without a due date", Base.PACK, d -> replace(d, "plan.yaml",
                        "      start: Feb 2026\n      due: Nov 2026\n", "      start: Feb 2026\n      due: \"\"\n"),
                        "plan.yaml", "action: Record", "the board's own row has no due date ('due:')"));
    }

    /** Files the loader would not read: an error in every mode, naming the file and what to do. */
    static Stream<Case> unreadFiles() {
        return Stream.of(
                c(".yml", Base.EXAMPLE, d -> Files.move(d.resolve("glossary.yaml"), d.resolve("glossary.yml")),
                        "glossary.yml", null, "this file is not read: only files whose names end in '.yaml'"),
                c(".YAML", Base.EXAMPLE, d -> write(d, "notes.YAML", "involvementQuotes: []\n"), "notes.YAML", null,
                        "rename it to notes.yaml"),
                c("a standard's file as .yml", Base.EXAMPLE, d -> Files.move(d.resolve("standards/2.2.yaml"),
                        d.resolve("standards/2.2.yml")), "standards/2.2.yml", null, "rename it to 2.2.yaml"),
                c("a .yaml file nested deeper than the loader reads", Base.EXAMPLE, d -> write(d,
                        "drafts/old/more/older/foreword.yaml", "foreword: An old draft.\n"),
                        "drafts/old/more/older/foreword.yaml", null, "this file is not read"),
                c("a .yaml file in a subfolder of a pack", Base.PACK, d -> write(d, "drafts/cover.yaml",
                        "executiveSummary: An old draft.\n"), "drafts/cover.yaml", null,
                        "only the .yaml files directly in the pack folder are"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placeholders")
    void aTodoLeftInAnyPrintedValueIsRefusedInFinalAndCountedInADraft(Case c, @TempDir Path tmp) throws IOException {
        Path dir = prepare(c, tmp);
        int[] at = where(dir.resolve(c.file()), c.find());
        Path out = tmp.resolve("out");
        Run fin = Attempt.build(dir, out, "--final", "--format", "xhtml");
        assertRefused(fin, c.file(), c.message());
        assertAt(fin, c.file(), at[0], at[1], c.message());
        assertNothingWritten(out);

        Run draft = Attempt.build(dir, tmp.resolve("draft"), "--draft", "--format", "xhtml");
        assertThat(draft.status()).as(draft.err()).isZero();
        assertWarned(draft, c.file(), c.message().startsWith("a placeholder") ? "placeholder remains"
                : "TODO marker");
        assertThat(draft.err()).as("a draft counts the markers in one warning").doesNotContain("error:");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingParts")
    void aMissingPartIsAWarningInADraftAndRefusedInFinal(Case c, @TempDir Path tmp) throws IOException {
        Path dir = prepare(c, tmp);
        int[] at = where(dir.resolve(c.file()), c.find());
        Path out = tmp.resolve("out");
        Run fin = Attempt.build(dir, out, "--final", "--format", "xhtml");
        assertRefused(fin, c.file(), c.message());
        assertAt(fin, c.file(), at[0], at[1], c.message());
        assertNothingWritten(out);

        Path draftOut = tmp.resolve("draft");
        Run draft = Attempt.build(dir, draftOut, "--draft", "--format", "xhtml");
        assertThat(draft.status()).as(draft.err()).isZero();
        assertWarned(draft, c.file(), c.message());
        assertAt(draft, c.file(), at[0], at[1], c.message());
        assertThat(draft.err()).containsPattern("a final build refuses the (report|pack) without it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadFiles")
    void aFileTheLoaderWouldNotReadIsAnErrorInEveryMode(Case c, @TempDir Path tmp) throws IOException {
        Path dir = prepare(c, tmp);
        Run check = Attempt.check(dir);
        assertRefused(check, c.file(), c.message());
        assertAt(check, c.file(), 1, 1, c.message());
        for (String mode : new String[] {"--draft", "--final"}) {
            Path out = tmp.resolve("out" + mode);
            Run build = Attempt.build(dir, out, mode, "--format", "xhtml");
            assertRefused(build, c.file(), c.message());
            assertNothingWritten(out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example-yjs", "example-2018", "example-sqs", "example-council-pack"})
    void theExamplesBuildAsFinal(String name, @TempDir Path tmp) {
        Run fin = Attempt.build(Example.DIR.getParent().resolve(name), tmp.resolve("out"), "--final", "--format",
                "xhtml");
        assertThat(fin.status()).as(fin.err()).isZero();
        assertNoFault(fin);
        assertThat(fin.err()).doesNotContain("TODO").doesNotContain("complete report");
    }

    @Test
    void theSmallestCompleteReportChecksCleanAndBuildsAsFinal(@TempDir Path tmp) {
        Path dir = ReportFolder.complete(tmp.resolve("report")).dir();
        Run check = Attempt.check(dir);
        assertThat(check.err()).isEmpty();
        assertThat(check.status()).isZero();
        Run fin = Attempt.build(dir, tmp.resolve("out"), "--final", "--format", "xhtml");
        assertThat(fin.status()).as(fin.err()).isZero();
    }

    @Test
    void aValidButIncompleteReportListsEveryMissingPartAndIsRefusedInFinal(@TempDir Path tmp) {
        Path dir = ReportFolder.minimal(tmp.resolve("report")).dir();
        Run check = Attempt.check(dir);
        assertThat(check.status()).as(check.err()).isZero();
        for (String part : new String[] {"foreword", "recommendations", "background", "contextualFacts",
            "involvement", "diversity", "methodology", "glossary"}) {
            assertWarned(check, "report.yaml", "the report has no '" + part + "'");
        }
        assertWarned(check, "report.yaml", "standard 2.1 Assessment has no content");
        assertWarned(check, "standards.yaml", "standard 1.1 Governance and leadership has no 'narrative'");
        Path out = tmp.resolve("out");
        Run fin = Attempt.build(dir, out, "--final", "--format", "xhtml");
        assertRefused(fin, "report.yaml", "the report has no 'foreword'");
        assertRefused(fin, "standards.yaml", "standard 3.4 Out-of-court disposal policy and provision has no"
                + " 'narrative'");
        assertNothingWritten(out);
    }

    @Test
    void aDraftCountsTheTodoMarkersInOneWarningAtTheFirst(@TempDir Path tmp) throws IOException {
        Path dir = ReportFolder.complete(tmp.resolve("report")).dir();
        write(dir, "foreword.yaml", "foreword: |\n  TODO the foreword.\n\n  More TODO text.\n");
        Run check = Attempt.check(dir);
        assertThat(check.status()).isZero();
        assertAt(check, "foreword.yaml", 2, 3, "2 TODO markers remain, the first here");
        Run fin = Attempt.build(dir, tmp.resolve("out"), "--final", "--format", "xhtml");
        assertAt(fin, "foreword.yaml", 2, 3, TODO_LEFT);
        assertAt(fin, "foreword.yaml", 4, 8, TODO_LEFT);
    }

    @Test
    void aFrameworkRequiresOnlyPartsThatExist(@TempDir Path tmp) throws IOException {
        String sqs = new String(FrameworkLoader.class.getClassLoader()
                .getResourceAsStream("frameworks/hmip-sqs-2016.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sqs).contains("  report: [letter, sections,");
        Files.writeString(tmp.resolve("try-sqs.yaml"), sqs.replace("id: hmip-sqs-2016", "id: try-sqs")
                .replace("  report: [letter, sections,", "  report: [letter, sectoins,"));
        Diagnostics d = new Diagnostics();
        assertThat(FrameworkLoader.load(tmp, "try-sqs", SourcePosition.startOf(tmp), d)).isEmpty();
        assertThat(d.all()).anyMatch(x -> x.isError() && x.message().equals("'sectoins' is not a part a report has")
                && "did you mean 'sections'?".equals(x.hint()) && x.at().line() > 1);
    }

    @Test
    void everyPartAFrameworkMayRequireIsAPartOfTheContentModelThatTheCheckKnows() throws Exception {
        Field f = ReportLoader.class.getDeclaredField("SECTIONS");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> sections = (Set<String>) f.get(null);
        assertThat(sections).containsAll(Required.REPORT_PARTS);
        assertThat(Required.REPORT_PARTS).allMatch(RequiredParts::knows);
        Field s = ReportLoader.class.getDeclaredField("STANDARD");
        s.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> standard = (Set<String>) s.get(null);
        assertThat(standard).containsAll(Required.STANDARD_PARTS);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static Path prepare(Case c, Path tmp) throws IOException {
        Path dir = switch (c.base()) {
            case EXAMPLE -> Example.copyTo(tmp);
            case COMPLETE -> ReportFolder.complete(tmp.resolve("report")).dir();
            case PACK -> {
                Example.copyTo(tmp);
                yield Example.copyTree(Example.DIR.getParent().resolve("example-council-pack"),
                        tmp.resolve("example-council-pack"));
            }
            case E2018 -> Example.copyTree(Example.DIR.getParent().resolve("example-2018"),
                    tmp.resolve("example-2018"));
            case SQS -> Example.copyTree(Example.DIR.getParent().resolve("example-sqs"), tmp.resolve("example-sqs"));
        };
        c.mutate().apply(dir);
        return dir;
    }

    static void replace(Path dir, String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).as(file).contains(from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    /** Replaces the text from {@code from} up to {@code to} (the end of the file when null) with {@code with}. */
    static void cut(Path dir, String file, String from, String to, String with) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        int start = text.indexOf(from);
        int end = to == null ? text.length() : text.indexOf(to, start);
        assertThat(start).as(file + " has " + from).isNotNegative();
        assertThat(end).as(file + " has " + to).isGreaterThan(start);
        Files.writeString(p, text.substring(0, start) + with + text.substring(end), StandardCharsets.UTF_8);
    }

    static void cut(Path dir, String file, String from, String to) throws IOException {
        cut(dir, file, from, to, "");
    }

    static void write(Path dir, String file, String text) throws IOException {
        new ReportFolder(dir).write(file, text);
    }

    static void delete(Path dir, String file) throws IOException {
        Files.delete(dir.resolve(file));
    }

    /** Line and column (code points, 1-based) of the first {@code what} in the file; its start when null. */
    static int[] where(Path file, String what) {
        if (what == null) {
            return new int[] {1, 1};
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = text.indexOf(what);
        assertThat(at).as(what + " in " + file).isGreaterThanOrEqualTo(0);
        String before = text.substring(0, at);
        String line = before.substring(before.lastIndexOf('\n') + 1);
        return new int[] {(int) before.chars().filter(ch -> ch == '\n').count() + 1,
            line.codePointCount(0, line.length()) + 1};
    }
}
