package org.rapporteur.scaffold;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.framework.CaseType;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.KeyQuestion;
import org.rapporteur.framework.Rating;
import org.rapporteur.framework.Standard;

/**
 * The files of a new report for a framework: every section with TODO placeholders, one file per standard, one
 * cases file per case type with a placeholder case, and a copy of the schemas. Guidance for the author is in YAML
 * comments; placeholders in prose are marked TODO, so the skeleton checks clean and builds as a draft at once,
 * while a final build refuses until every TODO is written.
 */
public final class Skeleton {

    /** What the author said about the report on the command line. */
    public record Options(String serviceName, LocalDate today) {

        public Options {
            if (today == null) {
                throw new IllegalArgumentException("today is required");
            }
        }

        public static Options of(String serviceName) {
            return new Options(serviceName, LocalDate.now());
        }
    }

    /** The service as far as its name tells: its kind and area, with TODO where the name does not say. */
    record ServiceGuess(String name, String shortName, String kind, String area, boolean given,
                        boolean kindKnown) {
    }

    private static final int WIDTH = 110;
    private static final Pattern SERVICE_SUFFIX = Pattern.compile(
            "(?i)^(.*?)\\s*\\b(youth justice service|youth offending service|youth offending team|yjs|yos|yot)\\s*$");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ,.'()&/-]*");
    private static final Set<String> YAML_WORDS = Set.of("yes", "no", "y", "n", "true", "false", "on", "off",
            "null");
    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Framework framework;
    private final Options options;
    private final ServiceGuess service;
    private final Map<String, String> files = new LinkedHashMap<>();

    private Skeleton(Framework framework, Options options) {
        this.framework = framework;
        this.options = options;
        this.service = guess(options.serviceName());
    }

    /** Every file of the new report, keyed by relative path with '/' separators, in the order they are listed. */
    public static Map<String, byte[]> files(Framework framework, Options options) {
        Skeleton s = new Skeleton(framework, options);
        s.build();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        s.files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        bytes.putAll(Schemas.reportCopies());
        return bytes;
    }

    /** The file a case type's cases go in, e.g. cases/court.yaml. */
    public static String casesFile(CaseType type, int index) {
        String id = SAFE_ID.matcher(type.id()).matches() ? type.id() : "type-" + (index + 1);
        return "cases/" + id + ".yaml";
    }

    /** Which sections a kind of report prints, so that a new report has exactly the files its template uses. */
    public enum Profile {
        /** The full standard report (2021 on): foreword, recommendations, background, involvement, diversity ... */
        FULL,
        /** The 2018 report: as the full one, with overall and domain findings instead of involvement and diversity. */
        FINDINGS,
        /** A letter with titled sections and closing lists, for frameworks without standards (SQS). */
        LETTER
    }

    /** The profile of a framework's reports, as its file says ({@code skeleton:}). */
    public static Profile profile(Framework framework) {
        return Profile.valueOf(framework.skeleton().toUpperCase(java.util.Locale.ROOT));
    }

    private void build() {
        Profile profile = profile(framework);
        reportYaml();
        if (profile == Profile.LETTER) {
            letter();
            sections();
            closingLists();
            glossary();
            return;
        }
        foreword();
        recommendations();
        background();
        if (profile == Profile.FINDINGS) {
            findings();
        } else {
            involvement();
            diversity();
        }
        methodology();
        glossary();
        for (Standard s : framework.standards()) {
            standard(s);
        }
        List<CaseType> types = framework.caseTypes();
        for (int i = 0; i < types.size(); i++) {
            cases(types.get(i), i);
        }
    }

    // ---------------------------------------------------------------------------------------------- report.yaml

