package org.rapporteur.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rapporteur.framework.CaseType;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.KeyQuestion;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.CaseAnswer;
import org.rapporteur.model.Discretion;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.PublishedFigure;
import org.rapporteur.model.RecommendationGroup;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Suggestions;
import org.rapporteur.text.ParsedProse;

/**
 * Checks a loaded report against its framework: ids that exist, cases that answer what they must, dates in order;
 * what the ratings must agree with is checked once they are calculated ({@link RatingChecks}). Reports every problem it finds, at its place.
 */
public final class ReportChecker {

    private final Framework framework;
    private final Report report;
    private final Diagnostics d;

    private ReportChecker(Framework framework, Report report, Diagnostics diagnostics) {
        this.framework = framework;
        this.report = report;
        this.d = diagnostics;
    }

    /** Checks the report; returns its prose as parsed and checked, for the render stage. */
    public static ParsedProse check(Framework framework, Report report, Diagnostics diagnostics) {
        ReportChecker c = new ReportChecker(framework, report, diagnostics);
        c.metadata();
        IsbnCheck.check(report, diagnostics);
        c.recommendations();
        c.standards();
        c.cases();
        c.privacy();
        c.contextualFacts();
        Lints.run(framework, report, diagnostics);
        return PrintedSize.check(report, diagnostics);
    }

    /** Case ids are never printed, and names in practice examples must be marked as changed. */
    private void privacy() {
        List<String> ids = report.cases().stream().map(InspectedCase::id)
                .filter(id -> id != null && id.length() >= 3).distinct()
                .map(java.util.regex.Pattern::quote).toList();
        if (!ids.isEmpty()) {
            java.util.regex.Pattern anyId = java.util.regex.Pattern.compile("(?<![\\w-])(" + String.join("|", ids)
                    + ")(?![\\w-])");
            for (org.rapporteur.model.Prose p : report.allProse()) {
                java.util.regex.Matcher m = anyId.matcher(p.markdown());
                while (m.find()) {
                    d.error(p.positionAt(m.start()), "case id '" + m.group(1)
                            + "' appears in the prose; case ids identify children and are never printed",
                            "describe the case without its id [privacy]");
                }
            }
        }
        for (StandardContent content : report.standards().values()) {
            for (org.rapporteur.model.PracticeExample e : content.practiceExamples()) {
                if (!e.namesChanged()) {
                    d.error(e.at(), "this practice example's names are not marked as changed",
                            "change every name in it, then add 'namesChanged: true' [privacy]");
                }
            }
        }
    }

    /** A table whose percentages cannot be right: one over 100, or a column that adds up to more than 100. */
    private void contextualFacts() {
        for (org.rapporteur.model.FactTable t : report.contextualFacts()) {
            for (int col = 1; col < t.columns().size(); col++) {
                double sum = 0;
                boolean allPercent = !t.rows().isEmpty();
                for (List<String> row : t.rows()) {
                    String cell = col < row.size() ? row.get(col).trim() : "";
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s?%$")
                            .matcher(cell);
                    if (!m.matches()) {
                        allPercent = false;
                        continue;
                    }
                    double v = Double.parseDouble(m.group(1));
                    if (v > 100) {
                        d.error(t.at(), "table '" + t.title() + "' has " + cell + " in column '" + t.columns().get(col)
                                + "', more than 100 per cent", "check the figure");
                    }
                    sum += v;
                }
                if (allPercent && t.rows().size() > 1 && sum > 100.5) {
                    d.error(t.at(), "the percentages in column '" + t.columns().get(col) + "' of table '" + t.title()
                            + "' add up to " + Math.round(sum * 10) / 10.0 + " per cent",
                            "a group's shares cannot exceed 100 per cent; check the figures or split the table");
                }
            }
        }
    }

