package org.rapporteur.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.framework.Domain;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.Service;

/**
 * What a rating quoted in prose is the rating of, read from the words of its sentence around it: the report's
 * overall rating ("overall"; weaker, "the service" or the service's name), a standard named by number ("standard
 * 2.1"), by name ("the staffing arrangements", "implementation and delivery for out-of-court disposals", a domain
 * name or case type narrowing a name several domains share), or "this standard" in a standard's own text.
 */
final class RatingSubjects {

    /** The overall rating, some standards (any one of which may be meant), or nothing named. */
    record Subject(boolean overall, List<Standard> standards) {
        static final Subject NONE = new Subject(false, List.of());

        boolean named() {
            return overall || !standards.isEmpty();
        }
    }

    private record Name(Pattern pattern, List<Standard> standards) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BY_NUMBER = Pattern.compile("\\bstandards?\\s+(\\d+\\.\\d+)\\b|\\((\\d+\\.\\d+)\\)",
            FLAGS);
    private static final Pattern THIS_STANDARD = Pattern.compile("\\b(?:this|the) standard\\b", FLAGS);
    private static final Pattern OVERALL_IN_STANDARD = Pattern.compile("\\boverall rating\\b", FLAGS);
    private static final Pattern OVERALL = Pattern.compile("\\boverall\\b", FLAGS);

    private final Framework framework;
    private final List<Name> standardNames = new ArrayList<>();
    private final List<Name> domainNames = new ArrayList<>();
    private final Pattern service;

    RatingSubjects(Framework framework, Service service) {
        this.framework = framework;
        for (Domain d : framework.domains()) {
            for (Standard s : d.standards()) {
                List<Standard> same = framework.standards().stream()
                        .filter(x -> x.name().equalsIgnoreCase(s.name())).toList();
                if (standardNames.stream().noneMatch(n -> n.standards().equals(same))) {
                    standardNames.add(new Name(name(s.name()), same));
                }
            }
            Set<String> cues = new LinkedHashSet<>();
            cues.add(d.name());
            for (Standard s : d.standards()) {
                framework.caseType(s.caseType() == null ? "" : s.caseType()).ifPresent(t -> {
                    cues.add(t.name());
                    // "out-of-court work"; but not "court", which "diverted from court" also says
                    if (framework.caseTypes().stream().noneMatch(o -> o != t && o.id().contains(t.id()))) {
                        cues.add(t.id());
                    }
                });
            }
            for (String cue : cues) {
                domainNames.add(new Name(name(cue), d.standards()));
            }
        }
        List<String> servicePhrases = new ArrayList<>(List.of("the service"));
        if (service != null) {
            for (String s : new String[] {service.name(), service.shortName(),
                service.kind() == null ? null : service.kind().name()}) {
                if (s != null && !s.isBlank()) {
                    servicePhrases.add(s);
                }
            }
        }
        this.service = Pattern.compile(servicePhrases.stream().map(p -> "(?<![\\w-])" + Pattern.quote(p) + "(?![\\w-])")
                .collect(Collectors.joining("|")), FLAGS);
    }