    private void reportYaml() {
        LocalDate start = options.today().plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate end = start.plusDays(11);
        LocalDate windowStart = start.minusMonths(12).withDayOfMonth(1);
        LocalDate windowEnd = start.minusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
        YearMonth published = YearMonth.from(end).plusMonths(3);

        Text t = new Text("report.yaml");
        t.comment("Report metadata: the service inspected, the framework, fieldwork and sample dates, the people who "
                + "sign the report and its ISBN. Replace every value marked TODO, in the value or in its comment: the "
                + "dates below are placeholders. Once a value is right, delete the TODO from its comment; a final "
                + "build refuses a value still marked TODO.");
        t.blank();
        t.comment("The framework the report is judged against: " + framework.title() + ".");
        t.line("framework: " + framework.id());
        t.line("service:");
        t.line("  name: " + scalar(service.name()), service.given() ? "the service's full name"
                : "TODO the service's full name, e.g. Kestrelford Youth Justice Service");
        t.line("  shortName: " + scalar(service.shortName()), (service.given() ? "" : "TODO ")
                + "optional: used in running text and page headers");
        t.line("  kind: " + service.kind(), (service.kindKnown() ? "" : "TODO ")
                + "YOT, YOS or YJS, as the service calls itself");
        t.line("  area: " + scalar(service.area()), (service.area().startsWith("TODO") ? "TODO " : "")
                + "the area the service covers");
        t.line("inspectorate: " + scalar(framework.inspectorate()), "optional: defaults to the framework's");
        t.line("joint: false", "true for a joint inspection with other inspectorates");
        t.line("fieldwork: { start: " + start + ", end: " + end + " }", "TODO the first and last day of fieldwork");
        t.line("sampleWindow: { start: " + windowStart + ", end: " + windowEnd + " }",
                "TODO optional: when the inspected cases began");
        t.line("published: " + published, "TODO the publication month, YYYY-MM");
        t.line("leadInspector: TODO lead inspector", "TODO who led the inspection");
        t.line("chiefInspector:", profile(framework) == Profile.LETTER ? "sends the letter" : "signs the foreword");
        t.line("  name: TODO chief inspector", "TODO");
        t.line("  title: " + scalar(chiefTitle(framework.inspectorate())), chiefTitle(framework.inspectorate())
                .startsWith("TODO") ? "TODO" : null);
        t.line("isbn:", "TODO optional: the report's ISBN, e.g. 978-1-0000-0000-9");
        t.line("interviews:", "TODO optional: how many case manager interviews were held");
        t.blank();
        if (!framework.caseTypes().isEmpty()) {
            t.comment("Only when re-issuing a report without its case data, the number of cases of each type "
                    + "(leave it out when the cases are in cases/; they are counted):");
            t.comment("sample: { " + String.join(", ", framework.caseTypes().stream()
                    .map(c -> c.id() + ": 20").toList()) + " }");
        }
        t.comment("To change how a house-style lint applies to this report (error, warning or off; the rules are "
                + "per-cent, small-numbers, child-first, us-spelling and rating-style):");
        t.comment("lints: { per-cent: error, us-spelling: off }");
        t.comment("To name the outputs other than after this folder (build-output/<name>/<name>.pdf, and"
                + " <name>-draft.pdf for a draft):");
        t.comment("outputName: kestrelford-yjs-2026");
        put(t);
    }

    private static String chiefTitle(String inspectorate) {
        Matcher m = Pattern.compile("^HM Inspectorate of (.+)$").matcher(inspectorate == null ? "" : inspectorate);
        return m.matches() ? "HM Chief Inspector of " + m.group(1) : "TODO the chief inspector's title";
    }

    // ---------------------------------------------------------------------------------------------- prose files

    private void foreword() {
        Text t = new Text("foreword.yaml");
        t.comment("Foreword by the Chief Inspector. It is signed through chiefInspector in report.yaml, so do not "
                + "sign it in the text.");
        t.comment("What to write, in five or six short paragraphs: what the area and the service are like and what "
                + "we looked at; the overall rating, and any standard rated separately; the main strengths; the main "
                + "weaknesses and what they mean for " + plural(framework.childTerm()) + "; how many recommendations "
                + "we make (in words), and what will follow if the partnership acts on them.");
        houseStyle(t);
        t.line("foreword: |");
        t.prose("TODO: the Chief Inspector's foreword. Overall, we have rated the service as 'TODO'.");
        put(t);
    }

    private void recommendations() {
        Text t = new Text("recommendations.yaml");
        t.comment("Recommendations, grouped by who should act. They are numbered across the groups, and the "
                + "lead-in says how many there are, in words.");
        t.comment("Each item continues \"<to> should:\", so start it with a verb in lower case (make sure that "
                + "..., improve ..., reduce ...) and end it without a full stop. Keep to what matters most: "
                + "usually six to ten in all.");
        houseStyle(t);
        t.line("recommendations:");
        t.line("  - to: The TODO Youth Justice Partnership Board", "TODO who should act");
        t.line("    items:");
        t.line("      - TODO what the board should do, e.g. make sure that ...");
        t.line("  - to: The TODO head of service", "TODO who should act");
        t.line("    items:");
        t.line("      - TODO what the head of service should do");
        put(t);
    }