    private void metadata() {
        Metadata m = report.metadata();
        if (m.fieldwork() != null && m.fieldwork().start() != null && m.fieldwork().end() != null) {
            if (m.fieldwork().end().isBefore(m.fieldwork().start())) {
                d.error(m.fieldworkAt(), "fieldwork ends (" + m.fieldwork().end() + ") before it starts ("
                        + m.fieldwork().start() + ")", "swap the dates");
            }
            if (m.published() != null && m.published().atEndOfMonth().isBefore(m.fieldwork().end())) {
                d.error(m.publishedAt(), "the report is published (" + m.published() + ") before fieldwork ends ("
                        + m.fieldwork().end() + ")", "check the publication month");
            }
        }
        if (m.sampleWindow() != null && m.sampleWindow().start() != null && m.sampleWindow().end() != null
                && m.sampleWindow().end().isBefore(m.sampleWindow().start())) {
            d.error(m.fieldworkAt(), "the sample window ends before it starts", "swap the dates");
        }
        Set<String> types = framework.caseTypes().stream().map(CaseType::id).collect(Collectors.toSet());
        m.sample().forEach((type, n) -> {
            if (!types.contains(type)) {
                d.error(m.sampleAt(), "unknown case type '" + type + "' in sample",
                        hintOr(Suggestions.didYouMean(type, types), "case types: " + String.join(", ", types)));
            } else if (!report.casesOfType(type).isEmpty() && report.casesOfType(type).size() != n) {
                d.error(m.sampleAt(), "sample says " + n + " " + type + " cases but the case data holds "
                        + report.casesOfType(type).size(), "remove the sample count: it is counted from the cases");
            }
        });
    }

    private void recommendations() {
        for (RecommendationGroup g : report.recommendations()) {
            if (g.items().isEmpty()) {
                d.error(g.at(), "this group of recommendations has no items", "add items or remove the group");
            }
        }
    }

    private void standards() {
        Set<String> ids = framework.standards().stream().map(Standard::id).collect(Collectors.toSet());
        for (StandardContent c : report.standards().values()) {
            Optional<Standard> standard = framework.standard(c.id());
            if (standard.isEmpty()) {
                d.error(c.at(), "framework " + framework.id() + " has no standard " + c.id(),
                        hintOr(Suggestions.didYouMean(c.id(), ids), "its standards are " + String.join(", ",
                                framework.standards().stream().map(Standard::id).toList())));
                continue;
            }
            standardContent(standard.get(), c);
        }
        // a judged standard without its rating is unfinished rather than wrong: PublicationCheck says so
    }

    private void standardContent(Standard s, StandardContent c) {
        if (c.rating() != null && framework.rating(c.rating()).isEmpty()) {
            d.error(c.ratingAt(), "'" + c.rating() + "' is not a rating", hintOr(Suggestions.didYouMean(c.rating(),
                    framework.ratingNames()), "ratings are " + String.join(", ", framework.ratingNames())));
        }
        Discretion disc = c.discretion();
        if (disc != null) {
            if (!s.ratedFromCases()) {
                d.error(disc.at(), "standard " + s.id() + " is rated by judgement, so there is no calculated rating "
                        + "to exercise discretion over", "set its rating directly with 'rating:'");
            }
            if (disc.rating() != null && framework.rating(disc.rating()).isEmpty()) {
                d.error(disc.at(), "'" + disc.rating() + "' is not a rating", Suggestions.didYouMean(disc.rating(),
                        framework.ratingNames()));
            }
            if (disc.reason() == null || disc.reason().isBlank()) {
                d.error(disc.at(), "professional discretion needs a reason",
                        "add 'reason: ...' saying why the rating differs from the calculated one; it is printed");
            }
            if (disc.keyQuestion() != null && s.keyQuestion(disc.keyQuestion()).isEmpty()) {
                d.error(disc.at(), "standard " + s.id() + " has no key question " + disc.keyQuestion(),
                        Suggestions.didYouMean(disc.keyQuestion(), keyQuestionIds(s)));
            }
        }
        if (!c.figures().isEmpty()) {
            if (!s.ratedFromCases()) {
                d.error(c.figures().get(0).at(), "standard " + s.id() + " is rated by judgement and has no figures",
                        "remove 'figures'");
            } else if (!report.casesOfType(s.caseType()).isEmpty()) {
                d.error(c.figures().get(0).at(), "figures are given for " + s.id() + " but its cases are in the case "
                        + "data", "remove 'figures': percentages are computed from the cases");
            } else {
                for (PublishedFigure p : c.figures()) {
                    if (s.keyQuestion(p.keyQuestion()).isEmpty()) {
                        d.error(p.at(), "standard " + s.id() + " has no key question " + p.keyQuestion(),
                                Suggestions.didYouMean(p.keyQuestion(), keyQuestionIds(s)));
                    }
                }
                for (KeyQuestion kq : s.keyQuestions()) {
                    if (c.figures().stream().noneMatch(p -> p.keyQuestion().equals(kq.id()))) {
                        d.error(c.at(), "figures for " + s.id() + " lack key question " + kq.id(),
                                "give every key question's printed percentage");
                    }
                }
            }
        }
    }