    /** A name as prose writes it: any case, its last word inflected ("staffing", "assessments"). */
    private static Pattern name(String name) {
        String[] words = name.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String body = java.util.Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<![\\w-])" + body + "\\w*", FLAGS);
    }

    /** What the words name, and where: a standard (by number or name), a domain, the overall rating, the service. */
    private enum Kind { STANDARD, DOMAIN, OVERALL, SERVICE }

    private record Cue(Kind kind, int start, int end, List<Standard> standards) {
    }

    /** Where the clause after a rating ends: the words after it may name its subject ("'Good' for its staff"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()]|\\b(?:and|but|while|whereas)\\b", FLAGS);

    /**
     * The subject of a rating written from {@code start} to {@code end} of {@code context} (the part of its sentence
     * between the ratings before and after it), in prose of {@code scope}: the last standard or "overall" named
     * before it, else a domain named before it, else the same in its own clause after it, else the service named,
     * else (in a standard's own text) that standard.
     */
    Subject of(String context, int start, int end, ScopedProse scope) {
        List<Cue> cues = cues(context, scope);
        Matcher clause = CLAUSE_END.matcher(context);
        int clauseEnd = clause.find(end) ? clause.start() : context.length();
        List<Cue> before = cues.stream().filter(c -> c.end() <= start).toList();
        List<Cue> after = cues.stream().filter(c -> c.start() >= end && c.end() <= clauseEnd).toList();
        Cue chosen = last(before, Kind.STANDARD, Kind.OVERALL);
        chosen = chosen != null ? chosen : last(before, Kind.DOMAIN);
        chosen = chosen != null ? chosen : first(after, Kind.STANDARD, Kind.OVERALL);
        chosen = chosen != null ? chosen : first(after, Kind.DOMAIN);
        chosen = chosen != null ? chosen : last(before, Kind.SERVICE);
        chosen = chosen != null ? chosen : first(after, Kind.SERVICE);
        boolean own = scope.scope() == ScopedProse.Scope.STANDARD;
        if (chosen == null) {
            return own ? new Subject(false, List.of(scope.standard())) : Subject.NONE;
        }
        if (chosen.kind() == Kind.OVERALL || chosen.kind() == Kind.SERVICE) {
            return new Subject(true, List.of());
        }
        List<Standard> candidates = chosen.standards();
        candidates = narrow(candidates, cues.stream().filter(c -> c.kind() == Kind.DOMAIN).map(Cue::standards)
                .toList());
        if (scope.domain() != null) {
            candidates = narrow(candidates, List.of(scope.domain().standards()));
        }
        if (own && candidates.contains(scope.standard())) {
            candidates = List.of(scope.standard());
        }
        return new Subject(false, candidates);
    }

    private List<Cue> cues(String context, ScopedProse scope) {
        List<Cue> cues = new ArrayList<>();
        Matcher number = BY_NUMBER.matcher(context);
        while (number.find()) {
            String id = number.group(1) != null ? number.group(1) : number.group(2);
            framework.standard(id).ifPresent(s -> cues.add(new Cue(Kind.STANDARD, number.start(), number.end(),
                    List.of(s))));
        }
        boolean own = scope.scope() == ScopedProse.Scope.STANDARD;
        if (own) {
            Matcher m = THIS_STANDARD.matcher(context);
            while (m.find()) {
                cues.add(new Cue(Kind.STANDARD, m.start(), m.end(), List.of(scope.standard())));
            }
        }
        standardNames.forEach(n -> find(cues, Kind.STANDARD, n.pattern(), context, n.standards()));
        domainNames.forEach(n -> find(cues, Kind.DOMAIN, n.pattern(), context, n.standards()));
        find(cues, Kind.OVERALL, own ? OVERALL_IN_STANDARD : OVERALL, context, List.of());
        if (!own) {
            find(cues, Kind.SERVICE, service, context, List.of());
        }
        return cues;
    }

    private static void find(List<Cue> cues, Kind kind, Pattern pattern, String context, List<Standard> standards) {
        Matcher m = pattern.matcher(context);
        while (m.find()) {
            cues.add(new Cue(kind, m.start(), m.end(), standards));
        }
    }

    private static Cue last(List<Cue> cues, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return cues.stream().filter(c -> wanted.contains(c.kind())).max(java.util.Comparator.comparingInt(Cue::end))
                .orElse(null);
    }

    private static Cue first(List<Cue> cues, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return cues.stream().filter(c -> wanted.contains(c.kind()))
                .min(java.util.Comparator.comparingInt(Cue::start)).orElse(null);
    }

    /** The standards of {@code candidates} inside one of {@code groups}, or all of them when none is. */
    private static List<Standard> narrow(List<Standard> candidates, List<List<Standard>> groups) {
        List<Standard> inside = candidates.stream().filter(s -> groups.stream().anyMatch(g -> g.contains(s)))
                .toList();
        return inside.isEmpty() ? candidates : inside;
    }
}