    private void background() {
        Text t = new Text("background.yaml");
        t.comment("Background to the service and the area: the area and its " + plural(framework.childTerm())
                + "; how the service is organised, led and funded; its caseload; and the trends in first-time "
                + "entrants, reoffending and the use of custody.");
        houseStyle(t);
        t.line("background: |");
        t.prose("TODO: the area, its population and its children, and where deprivation is concentrated.");
        t.prose("");
        t.prose("TODO: how the service is organised, who it reports to, its staff, volunteers and budget.");
        t.prose("");
        t.prose("TODO: the caseload when fieldwork began, the most common offences, and the trends in first-time "
                + "entrants, reoffending and custody.");
        t.blank();
        t.comment("Tables of contextual facts and key data, printed with the background. Give every table its "
                + "source; each row has one cell per column. Figures in tables may use %.");
        t.line("contextualFacts:");
        t.line("  - title: TODO table title, e.g. Reoffending rates");
        t.line("    source: TODO source, e.g. Youth Justice Board, year ending March 2025");
        t.line("    columns: [Measure, TODO area, England and Wales]");
        t.line("    rows:");
        t.line("      - [TODO measure, TODO, TODO]");
        put(t);
    }

    private void involvement() {
        Text t = opening("involvement.yaml", "involvement: |",
                "Involvement of " + plural(framework.childTerm()) + " and their parents or carers: how the "
                + "service seeks and acts on their views, what our survey and conversations found, and what "
                + "changed as a result.");
        t.paragraphs("TODO: how the service involves children and their parents or carers, and what changed as a "
                + "result.", "TODO: what children and parents or carers told us, in the survey and during fieldwork.");
        t.blank();
        t.comment("Quotes from children, parents or carers, printed with this section, word for word, e.g.");
        t.comment("involvementQuotes:");
        t.comment("  - { text: \"They listened to me.\", from: child }");
        t.line("involvementQuotes: []");
        put(t);
    }

    private void diversity() {
        String children = plural(framework.childTerm());
        Text t = opening("diversity.yaml", "diversity: |", "Diversity: which groups of " + children
                + " are over-represented, how well protected characteristics and additional needs are understood and"
                + " recorded, and how the service and its partners respond.");
        t.paragraphs("TODO: over-representation in the caseload, compared with the area's children.",
                "TODO: how the service understands and responds to children's protected characteristics and "
                + "additional needs.");
        put(t);
    }

    private void methodology() {
        Text t = opening("methodology.yaml", "methodology: |",
                "Methodology: how the inspection was carried out: notice, evidence in advance, surveys, "
                + "fieldwork, who took part, and how the cases were sampled and inspected.");
        t.prose("TODO: notice of the inspection, the evidence sent in advance and the surveys.");
        t.prose("");
        t.prose("Fieldwork took place from TODO to TODO.");
        t.prose("");
        t.prose("**Organisational delivery.** TODO: the meetings, focus groups and observations our judgements on "
                + "the organisational standards rest on.");
        List<String> sampled = new ArrayList<>();
        for (CaseType c : framework.caseTypes()) {
            sampled.add("TODO " + plural(c.name()));
        }
        if (!sampled.isEmpty()) {
            t.prose("");
            t.prose("**Casework.** We examined a sample of " + joined(sampled) + ", in which the "
                    + framework.childTerm() + "'s disposal began between TODO and TODO. TODO: how the sample was "
                    + "drawn, the interviews with case managers, and how findings were moderated.");
        }
        put(t);
    }

    private void findings() {
        Text t = opening("findings.yaml", "overallFindings: |",
                "Overall findings: an opening paragraph, then for each domain its key findings (Markdown "
                + "bullets) and the summary of its strengths and areas for improvement.");
        t.prose("TODO: the overall findings, in one or two short paragraphs.");
        t.line("domainFindings:");
        for (org.rapporteur.framework.Domain d : framework.domains()) {
            t.line("  " + d.number() + ":", d.name());
            t.line("    keyFindings: |");
            t.prose("    - TODO: a key finding for this domain.");
            t.line("    strengths:");
            t.line("      - TODO a strength, in a full sentence.");
            t.line("    areasForImprovement:");
            t.line("      - TODO an area for improvement, in a full sentence.");
        }
        put(t);
    }

