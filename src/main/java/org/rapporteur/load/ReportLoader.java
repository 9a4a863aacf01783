package org.rapporteur.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Answer;
import org.rapporteur.model.CaseAnswer;
import org.rapporteur.model.DateRange;
import org.rapporteur.model.Discretion;
import org.rapporteur.model.DomainFindings;
import org.rapporteur.model.FactTable;
import org.rapporteur.model.GlossaryEntry;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.Letter;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Person;
import org.rapporteur.model.PracticeExample;
import org.rapporteur.model.Prose;
import org.rapporteur.model.PublishedFigure;
import org.rapporteur.model.Quote;
import org.rapporteur.model.Recommendation;
import org.rapporteur.model.RecommendationGroup;
import org.rapporteur.model.Report;
import org.rapporteur.model.Section;
import org.rapporteur.model.Service;
import org.rapporteur.model.ServiceKind;
import org.rapporteur.model.StandardContent;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.SourceText;
import org.rapporteur.source.Suggestions;
import org.rapporteur.source.YamlFile;
import org.rapporteur.source.YamlMap;
import org.rapporteur.source.YamlValue;

/**
 * Reads a report folder into the typed {@link Report} model. Every .yaml file in the folder is read; a top-level
 * key may appear in one file only. Files under {@code standards/} hold one standard each (named by the file),
 * files under {@code cases/} hold inspected cases. Problems are collected, never thrown.
 */
public final class ReportLoader {

    public static final String STANDARDS_FOLDER = "standards";
    private static final int MAX_DEPTH = 4;
    private static final Pattern STANDARD_FILE = Pattern.compile("^(\\d+(?:\\.\\d+)*)(?:[-_ .].*)?\\.ya?ml$");

    /** Top-level keys of the report's files, outside standards/. */
    static final Set<String> SECTIONS = Set.of("framework", "service", "inspectorate", "joint", "fieldwork",
            "sampleWindow", "published", "leadInspector", "chiefInspector", "isbn", "interviews", "sample",
            "foreword", "recommendations", "background", "contextualFacts", "involvement", "involvementQuotes",
            "diversity", "resettlement", "methodology", "glossary", "standards", "cases", "lints", "overallFindings",
            "domainFindings", "sections", "strengths", "areasForImprovement", "letter", OutputName.KEY);
    static final Set<String> SERVICE = Set.of("name", "shortName", "kind", "area");
    static final Set<String> RANGE = Set.of("start", "end");
    static final Set<String> PERSON = Set.of("name", "title");
    static final Set<String> GROUP = Set.of("to", "items");
    static final Set<String> TABLE = Set.of("title", "source", "columns", "rows", "chart");
    static final Set<String> SECTION = Set.of("title", "numbered", "text", "paragraphs");
    static final Set<String> DOMAIN_FINDINGS = Set.of("keyFindings", "strengths", "areasForImprovement");
    static final Set<String> LETTER = Set.of("to", "copyTo", "from", "date", "contact", "copyList");
    static final Set<String> COPY = Set.of("role", "names");
    static final Set<String> QUOTE = Set.of("text", "from");
    static final Set<String> STANDARD = Set.of("rating", "narrative", "strengths", "areasForImprovement",
            "practiceExamples", "quotes", "discretion", "figures");
    static final Set<String> EXAMPLE = Set.of("title", "text", "namesChanged");
    static final Set<String> DISCRETION = Set.of("rating", "keyQuestion", "reason");
    static final Set<String> CASE = Set.of("id", "type", "disposal", "answers");
    static final Set<String> ANSWER = Set.of("answer", "prompts");
    static final Set<String> GLOSSARY_ENTRY = Set.of("term", "definition");

    private final Path dir;
    private final Diagnostics diagnostics;
    private final Map<String, YamlValue> sections = new LinkedHashMap<>();
    private final Set<String> misspelt = new java.util.HashSet<>();
    private final Map<String, StandardContent> standards = new LinkedHashMap<>();
    private final List<InspectedCase> cases = new ArrayList<>();
    private final List<SourceText> texts = new ArrayList<>();

    private ReportLoader(Path dir, Diagnostics diagnostics) {
        this.dir = dir;
        this.diagnostics = diagnostics;
    }

    /** The report in {@code dir}, or empty when it cannot be assembled at all; either way problems are reported. */
    public static Optional<Report> load(Path dir, Diagnostics diagnostics) {
        return new ReportLoader(dir, diagnostics).load();
    }

