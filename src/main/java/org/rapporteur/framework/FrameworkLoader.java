package org.rapporteur.framework;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.YamlFile;
import org.rapporteur.source.YamlMap;
import org.rapporteur.source.YamlValue;

/** Loads framework data files from {@code frameworks/<id>.yaml} on the class path. */
public final class FrameworkLoader {

    private static final String FOLDER = "frameworks";
    private static final Map<String, Framework> CACHE = new ConcurrentHashMap<>();

    private static final Set<String> TOP = Set.of("id", "title", "inspectorate", "reportKind", "skeleton", "childTerm",
            "ratings", "notRated", "bands", "scoring", "caseTypes", "domains", "required");
    private static final Set<String> REQUIRED = Set.of("report", "standard");
    private static final Set<String> BAND = Set.of("min", "rating", "label");
    private static final Set<String> SCORING = Set.of("printed", "overall", "limitingJudgements");
    private static final Set<String> OVERALL = Set.of("min", "rating");
    private static final Set<String> LIMITING = Set.of("standard", "rating", "cap");
    private static final Set<String> CASE_TYPE = Set.of("id", "name", "example");
    private static final Set<String> DOMAIN = Set.of("id", "name", "scored", "standards");
    private static final Set<String> STANDARD = Set.of("id", "name", "headline", "method", "caseType",
            "ratedOnlyWithCases", "keyQuestions");
    private static final Set<String> KEY_QUESTION = Set.of("id", "text", "prompts");
    private static final Set<String> PROMPT = Set.of("letter", "text");

    private FrameworkLoader() {
    }