    private void letter() {
        Text t = opening("letter.yaml", "letter:",
                "The letter's addressee block, contact line and copy list. The sender is named both here "
                + "(from) and as chiefInspector in report.yaml.");
        t.line("  to: TODO name, role", "TODO who the letter is addressed to");
        t.line("  copyTo: See the copy list at the end of this letter");
        t.line("  from: TODO name, role", "TODO who sends it");
        t.line("  date: " + options.today(), "TODO the letter's date, YYYY-MM-DD");
        t.line("  contact: |");
        t.prose("  TODO: who led the inspection, and how to contact them with questions.");
        t.line("  copyList:", "who receives a copy");
        t.line("    - { role: TODO role, names: TODO names }");
        put(t);
    }

    private void sections() {
        Text t = new Text("sections.yaml");
        t.comment("The body of the letter, printed in order. Unnumbered sections print as plain headings; numbered "
                + "sections are the commentary, and each of their paragraphs is numbered (1.1, 1.2 ...).");
        houseStyle(t);
        t.line("sections:");
        t.line("  - title: Context");
        t.line("    text: |");
        t.prose("    TODO: what we inspected and why, and how many cases we looked at.");
        t.line("  - title: Summary");
        t.line("    text: |");
        t.prose("    TODO: the main findings, in two or three short paragraphs.");
        t.line("  - title: TODO the first theme of the commentary", "TODO e.g. Reducing reoffending");
        t.line("    numbered: true");
        t.line("    paragraphs:");
        t.line("      - TODO the first numbered paragraph.");
        put(t);
    }

    private void closingLists() {
        Text t = new Text("findings.yaml");
        t.comment("What the inspectors found most and least effective, printed as the letter's two closing lists; "
                + "one full sentence each.");
        houseStyle(t);
        t.line("strengths:");
        t.line("  - TODO what was done well.");
        t.line("areasForImprovement:");
        t.line("  - TODO what should improve.");
        put(t);
    }

    private void glossary() {
        Text t = opening("glossary.yaml", "glossary:",
                "Glossary: the terms this report uses that a reader may not know, each defined in our own "
                + "words. A list of terms and definitions, in any order.");
        t.line("  - term: TODO term");
        t.line("    definition: TODO what it means, in our own words");
        put(t);
    }

    // ---------------------------------------------------------------------------------------------- standards

    private void standard(Standard s) {
        String path = "standards/" + s.id() + ".yaml";
        Text t = new Text(path);
        if (s.ratedFromCases()) {
            String file = casesFileOf(s.caseType());
            t.comment("Standard " + s.title() + ": rated from the " + plural(caseTypeName(s.caseType())) + " in "
                    + file + ". The rating is calculated from the cases, so this file gives none.");
        } else {
            t.comment("Standard " + s.title() + ": rated by inspectors' judgement on qualitative evidence."
                    + (s.ratedOnlyWithCases() == null ? "" : " It is rated only when there are "
                    + plural(caseTypeName(s.ratedOnlyWithCases())) + " (in " + casesFileOf(s.ratedOnlyWithCases())
                    + "); with none, remove the rating."));
        }
        if (s.headline() != null) {
            t.comment("Headline statement (printed from the framework; do not repeat it): " + s.headline());
        }
        if (!s.keyQuestions().isEmpty()) {
            t.comment("Key questions (printed from the framework; the narrative answers them):");
            for (KeyQuestion k : s.keyQuestions()) {
                t.comment("  " + k.id() + " " + k.text());
            }
        }
        t.comment("What to write: the narrative sets out what we found, from the evidence, answering the key "
                + "questions; strengths and areas for improvement are one point each, in full sentences.");
        houseStyle(t);
        if (!s.ratedFromCases() && !framework.ratings().isEmpty()) {
            List<String> names = framework.ratingsHighestFirst().stream().map(Rating::name).toList();
            // empty until inspectors decide: a draft warns, a final build refuses it empty
            t.line("rating:", "inspectors' rating: " + joined(names).replace(" and ", " or ")
                    + "; a final build needs it");
        }
        t.line("narrative: |");
        t.prose("TODO: our findings for this standard, answering its key questions.");
        t.line("strengths:");
        t.line("  - TODO a strength, in a full sentence.");
        t.line("areasForImprovement:");
        t.line("  - TODO an area for improvement, in a full sentence.");
        t.blank();
        t.comment("Optional: practice examples (change the names of " + plural(framework.childTerm()) + " and "
                + "families) and quotes, e.g.");
        t.comment("practiceExamples:");
        t.comment("  - title: Good practice example");
        t.comment("    text: |");
        t.comment("      What happened, for whom, and why it was good (or poor) practice.");
        t.comment("    namesChanged: true");
        t.comment("quotes:");
        t.comment("  - { text: \"What was said, word for word.\", from: case manager }");
        if (s.ratedFromCases()) {
            KeyQuestion last = s.keyQuestions().get(s.keyQuestions().size() - 1);
            t.blank();
            t.comment("To rate differently from the calculated rating, inspectors use professional discretion, "
                    + "with a reason (both are printed beside the calculated rating), e.g.");
            t.comment("discretion:");
            t.comment("  rating: " + scalar(framework.middleRating().orElseThrow().name()));
            t.comment("  keyQuestion: " + last.id());
            t.comment("  reason: Why the rating differs from the calculated one.");
            t.comment("Only when re-issuing a report without its case data, the printed percentage of every key "
                    + "question:");
            t.comment("figures: { " + String.join(", ", s.keyQuestions().stream().map(k -> k.id() + ": 80")
                    .toList()) + " }");
        }
        put(t);
    }

