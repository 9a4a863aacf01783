package org.rapporteur.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.framework.Domain;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.DomainFindings;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;
import org.rapporteur.source.Diagnostic;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Severity;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.SourceText;

/**
 * What a complete report has, as its framework says ({@code required:}): the report's parts, every standard's parts,
 * and the rating of every standard rated by judgement. A missing one is located where it should be (the empty key,
 * the standard's file, or report.yaml) and said with what to add: a warning in a draft, an error in a final build.
 * A standard that is not rated for want of its cases ({@code ratedOnlyWithCases}) needs nothing.
 */
record RequiredParts(Framework framework, Report report, boolean publishing, Diagnostics diagnostics) {

    /** How the check names each part it can require, and the file an author would usually keep it in. */
    private record Part(String words, String file, String example) {
    }

    private static final Map<String, Part> PARTS = readParts();

    /** The folder of one file per standard (as the loader reads it). */
    private static final String STANDARDS = "standards";

    /** Each part's line of required-parts.txt: name, file, first line and words, separated by tabs. */
    private static Map<String, Part> readParts() {
        Map<String, Part> parts = new HashMap<>();
        try (InputStream in = RequiredParts.class.getResourceAsStream("required-parts.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 4);
                parts.put(cells[0], new Part(cells[3], cells[1], cells[2]));
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("required-parts.txt is missing from the jar", e instanceof IOException io
                    ? io : new IOException(e));
        }
        return Map.copyOf(parts);
    }

    /** Reports what {@code report} lacks: warnings, or errors when {@code publishing}. */
    static void check(Framework framework, Report report, boolean publishing, Diagnostics diagnostics) {
        RequiredParts c = new RequiredParts(framework, report, publishing, diagnostics);
        framework.required().report().forEach(c::reportPart);
        framework.standards().forEach(c::standard);
    }

    /** Whether the parts {@link org.rapporteur.framework.Required#REPORT_PARTS} names can all be checked. */
    static boolean knows(String part) {
        return PARTS.containsKey(part);
    }

    private void reportPart(String name) {
        Part part = PARTS.get(name);
        if (part == null) {
            return; // the framework loader accepts only parts named in Required.REPORT_PARTS
        }
        if (name.equals("domainFindings")) {
            domainFindings(part);
            return;
        }
        Optional<Prose> blank = blankProse(name);
        if (present(name) && blank.isEmpty()) {
            return;
        }
        Optional<SourcePosition> key = topLevelKey(name);
        SourcePosition at = blank.map(Prose::at).or(() -> key).orElse(missingAt());
        String message = key.isPresent() ? "'" + name + "' is empty, but a complete report has " + part.words()
                : "the report has no '" + name + "'" + (part.words().equals("the " + name) ? ""
                : " (" + part.words() + ")") + ", which a complete report has";
        say(at, message, key.isPresent() ? "write it here" : "add '" + part.example() + "' to a file of the report,"
                + " e.g. " + part.file());
    }

    private void domainFindings(Part part) {
        SourcePosition at = topLevelKey("domainFindings").orElse(missingAt());
        for (Domain d : framework.domains()) {
            DomainFindings f = report.domainFindings().get(d.number());
            boolean written = f != null && (f.keyFindings() != null && !f.keyFindings().isBlank()
                    || !f.strengths().isEmpty() || !f.areasForImprovement().isEmpty());
            if (!written) {
                say(at, "domain " + d.number() + " (" + d.name() + ") has no findings, but a complete report has "
                        + part.words(), "add '" + d.number() + ": { keyFindings: ... }' under '" + part.example()
                        + "', e.g. in " + part.file());
            }
        }
    }

    private boolean present(String name) {
        Metadata m = report.metadata();
        return switch (name) {
            case "foreword" -> written(report.foreword());
            case "recommendations" -> !report.allRecommendations().isEmpty();
            case "background" -> written(report.background());
            case "contextualFacts" -> !report.contextualFacts().isEmpty();
            case "involvement" -> written(report.involvement());
            case "involvementQuotes" -> !report.involvementQuotes().isEmpty();
            case "diversity" -> written(report.diversity());
            case "resettlement" -> written(report.resettlement());
            case "methodology" -> written(report.methodology());
            case "glossary" -> !report.glossary().isEmpty();
            case "overallFindings" -> written(report.overallFindings());
            case "sections" -> !report.sections().isEmpty();
            case "strengths" -> !report.strengths().isEmpty();
            case "areasForImprovement" -> !report.areasForImprovement().isEmpty();
            case "letter" -> report.letter() != null;
            case "inspectorate" -> m != null && m.inspectorate() != null && !m.inspectorate().isBlank();
            case "sampleWindow" -> m != null && m.sampleWindow() != null;
            case "isbn" -> m != null && m.isbn() != null && !m.isbn().isBlank();
            case "interviews" -> m != null && m.interviews() != null;
            default -> true;
        };
    }

    /** A prose part given as text with nothing in it ({@code foreword: ""}). */
    private Optional<Prose> blankProse(String name) {
        Prose p = switch (name) {
            case "foreword" -> report.foreword();
            case "background" -> report.background();
            case "involvement" -> report.involvement();
            case "diversity" -> report.diversity();
            case "resettlement" -> report.resettlement();
            case "methodology" -> report.methodology();
            case "overallFindings" -> report.overallFindings();
            default -> null;
        };
        return p != null && p.isBlank() ? Optional.of(p) : Optional.empty();
    }

    private void standard(Standard s) {
        if (s.ratedOnlyWithCases() != null && cases(s.ratedOnlyWithCases()) == 0) {
            return;
        }
        Optional<StandardContent> content = report.standard(s.id());
        List<String> missing = new ArrayList<>();
        boolean judged = !s.ratedFromCases() && !framework.ratings().isEmpty();
        if (judged && content.map(StandardContent::rating).isEmpty()) {
            missing.add("rating");
        }
        for (String part : framework.required().standard()) {
            if (!content.map(c -> has(c, part)).orElse(false)) {
                missing.add(part);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String file = STANDARDS + "/" + s.id() + ".yaml";
        if (content.isEmpty()) {
            say(missingAt(), "standard " + s.title() + " has no content: a complete report has its "
                    + words(missing), "add " + file + " with its " + words(missing));
            return;
        }
        for (String part : missing) {
            Optional<SourcePosition> key = standardKey(content.get(), part);
            boolean rating = part.equals("rating");
            say(key.orElse(content.get().at()), "standard " + s.title() + " has no " + (rating ? "rating"
                    : "'" + part + "'") + (rating ? "" : ", which a complete report has"), (key.isPresent()
                    ? "write " : "add '" + part + ":' with ") + (rating ? "inspectors' rating (" + ratingNames()
                    + ")" : part.equals("narrative") ? "the findings for the standard" : "them") + " here");
        }
    }

    /** Where a key of a standard's content is written ({@code rating:} with nothing after it, say). */
    private Optional<SourcePosition> standardKey(StandardContent c, String part) {
        return report.texts().stream().filter(t -> t.isKey() && t.text().equals(part)
                && (t.key() == null || t.key().equals(c.id())) && t.at().file().equals(c.at().file())
                && !before(t.at(), c.at())).map(SourceText::at).findFirst();
    }

    private static boolean before(SourcePosition a, SourcePosition b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    private String ratingNames() {
        List<String> names = framework.ratingsHighestFirst().stream().map(r -> r.name()).toList();
        return names.size() < 2 ? String.join("", names) : String.join(", ", names.subList(0, names.size() - 1))
                + " or " + names.get(names.size() - 1);
    }

    private static boolean has(StandardContent c, String part) {
        return switch (part) {
            case "narrative" -> written(c.narrative());
            case "strengths" -> !c.strengths().isEmpty();
            case "areasForImprovement" -> !c.areasForImprovement().isEmpty();
            case "practiceExamples" -> !c.practiceExamples().isEmpty();
            case "quotes" -> !c.quotes().isEmpty();
            default -> true;
        };
    }

    /** Cases of a type: counted from the case data, or as report.yaml's sample states when there is none. */
    private int cases(String type) {
        int counted = report.casesOfType(type).size();
        Integer stated = report.metadata() == null ? null : report.metadata().sample().get(type);
        return counted > 0 || stated == null ? counted : stated;
    }

    private static boolean written(Prose p) {
        return p != null && !p.isBlank();
    }

    private static String words(List<String> parts) {
        List<String> named = parts.stream().map(p -> p.equals("rating") ? "rating" : "'" + p + "'").toList();
        return named.size() == 1 ? named.get(0) : String.join(", ", named.subList(0, named.size() - 1)) + " and "
                + named.get(named.size() - 1);
    }

    /** Where a top-level key of the report's files (outside standards/) is written, when it is. */
    private Optional<SourcePosition> topLevelKey(String name) {
        Path standards = report.dir().toAbsolutePath().normalize().resolve(STANDARDS);
        return report.texts().stream().filter(t -> t.isKey() && t.key() == null && t.text().equals(name))
                .map(SourceText::at)
                .filter(at -> !at.file().toAbsolutePath().normalize().startsWith(standards)).findFirst();
    }

    /** Where a part that is missing altogether is reported: the report's report.yaml, or its folder. */
    private SourcePosition missingAt() {
        Path file = report.dir().resolve("report.yaml");
        if (Files.isRegularFile(file)) {
            return SourcePosition.startOf(file);
        }
        return report.metadata() != null && report.metadata().frameworkAt() != null
                ? SourcePosition.startOf(report.metadata().frameworkAt().file()) : SourcePosition.startOf(report.dir());
    }

    private void say(SourcePosition at, String message, String hint) {
        diagnostics.add(new Diagnostic(publishing ? Severity.ERROR : Severity.WARNING, at, message, publishing
                ? hint : hint + "; a final build refuses the report without it", null));
    }
}