    private Optional<Report> load() {
        SourcePosition here = SourcePosition.startOf(dir);
        if (!Files.isDirectory(dir)) {
            diagnostics.error(here, Files.exists(dir) ? "expected a report folder but this is a file"
                    : Files.isSymbolicLink(dir) ? "this link to a report folder points to nothing"
                    : "no report folder here", "give the folder that holds report.yaml, e.g. content/example-yjs");
            return Optional.empty();
        }
        List<Path> files = yamlFiles();
        if (files.isEmpty()) {
            diagnostics.error(here, "the report folder has no .yaml files", "start one with 'rapporteur new'");
            return Optional.empty();
        }
        if (!TotalSize.within(dir, files, diagnostics)) {
            return Optional.empty();
        }
        for (Path file : files) {
            readFile(file);
        }
        Path anchor = files.stream().filter(f -> f.getFileName().toString().startsWith("report.")).findFirst()
                .orElse(files.get(0));
        SourcePosition missingAt = SourcePosition.startOf(anchor);
        Metadata metadata = metadata(missingAt);
        section("standards").flatMap(v -> v.asOpenMap("standards")).ifPresent(m ->
                m.entries().forEach((id, v) -> v.asMap("standard " + id, STANDARD)
                        .ifPresent(sm -> addStandard(id, m.keyAt(id), sm))));

        return Optional.of(new Report(dir, metadata,
                prose("foreword"),
                recommendations(),
                prose("background"),
                section("contextualFacts").map(this::tables).orElse(List.of()),
                prose("involvement"),
                section("involvementQuotes").map(v -> quotes(v, "involvementQuotes")).orElse(List.of()),
                prose("diversity"),
                prose("resettlement"),
                prose("methodology"),
                glossary(),
                standards,
                cases,
                prose("overallFindings"),
                domainFindings(),
                sections(),
                section("strengths").map(v -> proseItems(v, "strengths")).orElse(List.of()),
                section("areasForImprovement").map(v -> proseItems(v, "areasForImprovement")).orElse(List.of()),
                letter(),
                texts));
    }

    private static List<Prose> proseItems(YamlValue v, String what) {
        return v.asList(what).orElse(List.of()).stream()
                .map(i -> i.asText("an item of " + what).map(t -> new Prose(t, i.at()))).flatMap(Optional::stream)
                .toList();
    }

    private Map<Integer, DomainFindings> domainFindings() {
        Map<Integer, DomainFindings> all = new LinkedHashMap<>();
        section("domainFindings").flatMap(v -> v.asOpenMap("domainFindings")).ifPresent(m -> m.entries()
                .forEach((key, value) -> {
                    if (!key.matches("\\d{1,2}")) {
                        diagnostics.error(m.keyAt(key), "'" + key + "' is not a domain number",
                                "key the findings by domain number, e.g. 1:");
                        return;
                    }
                    value.asMap("the findings of domain " + key, DOMAIN_FINDINGS).ifPresent(f -> all.put(
                            Integer.parseInt(key), new DomainFindings(Integer.parseInt(key),
                                    f.get("keyFindings").flatMap(x -> x.asText("keyFindings")
                                            .map(t -> new Prose(t, x.at()))).orElse(null),
                                    proseList(f, "strengths"), proseList(f, "areasForImprovement"))));
                }));
        return all;
    }

    private List<Section> sections() {
        return section("sections").map(v -> readSections(v, diagnostics)).orElse(List.of());
    }

    /** A list of titled sections ({title, numbered, text, paragraphs}), as reports and packs write them. */
    public static List<Section> readSections(YamlValue value, Diagnostics diagnostics) {
        List<Section> list = new ArrayList<>();
        value.asList("sections").orElse(List.of()).forEach(item ->
                item.asMap("a section", SECTION).ifPresent(m -> {
                    Optional<String> title = m.requiredText("title", "the section's heading");
                    Prose text = m.get("text").flatMap(x -> x.asText("text").map(t -> new Prose(t, x.at())))
                            .orElse(null);
                    List<Prose> paragraphs = proseList(m, "paragraphs");
                    if (text == null && paragraphs.isEmpty()) {
                        diagnostics.warning(m.at(), "section '" + title.orElse("") + "' has no text",
                                "add 'text:' or 'paragraphs:'");
                    }
                    title.ifPresent(t -> list.add(new Section(t, m.bool("numbered").orElse(false), text, paragraphs,
                            m.at())));
                }));
        return list;
    }