    // ---------------------------------------------------------------------------------------------- cases

    private void cases(CaseType type, int index) {
        String path = casesFile(type, index);
        List<Standard> rated = framework.standards().stream()
                .filter(s -> s.ratedFromCases() && type.id().equals(s.caseType())).toList();
        List<Standard> illustrated = framework.standards().stream()
                .filter(s -> type.id().equals(s.ratedOnlyWithCases())).toList();
        Text t = new Text(path);
        t.comment("The " + plural(type.name()) + " inspected: one entry per case.");
        if (!rated.isEmpty()) {
            t.comment("Each case answers every key question of standards " + joined(rated.stream()
                    .map(Standard::id).toList()) + ": yes, no or n/a (not applicable: the case is left out of "
                    + "that key question's percentage). A key question with prompts is written "
                    + "{ answer: yes, prompts: YYNY }: the prompts a, b, c ... in order, Y yes, N no, - not "
                    + "applicable.");
        } else {
            t.comment("These cases carry no answers" + (illustrated.isEmpty() ? "." : ": they illustrate standard "
                    + joined(illustrated.stream().map(Standard::id).toList()) + ", which is rated only when there "
                    + "are such cases."));
        }
        t.comment("TODO: replace the placeholder case below with the inspected cases (copy it once per case, "
                + "giving each its own id)." + (rated.isEmpty() ? ""
                : " Its answers are all n/a, so it counts towards no percentage."));
        t.line("cases:");
        t.line("  - id: TODO-" + (SAFE_ID.matcher(type.id()).matches() ? type.id() : "case") + "-01",
                "the case's id, never printed");
        t.line("    type: " + scalar(type.id()));
        t.line("    disposal: TODO", "the disposal or sentence"
                + (type.example().isBlank() ? "" : ", e.g. " + type.example()));
        if (!rated.isEmpty()) {
            t.line("    answers:");
            for (Standard s : rated) {
                t.commentAt("      ", s.title());
                for (KeyQuestion k : s.keyQuestions()) {
                    t.commentAt("      ", k.id() + " " + k.text() + (k.prompts().isEmpty() ? ""
                            : " (prompts " + k.prompts().get(0).letter() + " to "
                            + k.prompts().get(k.prompts().size() - 1).letter() + ")"));
                    t.line("      " + k.id() + ": " + (k.prompts().isEmpty() ? "n/a"
                            : "{ answer: n/a, prompts: \"" + "-".repeat(k.prompts().size()) + "\" }"));
                }
            }
        }
        put(t);
    }