    /** The ids of every framework shipped. */
    public static Set<String> available() {
        Set<String> ids = new TreeSet<>();
        URL url = FrameworkLoader.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return ids;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                collect(fs.getPath(FOLDER), ids);
            } else {
                collect(Path.of(uri), ids);
            }
        } catch (IOException | URISyntaxException e) {
            // no listing: callers still load by id
        }
        return ids;
    }

    private static void collect(Path dir, Set<String> ids) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> ids.add(n.substring(0, n.length() - ".yaml".length())));
        }
    }

    /** The framework with this id, or empty with a diagnostic at {@code where} when there is none or it is broken. */
    public static Optional<Framework> load(String id, SourcePosition where, Diagnostics diagnostics) {
        Framework cached = CACHE.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            diagnostics.error(where, "unknown framework '" + id + "'", known());
            return Optional.empty();
        }
        String resource = FOLDER + "/" + id + ".yaml";
        try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                String hint = org.rapporteur.source.Suggestions.didYouMean(id, available());
                diagnostics.error(where, "unknown framework '" + id + "'", hint != null ? hint : known());
                return Optional.empty();
            }
            Optional<Framework> framework = parse(Path.of(resource), new String(in.readAllBytes(),
                    StandardCharsets.UTF_8), id, diagnostics);
            framework.ifPresent(f -> CACHE.put(id, f));
            return framework;
        } catch (IOException e) {
            diagnostics.error(where, "cannot read framework '" + id + "': " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /**
     * The framework with this id from a folder of framework files ({@code <folder>/<id>.yaml}) instead of the ones
     * shipped: a framework being written, or one a test brings. Read afresh each time.
     */
    public static Optional<Framework> load(Path folder, String id, SourcePosition where, Diagnostics diagnostics) {
        Path file = folder.resolve(id + ".yaml");
        if (!id.matches("[a-z0-9][a-z0-9-]*") || !Files.isRegularFile(file)) {
            diagnostics.error(where, "unknown framework '" + id + "'", "no file " + file);
            return Optional.empty();
        }
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8), id, diagnostics);
        } catch (IOException e) {
            diagnostics.error(where, "cannot read framework '" + id + "': " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    private static Optional<Framework> parse(Path file, String text, String id, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<Framework> framework = YamlFile.parse(file, text, own).flatMap(v -> read(v, id, own));
        own.all().forEach(diagnostics::add);
        return own.hasErrors() ? Optional.empty() : framework;
    }

    private static String known() {
        return "known frameworks: " + String.join(", ", available());
    }

    static Optional<Framework> read(YamlValue root, String expectedId, Diagnostics d) {
        Optional<YamlMap> top = root.asMap("a framework", TOP);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = top.get();
        String id = m.requiredText("id", "the framework id").orElse(expectedId);
        if (!id.equals(expectedId)) {
            d.error(m.keyAt("id"), "framework id '" + id + "' differs from its file name '" + expectedId + "'", null);
        }
        ScaleReader scale = new ScaleReader();
        List<Rating> ratings = scale.ratings(m);
        RatingLabel notRated = scale.notRated(m, !ratings.isEmpty());
        Map<String, Rating> byName = new java.util.HashMap<>();
        ratings.forEach(r -> byName.put(r.name(), r));

        List<Band> bands = readBands(m, byName, d);
        Scoring scoring = readScoring(m, byName, ratings, d);
        List<CaseType> caseTypes = m.list("caseTypes", v -> v.asMap("a case type", CASE_TYPE).flatMap(c -> {
            Optional<String> cid = c.requiredText("id", "the case type id");
            Optional<String> name = c.requiredText("name", "its name in the report");
            return cid.isPresent() && name.isPresent()
                    ? Optional.of(new CaseType(cid.get(), name.get(), c.text("example").orElse(""))) : Optional.empty();
        }));
        Set<String> caseTypeIds = new HashSet<>();
        caseTypes.forEach(c -> caseTypeIds.add(c.id()));

        Set<String> seenIds = new HashSet<>();
        List<Domain> domains = m.list("domains", v -> v.asMap("a domain", DOMAIN).flatMap(dm -> {
            Optional<Integer> number = dm.require("id", "the domain number").flatMap(x -> x.asInteger("id", 1, 99));
            Optional<String> name = dm.requiredText("name", "the domain name");
            boolean scored = dm.bool("scored").orElse(true);
            List<Standard> standards = dm.list("standards", sv -> sv.asMap("a standard", STANDARD)
                    .flatMap(s -> readStandard(s, scored, caseTypeIds, seenIds, d)));
            return number.isPresent() && name.isPresent()
                    ? Optional.of(new Domain(number.get(), name.get(), scored, standards)) : Optional.empty();
        }));

        Framework f = new Framework(id,
                m.requiredText("title", "the framework's title").orElse(id),
                m.requiredText("inspectorate", "the inspectorate").orElse(""),
                m.requiredText("reportKind", "the template folder for its reports").orElse(id),
                skeleton(m, domains, d),
                m.text("childTerm").orElse("child"),
                ratings, notRated, bands, scoring, caseTypes, domains, required(m, d));
        if (f.standards().stream().anyMatch(Standard::ratedFromCases) && f.bands().isEmpty()) {
            d.error(m.at(), "standards rated from cases need 'bands'", null);
        }
        if (!f.standards().isEmpty() && f.ratings().isEmpty()) {
            d.error(m.at(), "a framework with standards needs 'ratings'", null);
        }
        for (LimitingJudgement lj : scoring.limitingJudgements()) {
            if (f.standard(lj.standard()).isEmpty()) {
                d.error(m.keyAt("scoring"), "limiting judgement names unknown standard " + lj.standard(), null);
            }
        }
        return d.hasErrors() ? Optional.empty() : Optional.of(f);
    }

    private static List<Band> readBands(YamlMap m, Map<String, Rating> ratings, Diagnostics d) {
        record Raw(int min, Rating rating, String label) {
        }
        List<Raw> raw = m.list("bands", v -> v.asMap("a band", BAND).flatMap(b -> {
            Optional<Integer> min = b.require("min", "the lowest percentage in the band")
                    .flatMap(x -> x.asInteger("min", 0, 100));
            Optional<Rating> rating = b.require("rating", "the rating the band earns").flatMap(x -> rating(x, ratings));
            return min.isPresent() && rating.isPresent()
                    ? Optional.of(new Raw(min.get(), rating.get(), b.text("label").orElse(""))) : Optional.empty();
        }));
        List<Raw> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingInt(Raw::min).reversed());
        List<Band> bands = new ArrayList<>();
        int max = 100;
        for (Raw r : sorted) {
            bands.add(new Band(r.min(), max, r.rating(), r.label()));
            max = r.min() - 1;
        }
        if (!sorted.isEmpty() && sorted.get(sorted.size() - 1).min() != 0) {
            d.error(m.keyAt("bands"), "the bands must reach down to 0%", null);
        }
        return bands;
    }

    private static Scoring readScoring(YamlMap m, Map<String, Rating> ratings, List<Rating> scale, Diagnostics d) {
        Optional<YamlMap> s = m.get("scoring").flatMap(v -> v.asMap("scoring", SCORING));
        if (s.isEmpty()) {
            return new Scoring(false, List.of(), List.of());
        }
        YamlMap sm = s.get();
        record Raw(int min, Rating rating) {
        }
        List<Raw> raw = new ArrayList<>(sm.list("overall", v -> v.asMap("an overall band", OVERALL).flatMap(b -> {
            Optional<Integer> min = b.require("min", "the lowest score").flatMap(x -> x.asInteger("min", 0, 1000));
            Optional<Rating> rating = b.require("rating", "the overall rating").flatMap(x -> rating(x, ratings));
            return min.isPresent() && rating.isPresent() ? Optional.of(new Raw(min.get(), rating.get()))
                    : Optional.empty();
        })));
        raw.sort(Comparator.comparingInt(Raw::min).reversed());
        List<OverallBand> overall = new ArrayList<>();
        int max = Integer.MAX_VALUE;
        for (Raw r : raw) {
            overall.add(new OverallBand(r.min(), max, r.rating()));
            max = r.min() - 1;
        }
        List<LimitingJudgement> limits = sm.list("limitingJudgements", v -> v.asMap("a limiting judgement", LIMITING)
                .flatMap(l -> {
                    Optional<String> standard = l.requiredText("standard", "the standard whose rating limits");
                    Optional<Rating> when = l.require("rating", "the rating that limits").flatMap(x -> rating(x, ratings));
                    Optional<Rating> cap = l.require("cap", "the highest overall rating then").flatMap(x -> rating(x, ratings));
                    return standard.isPresent() && when.isPresent() && cap.isPresent()
                            ? Optional.of(new LimitingJudgement(standard.get(), when.get(), cap.get()))
                            : Optional.empty();
                }));
        return new Scoring(sm.bool("printed").orElse(true), overall, limits);
    }

    private static Optional<Rating> rating(YamlValue v, Map<String, Rating> ratings) {
        return v.asText("a rating").flatMap(name -> {
            Rating r = ratings.get(name);
            if (r == null) {
                v.diagnostics().error(v.at(), "unknown rating '" + name + "'",
                        org.rapporteur.source.Suggestions.didYouMean(name, ratings.keySet()));
            }
            return Optional.ofNullable(r);
        });
    }

    private static Optional<Standard> readStandard(YamlMap s, boolean scored, Set<String> caseTypes,
                                                   Set<String> seenIds, Diagnostics d) {
        Optional<String> id = s.requiredText("id", "the standard id, e.g. \"2.1\"");
        Optional<String> name = s.requiredText("name", "the standard's name");
        String headline = s.text("headline").orElse(null);
        Method method = s.requiredText("method", "qualitative or cases").flatMap(t -> switch (t) {
            case "qualitative" -> Optional.of(Method.QUALITATIVE);
            case "cases" -> Optional.of(Method.CASES);
            default -> {
                d.error(s.keyAt("method"), "method must be 'qualitative' or 'cases', not '" + t + "'", null);
                yield Optional.empty();
            }
        }).orElse(Method.QUALITATIVE);
        String caseType = s.text("caseType").orElse(null);
        if (method == Method.CASES && caseType == null) {
            d.error(s.at(), "a standard rated from cases needs 'caseType'", null);
        }
        String ratedOnlyWith = s.text("ratedOnlyWithCases").orElse(null);
        for (String ct : new String[] {caseType, ratedOnlyWith}) {
            if (ct != null && !caseTypes.contains(ct)) {
                d.error(s.at(), "unknown case type '" + ct + "'", org.rapporteur.source.Suggestions.didYouMean(ct, caseTypes));
            }
        }
        List<KeyQuestion> kqs = s.list("keyQuestions", v -> v.asMap("a key question", KEY_QUESTION).flatMap(k -> {
            Optional<String> kid = k.requiredText("id", "the key question id, e.g. \"2.1.1\"");
            Optional<String> text = k.requiredText("text", "the key question's wording");
            List<Prompt> prompts = k.list("prompts", pv -> pv.asMap("a prompt", PROMPT).flatMap(p -> {
                Optional<String> letter = p.requiredText("letter", "the prompt's letter");
                Optional<String> ptext = p.requiredText("text", "the prompt's wording");
                return letter.isPresent() && ptext.isPresent() ? Optional.of(new Prompt(letter.get(), ptext.get()))
                        : Optional.empty();
            }));
            if (kid.isPresent() && !seenIds.add(kid.get())) {
                d.error(k.at(), "key question id " + kid.get() + " is used twice", null);
            }
            return kid.isPresent() && text.isPresent() ? Optional.of(new KeyQuestion(kid.get(), text.get(), prompts))
                    : Optional.empty();
        }));
        if (id.isPresent() && !seenIds.add(id.get())) {
            d.error(s.at(), "standard id " + id.get() + " is used twice", null);
        }
        if (method == Method.CASES && kqs.isEmpty()) {
            d.error(s.at(), "a standard rated from cases needs key questions", null);
        }
        return id.isPresent() && name.isPresent()
                ? Optional.of(new Standard(id.get(), name.get(), headline, method, caseType, ratedOnlyWith, scored, kqs))
                : Optional.empty();
    }

    /** What a complete report has ({@code required:}), each part named as the content model names it. */
    private static Required required(YamlMap m, Diagnostics d) {
        Optional<YamlMap> given = m.map("required", REQUIRED);
        if (given.isEmpty()) {
            return Required.nothing(m.keyAt("required"));
        }
        return new Required(parts(given.get(), "report", Required.REPORT_PARTS, d),
                parts(given.get(), "standard", Required.STANDARD_PARTS, d), m.keyAt("required"));
    }

    private static List<String> parts(YamlMap m, String key, List<String> known, Diagnostics d) {
        List<String> parts = new ArrayList<>();
        m.get(key).flatMap(v -> v.asList(key)).orElse(List.of()).forEach(item -> item.asText("a part").ifPresent(t -> {
            if (!known.contains(t)) {
                String hint = org.rapporteur.source.Suggestions.didYouMean(t, known);
                d.error(item.at(), "'" + t + "' is not a part a " + (key.equals("report") ? "report" : "standard's file")
                        + " has", hint != null ? hint : "the parts are: " + String.join(", ", known));
            } else if (parts.contains(t)) {
                d.error(item.at(), "'" + t + "' is listed twice", "list it once");
            } else {
                parts.add(t);
            }
        }));
        return parts;
    }

    /** The sections {@code rapporteur new} writes for this framework's reports (see scaffold/Skeleton). */
    static final List<String> SKELETONS = List.of("full", "findings", "letter");

    private static String skeleton(YamlMap m, List<Domain> domains, Diagnostics d) {
        String otherwise = domains.isEmpty() ? "letter" : "full";
        Optional<String> given = m.text("skeleton");
        if (given.isPresent() && !SKELETONS.contains(given.get())) {
            d.error(m.keyAt("skeleton"), "skeleton '" + given.get() + "' is not one of " + String.join(", ",
                    SKELETONS), "full: the standard report; findings: overall and domain findings (2018); letter: a"
                    + " letter with titled sections");
            return otherwise;
        }
        return given.orElse(otherwise);
    }
}