    private Letter letter() {
        return section("letter").flatMap(v -> v.asMap("letter", LETTER)).map(m -> new Letter(
                m.requiredText("to", "who the letter is addressed to").orElse(null),
                m.text("copyTo").orElse(null),
                m.requiredText("from", "who sends it").orElse(null),
                m.date("date").orElse(null),
                m.get("contact").flatMap(x -> x.asText("contact").map(t -> new Prose(t, x.at()))).orElse(null),
                m.list("copyList", c -> c.asMap("a copy recipient", COPY).flatMap(r ->
                        r.requiredText("role", "their role").map(role ->
                                new Letter.CopyRecipient(role, r.text("names").orElse(""))))))).orElse(null);
    }

    private List<Path> yamlFiles() {
        return ContentFiles.of(dir, "report folder", MAX_DEPTH, diagnostics);
    }

    private void readFile(Path file) {
        Optional<YamlValue> doc = YamlFile.read(file, diagnostics);
        if (doc.isEmpty() || doc.get().isNull()) {
            return;
        }
        texts.addAll(doc.get().texts());
        Path rel = dir.toAbsolutePath().normalize().relativize(file);
        String folder = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
        if (folder.equals(STANDARDS_FOLDER)) {
            Matcher m = STANDARD_FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                diagnostics.error(SourcePosition.startOf(file), "cannot tell which standard this file is about",
                        "start the file name with the standard id, e.g. standards/2.1.yaml");
                return;
            }
            doc.get().asMap("a standard", STANDARD).ifPresent(sm -> addStandard(m.group(1), sm.at(), sm));
            return;
        }
        Optional<YamlMap> top = doc.get().asMap("report content", SECTIONS);
        top.ifPresent(m -> misspelt.addAll(m.misspelt()));
        top.ifPresent(m -> m.entries().forEach((key, value) -> {
            if (key.equals("cases")) {
                readCases(value); // cases may be split across files (court, out-of-court, resettlement)
                return;
            }
            YamlValue earlier = sections.get(key);
            if (earlier != null) {
                diagnostics.error(m.keyAt(key), "'" + key + "' is already given in " + earlier.at().describe(dir),
                        "keep it in one file");
                return;
            }
            sections.put(key, value);
        }));
    }

    private Optional<YamlValue> section(String key) {
        YamlValue v = sections.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    private Optional<YamlValue> requireSection(String key, String what, SourcePosition missingAt) {
        Optional<YamlValue> v = section(key);
        if (v.isEmpty() && !misspelt.contains(key)) {
            diagnostics.error(sections.containsKey(key) ? sections.get(key).at() : missingAt,
                    (sections.containsKey(key) ? "no value for '" : "missing '") + key + "' (" + what + ")",
                    "add '" + key + ": ...' to report.yaml");
        }
        return v;
    }

    private Prose prose(String key) {
        return section(key).flatMap(v -> v.asText(key).map(t -> new Prose(t, v.at()))).orElse(null);
    }

    private Metadata metadata(SourcePosition missingAt) {
        Optional<YamlValue> frameworkValue = requireSection("framework", "which framework the report is judged against",
                missingAt);
        String framework = frameworkValue.flatMap(v -> v.asText("framework")).orElse(null);
        SourcePosition frameworkAt = frameworkValue.map(YamlValue::at).orElse(missingAt);

        Service service = requireSection("service", "the inspected service", missingAt)
                .flatMap(v -> v.asMap("service", SERVICE)).map(this::service).orElse(null);

        Optional<YamlValue> fieldworkValue = requireSection("fieldwork", "fieldwork start and end dates", missingAt);
        DateRange fieldwork = fieldworkValue.flatMap(v -> v.asMap("fieldwork", RANGE)).map(this::range).orElse(null);
        DateRange window = section("sampleWindow").flatMap(v -> v.asMap("sampleWindow", RANGE)).map(this::range)
                .orElse(null);

        Optional<YamlValue> publishedValue = requireSection("published", "the publication month, YYYY-MM", missingAt);
        var published = publishedValue.flatMap(v -> v.asYearMonth("published")).orElse(null);

        String lead = requireSection("leadInspector", "who led the inspection", missingAt)
                .flatMap(v -> v.asText("leadInspector")).orElse(null);
        Person chief = requireSection("chiefInspector", "the chief inspector who signs the foreword", missingAt)
                .flatMap(v -> v.asMap("chiefInspector", PERSON)).map(m -> new Person(
                        m.requiredText("name", "the chief inspector's name").orElse(null),
                        m.text("title").orElse(null))).orElse(null);

        Map<String, Integer> sample = new LinkedHashMap<>();
        Optional<YamlValue> sampleValue = section("sample");
        sampleValue.flatMap(v -> v.asOpenMap("sample")).ifPresent(m -> m.entries().forEach((type, count) ->
                count.asInteger("the number of " + type + " cases", 0, 10_000).ifPresent(n -> sample.put(type, n))));

        Map<String, String> lints = new LinkedHashMap<>();
        Map<String, SourcePosition> lintsAt = new LinkedHashMap<>();
        section("lints").flatMap(v -> v.asOpenMap("lints")).ifPresent(m -> m.entries().forEach((rule, level) ->
                level.asText("the level of lint " + rule).ifPresent(t -> {
                    String l = t.trim().toLowerCase(java.util.Locale.ROOT);
                    if (!List.of("error", "warning", "off").contains(l)) {
                        diagnostics.error(level.at(), "lint level must be error, warning or off, not '" + t + "'",
                                null);
                        return;
                    }
                    lints.put(rule, l);
                    lintsAt.put(rule, m.keyAt(rule));
                })));

        return new Metadata(framework, frameworkAt, service,
                section("inspectorate").flatMap(v -> v.asText("inspectorate")).orElse(null),
                section("joint").flatMap(v -> v.asBoolean("joint")).orElse(false),
                fieldwork, fieldworkValue.map(YamlValue::at).orElse(missingAt),
                window, published, publishedValue.map(YamlValue::at).orElse(missingAt), lead, chief,
                section("isbn").flatMap(v -> v.asText("isbn")).orElse(null),
                section("interviews").flatMap(v -> v.asInteger("interviews", 0, 100_000)).orElse(null),
                sample, sampleValue.map(YamlValue::at).orElse(missingAt), lints, lintsAt,
                section(OutputName.KEY).flatMap(v -> OutputName.read(v, diagnostics)).orElse(null));
    }

    private Service service(YamlMap m) {
        Optional<String> name = m.requiredText("name", "the service's full name");
        Optional<ServiceKind> kind = m.require("kind", "YOT, YOS or YJS").flatMap(v -> v.asText("kind").flatMap(t -> {
            try {
                return Optional.of(ServiceKind.valueOf(t.trim()));
            } catch (IllegalArgumentException e) {
                v.diagnostics().error(v.at(), "service kind must be YOT, YOS or YJS, not '" + t + "'",
                        Suggestions.didYouMean(t, List.of("YOT", "YOS", "YJS")));
                return Optional.empty();
            }
        }));
        Optional<String> area = m.requiredText("area", "the area the service covers");
        return new Service(name.orElse(null), m.text("shortName").orElse(null), kind.orElse(null), area.orElse(null));
    }

    private DateRange range(YamlMap m) {
        return new DateRange(m.require("start", "the first day").flatMap(v -> v.asDate("start")).orElse(null),
                m.require("end", "the last day").flatMap(v -> v.asDate("end")).orElse(null));
    }

    private List<RecommendationGroup> recommendations() {
        List<RecommendationGroup> groups = new ArrayList<>();
        int[] number = {0};
        section("recommendations").flatMap(v -> v.asList("recommendations")).orElse(List.of()).forEach(g ->
                g.asMap("a group of recommendations", GROUP).ifPresent(m -> {
                    String to = m.requiredText("to", "who should act, e.g. 'The YJS service manager'").orElse(null);
                    List<Recommendation> items = new ArrayList<>();
                    m.require("items", "the recommendations for them").flatMap(v -> v.asList("items"))
                            .orElse(List.of()).forEach(item -> item.asText("a recommendation").ifPresent(t ->
                                    items.add(new Recommendation(++number[0], new Prose(t, item.at())))));
                    groups.add(new RecommendationGroup(to, items, m.at()));
                }));
        return groups;
    }

    private List<FactTable> tables(YamlValue v) {
        List<FactTable> tables = new ArrayList<>();
        v.asList("contextualFacts").orElse(List.of()).forEach(t -> t.asMap("a table", TABLE).ifPresent(m -> {
            String title = m.requiredText("title", "the table's caption").orElse(null);
            List<String> columns = m.require("columns", "the column headings").map(x -> m.textList("columns"))
                    .orElse(List.of());
            List<List<String>> rows = new ArrayList<>();
            m.require("rows", "the table's rows").flatMap(x -> x.asList("rows")).orElse(List.of()).forEach(row ->
                    row.asList("a row").ifPresent(cells -> {
                        List<String> texts = cells.stream().map(c -> c.asText("a cell")).flatMap(Optional::stream)
                                .toList();
                        if (texts.size() == cells.size() && !columns.isEmpty() && texts.size() != columns.size()) {
                            diagnostics.error(row.at(), "this row has " + texts.size() + " cells but the table has "
                                    + columns.size() + " columns", "give one cell per column");
                        }
                        rows.add(texts);
                    }));
            String chart = m.text("chart").orElse(null);
            if (chart != null && !chart.equals("bar")) {
                diagnostics.error(m.keyAt("chart"), "unknown chart '" + chart + "'", "the chart kinds are: bar");
                chart = null;
            }
            tables.add(new FactTable(title, m.text("source").orElse(null), columns, rows, chart, m.at()));
        }));
        return tables;
    }

    private List<Quote> quotes(YamlValue v, String what) {
        List<Quote> quotes = new ArrayList<>();
        v.asList(what).orElse(List.of()).forEach(q -> q.asMap("a quote", QUOTE).ifPresent(m ->
                m.requiredText("text", "what was said").ifPresent(text ->
                        quotes.add(new Quote(text, m.text("from").orElse(null), m.at())))));
        return quotes;
    }

    /** The glossary: a list of {term, definition}, or a mapping of term to definition. */
    private List<GlossaryEntry> glossary() {
        List<GlossaryEntry> entries = new ArrayList<>();
        Optional<YamlValue> glossary = section("glossary");
        if (glossary.isPresent() && glossary.get().isMapping()) {
            glossary.get().asOpenMap("glossary").ifPresent(m -> m.entries().forEach((term, def) ->
                    def.asText("the definition of " + term).ifPresent(t ->
                            entries.add(new GlossaryEntry(term, new Prose(t, def.at()))))));
            return entries;
        }
        glossary.flatMap(v -> v.asList("glossary")).orElse(List.of()).forEach(item ->
                item.asMap("a glossary entry", GLOSSARY_ENTRY).ifPresent(m -> {
                    Optional<String> term = m.requiredText("term", "the term");
                    Optional<YamlValue> def = m.require("definition", "what it means");
                    if (term.isPresent() && def.isPresent()) {
                        def.get().asText("definition").ifPresent(t ->
                                entries.add(new GlossaryEntry(term.get(), new Prose(t, def.get().at()))));
                    }
                }));
        return entries;
    }

    private void addStandard(String id, SourcePosition at, YamlMap m) {
        if (standards.containsKey(id)) {
            diagnostics.error(at, "standard " + id + " is already described in "
                    + standards.get(id).at().describe(dir), "keep one file per standard");
            return;
        }
        Optional<YamlValue> ratingValue = m.get("rating");
        String rating = ratingValue.flatMap(v -> v.asText("rating")).orElse(null);
        Discretion discretion = m.map("discretion", DISCRETION).map(d -> new Discretion(
                d.require("rating", "the rating inspectors gave").flatMap(v -> v.asText("rating")).orElse(null),
                d.text("keyQuestion").orElse(null),
                d.text("reason").orElse(null),
                d.at())).orElse(null);
        List<PublishedFigure> figures = new ArrayList<>();
        m.get("figures").flatMap(v -> v.asOpenMap("figures")).ifPresent(f -> f.entries().forEach((kq, value) ->
                value.asInteger("the percentage for " + kq, 0, 100)
                        .ifPresent(p -> figures.add(new PublishedFigure(kq, p, f.keyAt(kq))))));
        standards.put(id, new StandardContent(id, at, rating, ratingValue.map(YamlValue::at).orElse(at),
                m.get("narrative").flatMap(v -> v.asText("narrative").map(t -> new Prose(t, v.at()))).orElse(null),
                proseList(m, "strengths"),
                proseList(m, "areasForImprovement"),
                m.list("practiceExamples", v -> v.asMap("a practice example", EXAMPLE).flatMap(e ->
                        e.require("text", "the example").flatMap(t -> t.asText("text").map(s -> new PracticeExample(
                                e.text("title").orElse(null), new Prose(s, t.at()),
                                e.bool("namesChanged").orElse(false), e.at()))))),
                m.get("quotes").map(v -> quotes(v, "quotes")).orElse(List.of()),
                discretion, figures));
    }

    private static List<Prose> proseList(YamlMap m, String key) {
        if (m.entries().containsKey(key) && m.entries().get(key).isSequence()
                && m.entries().get(key).asList(key).map(List::isEmpty).orElse(false)) {
            m.diagnostics().warning(m.keyAt(key), "'" + key + "' is empty", "add items, or remove the key");
        }
        return m.list(key, v -> v.asText("an item of " + key).map(t -> new Prose(t, v.at())));
    }

    private void readCases(YamlValue v) {
        v.asList("cases").orElse(List.of()).forEach(c -> c.asMap("a case", CASE).ifPresent(m -> {
            Optional<String> id = m.requiredText("id", "the case's id (never printed)");
            Optional<YamlValue> typeValue = m.require("type", "court, out-of-court or resettlement");
            String type = typeValue.flatMap(t -> t.asText("type")).orElse(null);
            List<CaseAnswer> answers = new ArrayList<>();
            List<String> given = new ArrayList<>();
            m.get("answers").flatMap(a -> a.asOpenMap("answers")).ifPresent(a -> a.entries().forEach((kq, value) -> {
                given.add(kq);
                caseAnswer(kq, a.keyAt(kq), value).ifPresent(answers::add);
            }));
            id.ifPresent(i -> cases.add(new InspectedCase(i, type, typeValue.map(YamlValue::at).orElse(m.at()),
                    m.text("disposal").orElse(null), answers, given, m.at())));
        }));
    }

    private Optional<CaseAnswer> caseAnswer(String kq, SourcePosition at, YamlValue value) {
        if (value.isScalar()) {
            return answer(value).map(a -> new CaseAnswer(kq, a, List.of(), at, at));
        }
        return value.asMap("the answer to " + kq, ANSWER).flatMap(m -> {
            Optional<Answer> answer = m.require("answer", "yes, no or n/a").flatMap(this::answer);
            List<Answer> prompts = m.get("prompts").map(this::prompts).orElse(List.of());
            return answer.map(a -> new CaseAnswer(kq, a, prompts, at, m.get("prompts").map(YamlValue::at).orElse(at)));
        });
    }

    private Optional<Answer> answer(YamlValue v) {
        return v.asText("an answer").flatMap(t -> {
            Optional<Answer> a = t.trim().length() > 1 || t.trim().equals("-") ? Answer.parse(t) : Optional.empty();
            if (a.isEmpty()) {
                diagnostics.error(v.at(), "'" + t + "' is not an answer", "answer yes, no or n/a");
            }
            return a;
        });
    }

    private List<Answer> prompts(YamlValue v) {
        if (v.isMapping()) {
            List<Answer> list = new ArrayList<>();
            v.asOpenMap("prompts").ifPresent(m -> {
                char expected = 'a';
                for (var e : m.entries().entrySet()) {
                    if (e.getKey().length() != 1 || e.getKey().charAt(0) != expected) {
                        diagnostics.error(m.keyAt(e.getKey()), "expected prompt '" + expected + "' here, found '"
                                + e.getKey() + "'", "list the prompts in order: a, b, c ...");
                        return;
                    }
                    expected++;
                    answer(e.getValue()).ifPresent(list::add);
                }
            });
            return list;
        }
        return v.asText("prompts").map(t -> {
            List<Answer> list = new ArrayList<>();
            String compact = t.replaceAll("\\s+", "");
            for (int i = 0; i < compact.length(); i++) {
                char ch = compact.charAt(i);
                Optional<Answer> a = Answer.parse(String.valueOf(ch));
                if (a.isEmpty()) {
                    diagnostics.error(v.at(), "prompt " + (char) ('a' + i) + " is '" + ch
                            + "', which is not an answer", "use Y (yes), N (no) or - (not applicable) for each prompt");
                    return List.<Answer>of();
                }
                list.add(a.get());
            }
            return list;
        }).orElse(List.of());
    }
}
