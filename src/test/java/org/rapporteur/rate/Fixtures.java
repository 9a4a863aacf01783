package org.rapporteur.rate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.framework.KeyQuestion;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.Answer;
import org.rapporteur.model.CaseAnswer;
import org.rapporteur.model.DateRange;
import org.rapporteur.model.Discretion;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Person;
import org.rapporteur.model.PublishedFigure;
import org.rapporteur.model.Report;
import org.rapporteur.model.Service;
import org.rapporteur.model.ServiceKind;
import org.rapporteur.model.StandardContent;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/** Reports built in memory for the calculator's tests. */
final class Fixtures {

    static final Path FILE = Path.of("test.yaml");
    static final SourcePosition AT = new SourcePosition(FILE, 1, 1);

    static Framework framework2021() {
        return FrameworkLoader.load("hmip-youth-2021", AT, new Diagnostics()).orElseThrow();
    }

    /** A report builder: qualitative ratings, published figures, discretion and cases. */
    static final class Builder {
        final Map<String, String> ratings = new LinkedHashMap<>();
        final Map<String, List<PublishedFigure>> figures = new LinkedHashMap<>();
        final Map<String, Discretion> discretion = new LinkedHashMap<>();
        final List<InspectedCase> cases = new ArrayList<>();
        final Map<String, Integer> sample = new LinkedHashMap<>();

        Builder rating(String standard, String rating) {
            ratings.put(standard, rating);
            return this;
        }

        Builder figure(String keyQuestion, int percent) {
            String standard = keyQuestion.substring(0, keyQuestion.lastIndexOf('.'));
            figures.computeIfAbsent(standard, k -> new ArrayList<>()).add(new PublishedFigure(keyQuestion, percent, AT));
            return this;
        }

        /** Every key question of a case-rated standard at the same published percentage. */
        Builder allFigures(Framework f, String standard, int percent) {
            f.standard(standard).orElseThrow().keyQuestions().forEach(k -> figure(k.id(), percent));
            return this;
        }

        Builder discretion(String standard, String rating, String reason) {
            discretion.put(standard, new Discretion(rating, null, reason, AT));
            return this;
        }

        Builder sample(String type, int n) {
            sample.put(type, n);
            return this;
        }

        Builder addCase(InspectedCase c) {
            cases.add(c);
            return this;
        }

        Report build() {
            Map<String, StandardContent> standards = new LinkedHashMap<>();
            List<String> ids = new ArrayList<>(ratings.keySet());
            figures.keySet().stream().filter(k -> !ids.contains(k)).forEach(ids::add);
            discretion.keySet().stream().filter(k -> !ids.contains(k)).forEach(ids::add);
            for (String id : ids) {
                standards.put(id, new StandardContent(id, AT, ratings.get(id), AT, null, List.of(), List.of(),
                        List.of(), List.of(), discretion.get(id), figures.getOrDefault(id, List.of())));
            }
            Metadata m = new Metadata("hmip-youth-2021", AT, new Service("Test", null, ServiceKind.YJS, "Test"),
                    null, false, new DateRange(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 17)), AT, null,
                    YearMonth.of(2025, 4), AT, "Lead", new Person("Chief", null), null, null, sample, AT);
            return new Report(FILE.getParent() == null ? Path.of(".") : FILE.getParent(), m, null, List.of(), null,
                    List.of(), null, List.of(), null, null, null, List.of(), standards, cases);
        }
    }

    static Builder report() {
        return new Builder();
    }

    /** A case answering every key question of every standard of its type with {@code answer}. */
    static InspectedCase uniformCase(Framework f, String id, String type, Answer answer) {
        List<CaseAnswer> answers = new ArrayList<>();
        for (Standard s : f.standards()) {
            if (s.ratedFromCases() && type.equals(s.caseType())) {
                for (KeyQuestion k : s.keyQuestions()) {
                    answers.add(new CaseAnswer(k.id(), answer, List.of(), AT, AT));
                }
            }
        }
        return new InspectedCase(id, type, AT, null, answers, AT);
    }

    /** Cases whose answers to {@code keyQuestion} are {@code yes} yes, {@code no} no and {@code na} n/a. */
    static List<InspectedCase> casesFor(Framework f, String keyQuestion, int yes, int no, int na) {
        Standard s = f.standardOf(keyQuestion).orElseThrow();
        List<InspectedCase> list = new ArrayList<>();
        int n = 0;
        for (int[] group : new int[][] {{yes, 0}, {no, 1}, {na, 2}}) {
            for (int i = 0; i < group[0]; i++) {
                Answer a = Answer.values()[group[1]];
                List<CaseAnswer> answers = new ArrayList<>();
                for (KeyQuestion k : s.keyQuestions()) {
                    answers.add(new CaseAnswer(k.id(), k.id().equals(keyQuestion) ? a : Answer.YES, List.of(), AT, AT));
                }
                list.add(new InspectedCase("C" + (++n), s.caseType(), AT, null, answers, AT));
            }
        }
        return list;
    }

    private Fixtures() {
    }
}
