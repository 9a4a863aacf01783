package org.rapporteur.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapporteur.model.CouncilPack.LineOfEnquiry;
import org.rapporteur.model.CouncilPack.PlanRow;
import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Recommendation;
import org.rapporteur.model.RecommendationGroup;
import org.rapporteur.model.Report;
import org.rapporteur.model.Section;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.text.ImageFile;
import org.rapporteur.text.Markdown;

/**
 * What a pack template sees: the council's parts, the inspection report's own view (ratings, recommendations),
 * the improvement plan with every recommendation's text taken from the report, and Appendix A as XHTML.
 */
final class PackView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PackView() {
    }

    static Map<String, Object> of(CouncilPack pack, RatedReport rated, Markdown markdown, Markdown reportProse,
                                  Map<String, Object> report, String appendixA, boolean draft) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("draft", draft);
        root.put("inspection", report);
        root.put("reportKind", rated.framework().reportKind());
        root.put("ratingStyles", RatingView.stylesheet(List.of(rated.framework())));
        root.put("appendixA", appendixA);
        Map<String, Object> p = new LinkedHashMap<>();
        CouncilPack.Committee c = pack.committee();
        p.put("council", c.council());
        p.put("panel", c.panel());
        p.put("date", c.date() == null ? "" : DAY.format(c.date()));
        p.put("reportOf", c.reportOf());
        p.put("subject", c.subject());
        p.put("status", c.status());
        p.put("logo", logo(pack));
        p.put("contributionToAims", markdown.blocks(pack.contributionToAims()));
        p.put("executiveSummary", markdown.blocks(pack.executiveSummary()));
        p.put("mattersForConsideration", markdown.blocks(pack.mattersForConsideration()));
        p.put("backgroundPapers", markdown.blocks(pack.backgroundPapers()));
        p.put("contactOfficers", markdown.blocks(pack.contactOfficers()));
        List<Object> sections = new ArrayList<>();
        int number = 0;
        for (Section s : pack.sections()) {
            number++;
            List<Object> paragraphs = new ArrayList<>();
            for (Prose para : s.paragraphs()) {
                paragraphs.add(markdown.blocks(para));
            }
            sections.add(Map.of("number", number, "title", s.title(), "html", markdown.blocks(s.text()),
                    "paragraphs", paragraphs, "anchor", "pack-section-" + number));
        }
        p.put("sections", sections);
        p.put("plan", plan(pack, rated.report(), markdown, reportProse));
        root.put("pack", p);
        return root;
    }

    /** The council's emblem as a data URI, or "" for none (a refused picture was reported when it was checked). */
    private static String logo(CouncilPack pack) {
        String logo = pack.committee().logo();
        if (logo == null) {
            return "";
        }
        try {
            return ImageFile.read(pack.dir(), logo).dataUri();
        } catch (ImageFile.Refusal refusal) {
            return "";
        }
    }

    private static Map<String, Object> plan(CouncilPack pack, Report report, Markdown markdown,
                                            Markdown reportProse) {
        Map<Integer, PlanRow> byNumber = new LinkedHashMap<>();
        List<PlanRow> added = new ArrayList<>();
        for (PlanRow row : pack.plan().rows()) {
            if (row.recommendation() > 0) {
                byNumber.putIfAbsent(row.recommendation(), row);
            } else {
                added.add(row);
            }
        }
        List<Object> rows = new ArrayList<>();
        for (RecommendationGroup g : report.recommendations()) {
            for (Recommendation r : g.items()) {
                PlanRow row = byNumber.get(r.number());
                Map<String, Object> v = row(row, report, markdown, reportProse);
                v.put("number", Integer.toString(r.number()));
                v.put("to", g.to() == null ? "" : g.to());
                v.put("recommendation", reportProse.inline(r.text()));
                v.put("added", false);
                rows.add(v);
            }
        }
        int extra = 0;
        for (PlanRow row : added) {
            Map<String, Object> v = row(row, report, markdown, reportProse);
            v.put("number", "B" + (++extra));
            v.put("to", "");
            v.put("recommendation", row.action() == null ? "" : markdown.inline(row.action()));
            v.put("added", true);
            rows.add(v);
        }
        return Map.of("title", pack.plan().title(), "rows", rows);
    }

    private static Map<String, Object> row(PlanRow row, Report report, Markdown markdown, Markdown reportProse) {
        Map<String, Object> v = new LinkedHashMap<>();
        List<Object> lines = new ArrayList<>();
        if (row != null) {
            for (LineOfEnquiry line : row.linesOfEnquiry()) {
                lines.add(line(line, report, markdown, reportProse));
            }
        }
        v.put("lines", lines);
        v.put("boardChampion", row == null ? "" : row.boardChampion());
        v.put("serviceChampion", row == null ? "" : row.serviceChampion());
        CouncilPack.Progress progress = row == null || row.progress() == null ? CouncilPack.Progress.NOT_STARTED
                : row.progress();
        v.put("progress", Map.of("id", progress.id(), "label", progress.label()));
        v.put("progressNote", row == null ? "" : row.progressNote());
        v.put("start", row == null ? "" : row.start());
        v.put("due", row == null ? "" : row.due());
        return v;
    }

    private static Map<String, Object> line(LineOfEnquiry line, Report report, Markdown markdown,
                                            Markdown reportProse) {
        if (line.area() == null) {
            return Map.of("html", markdown.inline(line.text()), "standard", "", "index", 0, "anchor", "");
        }
        String ref = line.area().trim();
        String standard = ref.substring(0, ref.indexOf('/'));
        int index = Integer.parseInt(ref.substring(ref.indexOf('/') + 1));
        Prose area = report.standard(standard).orElseThrow().areasForImprovement().get(index - 1);
        String html = reportProse.inline(area);
        if (line.text() != null) {
            html = html + " " + markdown.inline(line.text());
        }
        return Map.of("html", html, "standard", standard, "index", index,
                "anchor", "a-standard-" + standard.replace('.', '-'));
    }
}
