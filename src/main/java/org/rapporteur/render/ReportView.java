package org.rapporteur.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rapporteur.text.Markdown;
import org.rapporteur.text.Words;
import org.rapporteur.framework.Band;
import org.rapporteur.framework.CaseType;
import org.rapporteur.framework.Domain;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.OverallBand;
import org.rapporteur.framework.Rating;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.FactTable;
import org.rapporteur.model.GlossaryEntry;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.PracticeExample;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Quote;
import org.rapporteur.model.RecommendationGroup;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;
import org.rapporteur.rate.KeyQuestionResult;
import org.rapporteur.rate.PromptResult;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.rate.Ratings;
import org.rapporteur.rate.StandardRating;

/**
 * The data a report template sees: plain maps, lists, strings and numbers, with prose already turned into safe
 * XHTML. Templates need no knowledge of Java types, and nothing in here is ever evaluated as a template.
 */
public final class ReportView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final RatedReport rated;
    private final Markdown markdown;

    private ReportView(RatedReport rated, Markdown markdown) {
        this.rated = rated;
        this.markdown = markdown;
    }

    public static Map<String, Object> of(RatedReport rated, Markdown markdown, boolean draft) {
        return new ReportView(rated, markdown).build(draft);
    }

    private Map<String, Object> build(boolean draft) {
        Report r = rated.report();
        Framework f = rated.framework();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("draft", draft);
        root.put("report", report(r));
        root.put("framework", framework(f));
        root.put("ratingStyles", RatingView.stylesheet(List.of(f)));
        root.put("ratings", ratings(rated.ratings()));
        root.put("domains", domains(f, r, rated.ratings()));
        root.put("samples", samples(f, r, rated.ratings()));
        return root;
    }

    private Map<String, Object> report(Report r) {
        Metadata m = r.metadata();
        Map<String, Object> v = new LinkedHashMap<>();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("name", m.service().name());
        service.put("shortName", m.service().shortNameOrName());
        service.put("kind", m.service().kind().name());
        service.put("area", m.service().area());
        v.put("service", service);
        v.put("inspectorate", m.inspectorate() != null ? m.inspectorate() : rated.framework().inspectorate());
        v.put("joint", m.joint());
        v.put("fieldworkStart", day(m.fieldwork().start()));
        v.put("fieldworkEnd", day(m.fieldwork().end()));
        v.put("fieldworkMonth", MONTH.format(YearMonth.from(m.fieldwork().start())));
        if (m.sampleWindow() != null) {
            v.put("sampleStart", day(m.sampleWindow().start()));
            v.put("sampleEnd", day(m.sampleWindow().end()));
        }
        v.put("published", MONTH.format(m.published()));
        v.put("publishedYear", m.published().getYear());
        v.put("leadInspector", m.leadInspector());
        v.put("chiefInspector", Map.of("name", m.chiefInspector().name(),
                "title", m.chiefInspector().title() == null ? "" : m.chiefInspector().title()));
        v.put("isbn", org.rapporteur.model.Isbn.of(m.isbn()).map(org.rapporteur.model.Isbn::printed)
                .orElse(m.isbn() == null ? "" : m.isbn()));
        v.put("interviews", m.interviews() == null ? "" : m.interviews());
        v.put("foreword", markdown.blocks(r.foreword()));
        v.put("background", markdown.blocks(r.background()));
        v.put("involvement", markdown.blocks(r.involvement()));
        v.put("diversity", markdown.blocks(r.diversity()));
        v.put("resettlement", markdown.blocks(r.resettlement()));
        v.put("methodology", markdown.blocks(r.methodology()));
        v.put("involvementQuotes", quotes(r.involvementQuotes()));
        v.put("contextualFacts", tables(r.contextualFacts()));
        v.put("glossary", glossary(r.glossary()));
        v.put("recommendations", recommendations(r.recommendations()));
        v.put("overallFindings", markdown.blocks(r.overallFindings()));
        v.put("domainFindings", domainFindings(r));
        v.put("sections", sections(r.sections()));
        v.put("strengths", r.strengths().stream().map(markdown::inline).toList());
        v.put("areasForImprovement", r.areasForImprovement().stream().map(markdown::inline).toList());
        v.put("letter", letter(r.letter()));
        return v;
    }

    private Map<String, Object> domainFindings(Report r) {
        Map<String, Object> all = new LinkedHashMap<>();
        r.domainFindings().forEach((n, f) -> all.put(Integer.toString(n), Map.of(
                "keyFindings", markdown.blocks(f.keyFindings()),
                "strengths", f.strengths().stream().map(markdown::inline).toList(),
                "areasForImprovement", f.areasForImprovement().stream().map(markdown::inline).toList())));
        return all;
    }

    private List<Object> sections(List<org.rapporteur.model.Section> sections) {
        List<Object> list = new ArrayList<>();
        int number = 0;
        for (org.rapporteur.model.Section s : sections) {
            Map<String, Object> v = new LinkedHashMap<>();
            if (s.numbered()) {
                number++;
            }
            v.put("title", s.title());
            v.put("numbered", s.numbered());
            v.put("number", s.numbered() ? number : "");
            v.put("anchor", "section-" + (list.size() + 1));
            v.put("html", markdown.blocks(s.text()));
            List<Object> paragraphs = new ArrayList<>();
            int i = 0;
            for (Prose p : s.paragraphs()) {
                i++;
                paragraphs.add(Map.of("number", s.numbered() ? number + "." + i : "", "html", markdown.inline(p)));
            }
            v.put("paragraphs", paragraphs);
            list.add(v);
        }
        return list;
    }

    private Map<String, Object> letter(org.rapporteur.model.Letter l) {
        if (l == null) {
            return Map.of();
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("to", l.to() == null ? "" : l.to());
        v.put("copyTo", l.copyTo() == null ? "" : l.copyTo());
        v.put("from", l.from() == null ? "" : l.from());
        v.put("date", day(l.date()));
        v.put("contact", markdown.blocks(l.contact()));
        List<Object> copies = new ArrayList<>();
        l.copyList().forEach(c -> copies.add(Map.of("role", c.role(), "names", c.names())));
        v.put("copyList", copies);
        return v;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    private Map<String, Object> recommendations(List<RecommendationGroup> groups) {
        List<Object> list = new ArrayList<>();
        int count = 0;
        for (RecommendationGroup g : groups) {
            List<Object> items = new ArrayList<>();
            for (var item : g.items()) {
                items.add(Map.of("number", item.number(), "html", markdown.inline(item.text())));
                count++;
            }
            list.add(Map.of("to", g.to() == null ? "" : g.to(), "items", items,
                    "start", items.isEmpty() ? 1 : g.items().get(0).number()));
        }
        return Map.of("groups", list, "count", count, "countWords", Words.number(count));
    }

    private List<Object> quotes(List<Quote> quotes) {
        List<Object> list = new ArrayList<>();
        quotes.forEach(q -> list.add(Map.of("text", q.text().strip(), "from", q.from() == null ? "" : q.from())));
        return list;
    }

    private List<Object> tables(List<FactTable> tables) {
        List<Object> list = new ArrayList<>();
        for (FactTable t : tables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", t.title() == null ? "" : t.title());
            m.put("source", t.source() == null ? "" : t.source());
            m.put("columns", t.columns());
            m.put("rows", t.rows());
            m.put("chart", t.chart() == null ? "" : t.chart());
            m.put("bars", bars(t));
            list.add(m);
        }
        return list;
    }

    /**
     * For charts: per row, its label and each value cell's length as a share of the table's largest value
     * (cells that are not numbers get no bar).
     */
    private static List<Object> bars(FactTable t) {
        double max = 0;
        for (List<String> row : t.rows()) {
            for (int i = 1; i < row.size(); i++) {
                max = Math.max(max, number(row.get(i)));
            }
        }
        List<Object> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            List<Object> cells = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                double v = number(row.get(i));
                cells.add(Map.of("series", i < t.columns().size() ? t.columns().get(i) : "", "text", row.get(i),
                        "width", max <= 0 || v < 0 ? 0 : Math.round(v / max * 1000) / 10.0, "index", i));
            }
            rows.add(Map.of("label", row.isEmpty() ? "" : row.get(0), "cells", cells));
        }
        return rows;
    }

    private static double number(String cell) {
        String t = cell.replace(",", "").replace("%", "").replace("£", "").trim();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private List<Object> glossary(List<GlossaryEntry> entries) {
        List<Object> list = new ArrayList<>();
        entries.forEach(e -> list.add(Map.of("term", e.term(), "html", markdown.inline(e.definition()))));
        return list;
    }

    private Map<String, Object> framework(Framework f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.id());
        v.put("title", f.title());
        v.put("childTerm", f.childTerm());
        v.put("scorePrinted", f.scoring().printed());
        List<Object> bands = new ArrayList<>();
        for (Band b : f.bands()) {
            bands.add(Map.of("range", b.range(), "label", b.label(), "rating", rating(b.rating())));
        }
        v.put("bands", bands);
        List<Object> overall = new ArrayList<>();
        for (OverallBand b : f.scoring().overall()) {
            overall.add(Map.of("min", b.min(), "max", Math.min(b.max(), f.maxScore()), "rating", rating(b.rating())));
        }
        v.put("overallBands", overall);
        List<Object> scale = new ArrayList<>();
        f.ratings().forEach(r -> scale.add(rating(r)));
        v.put("ratings", scale);
        v.put("notRated", rating(null));
        v.put("scoredCount", f.scoredStandards().size());
        return v;
    }

    private Map<String, Object> rating(Rating r) {
        return RatingView.of(rated.framework(), r);
    }

    private Map<String, Object> ratings(Ratings r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("score", r.score() == null ? "" : r.score());
        v.put("maxScore", r.maxScore());
        v.put("overall", rating(r.overall()));
        v.put("explanation", r.explanation());
        return v;
    }

    private List<Object> domains(Framework f, Report r, Ratings ratings) {
        List<Object> list = new ArrayList<>();
        for (Domain d : f.domains()) {
            Map<String, Object> dv = new LinkedHashMap<>();
            dv.put("number", d.number());
            dv.put("name", d.name());
            dv.put("scored", d.scored());
            dv.put("anchor", "domain-" + d.number());
            List<Object> standards = new ArrayList<>();
            for (Standard s : d.standards()) {
                standards.add(standard(s, r, ratings.standard(s.id()).orElseThrow()));
            }
            dv.put("standards", standards);
            dv.put("caseType", d.standards().stream().map(Standard::caseType).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(""));
            list.add(dv);
        }
        return list;
    }

    private Map<String, Object> standard(Standard s, Report r, StandardRating sr) {
        StandardContent c = r.standard(s.id()).orElse(null);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id());
        v.put("name", s.name());
        v.put("anchor", "standard-" + s.id().replace('.', '-'));
        v.put("headline", s.headline() == null ? "" : s.headline());
        v.put("ratedFromCases", s.ratedFromCases());
        v.put("scored", s.scored());
        v.put("rating", rating(sr.rating()));
        v.put("calculated", rating(sr.calculated()));
        v.put("discretion", sr.discretionApplied());
        v.put("discretionKeyQuestion", sr.discretionApplied() && sr.discretion().keyQuestion() != null
                ? sr.discretion().keyQuestion() : "");
        v.put("discretionReason", sr.discretionApplied() ? sr.discretion().reason().strip() : "");
        v.put("explanation", sr.explanation());
        v.put("cases", sr.cases());
        List<Object> kqs = new ArrayList<>();
        for (KeyQuestionResult k : sr.keyQuestions()) {
            Map<String, Object> kv = new LinkedHashMap<>();
            kv.put("id", k.id());
            kv.put("text", k.keyQuestion().text());
            kv.put("percent", k.percent() == null ? "" : k.percent());
            kv.put("percentText", k.percent() == null ? "n/a" : k.percent() + "%");
            kv.put("lowest", k.lowest());
            kv.put("published", k.published());
            kv.put("yes", k.tally().yes());
            kv.put("applicable", k.tally().applicable());
            kv.put("band", k.band() == null ? rating(null) : rating(k.band().rating()));
            kv.put("discretion", sr.discretionApplied() && k.id().equals(sr.discretion().keyQuestion()));
            List<Object> prompts = new ArrayList<>();
            for (PromptResult p : k.prompts()) {
                prompts.add(Map.of("letter", p.prompt().letter(), "text", p.prompt().text(),
                        "percentText", p.percent() == null ? "n/a" : p.percent() + "%",
                        "applicable", p.tally().applicable()));
            }
            kv.put("prompts", prompts);
            kqs.add(kv);
        }
        v.put("keyQuestions", kqs);
        List<Object> questions = new ArrayList<>();
        s.keyQuestions().forEach(k -> questions.add(Map.of("id", k.id(), "text", k.text())));
        v.put("frameworkKeyQuestions", questions);
        v.put("narrative", c == null ? "" : markdown.blocks(c.narrative()));
        v.put("strengths", c == null ? List.of() : c.strengths().stream().map(markdown::inline).toList());
        v.put("areasForImprovement", c == null ? List.of()
                : c.areasForImprovement().stream().map(markdown::inline).toList());
        List<Object> examples = new ArrayList<>();
        if (c != null) {
            for (PracticeExample e : c.practiceExamples()) {
                examples.add(Map.of("title", e.title() == null ? "Practice example" : e.title(),
                        "html", markdown.blocks(e.text())));
            }
        }
        v.put("practiceExamples", examples);
        v.put("quotes", c == null ? List.of() : quotes(c.quotes()));
        return v;
    }

    /** Per case type: how many cases, and what disposals they were ("12 referral orders, six youth ..."). */
    private Map<String, Object> samples(Framework f, Report r, Ratings ratings) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (CaseType t : f.caseTypes()) {
            List<InspectedCase> cases = r.casesOfType(t.id());
            Map<String, Integer> disposals = new TreeMap<>();
            for (InspectedCase c : cases) {
                if (c.disposal() != null) {
                    disposals.merge(c.disposal().strip(), 1, Integer::sum);
                }
            }
            List<String> parts = new ArrayList<>();
            disposals.entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                            : a.getKey().compareTo(b.getKey()))
                    .forEach(e -> parts.add(Words.count(e.getValue(), lowerFirst(e.getKey()))));
            int n = ratings.sampleSizes().getOrDefault(t.id(), 0);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", t.name());
            s.put("count", n);
            s.put("countWords", Words.number(n));
            s.put("countText", Words.count(n, t.name()));
            s.put("disposals", joinList(parts));
            v.put(t.id(), s);
        }
        return v;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    static String joinList(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String text(Prose p) {
        return p == null ? "" : p.markdown();
    }
}