    private String casesFileOf(String typeId) {
        List<CaseType> types = framework.caseTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).id().equals(typeId)) {
                return casesFile(types.get(i), i);
            }
        }
        return "cases/";
    }

    private String caseTypeName(String typeId) {
        return framework.caseType(typeId).map(CaseType::name).orElse(typeId + " case");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** A new file that opens with its comment, the house-style notes and the line of its first key. */
    private Text opening(String file, String firstLine, String comment) {
        Text t = new Text(file);
        t.comment(comment);
        houseStyle(t);
        t.line(firstLine);
        return t;
    }

    private void houseStyle(Text t) {
        t.comment("House style: 'per cent' in words, not %;" + (framework.ratings().isEmpty() ? ""
                : " ratings in single quotes (" + ratingExamples() + ");") + " numbers under ten in words "
                + "(seven cases), 10 and over in figures; child-first "
                + "language: say '" + framework.childTerm() + "', never 'offender' or 'young offender'. Prose is "
                + "Markdown: a blank line starts a new paragraph. A TODO left anywhere stops "
                + "'rapporteur build --final'.");
        t.blank();
    }

    /** Two ratings as prose writes them: the middle of the scale and the one below it. */
    private String ratingExamples() {
        Rating middle = framework.middleRating().orElseThrow();
        List<Rating> examples = middle.rank() == 0 ? List.of(middle)
                : List.of(middle, framework.ratings().get(middle.rank() - 1));
        return String.join(", ", examples.stream().map(r -> "'" + r.label().word() + "'").toList());
    }

    private void put(Text t) {
        files.put(t.path, t.toString());
    }

    static ServiceGuess guess(String name) {
        if (name == null || name.isBlank()) {
            return new ServiceGuess("TODO Youth Justice Service", "TODO YJS", "YJS", "TODO", false, false);
        }
        String full = name.strip().replaceAll("\\s+", " ");
        Matcher m = SERVICE_SUFFIX.matcher(full);
        if (!m.matches()) {
            return new ServiceGuess(full, full, "YJS", "TODO", true, false);
        }
        String suffix = m.group(2).toLowerCase(Locale.ROOT);
        String kind = switch (suffix) {
            case "youth offending team", "yot" -> "YOT";
            case "youth offending service", "yos" -> "YOS";
            default -> "YJS";
        };
        String area = m.group(1).strip();
        if (area.isEmpty()) {
            return new ServiceGuess(full, full, kind, "TODO", true, true);
        }
        return new ServiceGuess(full, area + " " + kind, kind, area, true, true);
    }

    /** A YAML scalar for text: plain when that is unambiguous, else double-quoted. */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String plural(String noun) {
        if (noun.equals("child")) {
            return "children";
        }
        if (noun.equals("child or young person")) {
            return "children and young people";
        }
        int or = noun.indexOf(" or ");
        if (or > 0) {
            return plural(noun.substring(0, or)) + " or " + plural(noun.substring(or + 4));
        }
        if (noun.endsWith("person")) {
            return noun.substring(0, noun.length() - "person".length()) + "people";
        }
        if (noun.endsWith("s")) {
            return noun;
        }
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A file being written: its modeline first, then lines; comments wrapped to a readable width. */
    private static final class Text {
        private final String path;
        private final StringBuilder b = new StringBuilder();

        Text(String path) {
            this.path = path;
            b.append(Schemas.modeline(path)).append('\n');
        }

        void blank() {
            b.append('\n');
        }

        /** A line of YAML, with an optional trailing comment. */
        void line(String yaml, String comment) {
            b.append(yaml);
            if (comment != null && !comment.isEmpty()) {
                b.append(" ".repeat(Math.max(1, 44 - yaml.length()))).append("# ").append(oneLine(comment));
            }
            b.append('\n');
        }

        void line(String yaml) {
            line(yaml, null);
        }

        /** A line of a block scalar's prose, indented two spaces. */
        void prose(String text) {
            b.append(text.isEmpty() ? "" : "  " + text).append('\n');
        }

        /** Paragraphs of a block scalar's prose, a blank line between them. */
        void paragraphs(String... texts) {
            for (int i = 0; i < texts.length; i++) {
                if (i > 0) {
                    prose("");
                }
                prose(texts[i]);
            }
        }

        /** A comment at the start of the line, wrapped; continuation lines keep the text's own indentation. */
        void comment(String text) {
            commentAt("", text);
        }

        /** A comment indented like the YAML it describes, wrapped. */
        void commentAt(String indent, String text) {
            String t = oneLine(text);
            String rest = t.stripLeading();
            String own = t.substring(0, t.length() - rest.length());
            String prefix = indent + "# " + own;
            String next = indent + "# " + own + (own.isEmpty() ? "" : "  ");
            while (prefix.length() + rest.length() > WIDTH) {
                int cut = rest.lastIndexOf(' ', WIDTH - prefix.length());
                if (cut <= 0) {
                    break;
                }
                b.append(prefix).append(rest, 0, cut).append('\n');
                rest = rest.substring(cut + 1);
                prefix = next;
            }
            b.append(prefix).append(rest).append('\n');
        }

        /** Whitespace (line breaks included) collapsed to single spaces; leading spaces kept for indentation. */
        private static String oneLine(String s) {
            String lead = s.substring(0, s.length() - s.stripLeading().length()).replaceAll("\\S|[^ ]", "");
            return lead + s.strip().replaceAll("\\s+", " ");
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