    private void cases() {
        Map<String, InspectedCase> seen = new HashMap<>();
        Set<String> types = framework.caseTypes().stream().map(CaseType::id).collect(Collectors.toSet());
        Map<String, KeyQuestion> allQuestions = framework.keyQuestions();
        for (InspectedCase c : report.cases()) {
            InspectedCase first = seen.putIfAbsent(c.id(), c);
            if (first != null) {
                d.error(c.at(), "case id '" + c.id() + "' is used twice (first at " + first.at().describe(report.dir())
                        + ")", "give every case its own id");
            }
            if (c.type() == null) {
                continue;
            }
            if (!types.contains(c.type())) {
                d.error(c.typeAt(), "unknown case type '" + c.type() + "'", hintOr(Suggestions.didYouMean(c.type(),
                        types), "case types: " + String.join(", ", types)));
                continue;
            }
            List<Standard> answered = framework.standards().stream()
                    .filter(s -> s.ratedFromCases() && c.type().equals(s.caseType())).toList();
            for (CaseAnswer a : c.answers()) {
                KeyQuestion kq = allQuestions.get(a.keyQuestion());
                Optional<Standard> owner = framework.standardOf(a.keyQuestion());
                if (kq == null) {
                    d.error(a.at(), "framework " + framework.id() + " has no key question " + a.keyQuestion(),
                            Suggestions.didYouMean(a.keyQuestion(), allQuestions.keySet()));
                    continue;
                }
                if (owner.isEmpty() || !owner.get().ratedFromCases() || !c.type().equals(owner.get().caseType())) {
                    d.error(a.at(), "key question " + a.keyQuestion() + " is not answered for " + c.type() + " cases",
                            "remove it from this case");
                    continue;
                }
                if (!a.prompts().isEmpty() && a.prompts().size() != kq.prompts().size()) {
                    d.error(a.promptsAt(), "key question " + kq.id() + " has " + kq.prompts().size()
                            + " prompts but " + a.prompts().size() + " answers are given",
                            "give one of Y, N or - for each prompt, " + letters(kq));
                }
            }
            for (Standard s : answered) {
                for (KeyQuestion kq : s.keyQuestions()) {
                    if (!c.questionsGiven().contains(kq.id())) {
                        d.error(c.at(), "case '" + c.id() + "' has no answer for key question " + kq.id(),
                                "add '" + kq.id() + ": yes' (or no, or n/a) under its answers");
                    }
                }
            }
        }
    }

    private static List<String> keyQuestionIds(Standard s) {
        return s.keyQuestions().stream().map(KeyQuestion::id).toList();
    }

    private static String letters(KeyQuestion kq) {
        return kq.prompts().isEmpty() ? "" : kq.prompts().get(0).letter() + " to "
                + kq.prompts().get(kq.prompts().size() - 1).letter();
    }

    private static String hintOr(String hint, String otherwise) {
        return hint != null ? hint : otherwise;
    }

}
