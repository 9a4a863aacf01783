package org.rapporteur.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.framework.Domain;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.DomainFindings;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;

/**
 * A piece of prose and what it speaks for, which decides what its figures must agree with: one standard's own
 * text (narrative, strengths, areas for improvement), one domain's findings, the report as a whole (foreword,
 * summaries, chapters), or text that does not report this inspection's ratings (methodology and glossary, which
 * describe the scale; practice examples; recommendations, which look ahead).
 */
record ScopedProse(Prose prose, Scope scope, Standard standard, Domain domain) {

    enum Scope { STANDARD, DOMAIN, REPORT, REFERENCE }

    /** Every piece of prose of the report, each once, with its scope. */
    static List<ScopedProse> of(Framework framework, Report report) {
        Map<Prose, ScopedProse> scoped = new IdentityHashMap<>();
        for (StandardContent c : report.standards().values()) {
            Standard s = framework.standard(c.id()).orElse(null);
            Domain d = s == null ? null : domainOf(framework, s);
            List<Prose> own = new ArrayList<>(c.strengths());
            own.add(c.narrative());
            own.addAll(c.areasForImprovement());
            own.forEach(p -> put(scoped, new ScopedProse(p, s == null ? Scope.REPORT : Scope.STANDARD, s, d)));
            c.practiceExamples().forEach(e -> put(scoped, new ScopedProse(e.text(), Scope.REFERENCE, s, d)));
        }
        for (DomainFindings f : report.domainFindings().values()) {
            Domain d = framework.domains().stream().filter(x -> x.number() == f.domain()).findFirst().orElse(null);
            List<Prose> own = new ArrayList<>(f.strengths());
            own.add(f.keyFindings());
            own.addAll(f.areasForImprovement());
            own.forEach(p -> put(scoped, new ScopedProse(p, d == null ? Scope.REPORT : Scope.DOMAIN, null, d)));
        }
        put(scoped, new ScopedProse(report.methodology(), Scope.REFERENCE, null, null));
        report.allRecommendations().forEach(r -> put(scoped, new ScopedProse(r.text(), Scope.REFERENCE, null, null)));
        report.glossary().forEach(g -> put(scoped, new ScopedProse(g.definition(), Scope.REFERENCE, null, null)));
        List<ScopedProse> all = new ArrayList<>();
        for (Prose p : report.allProse()) {
            all.add(scoped.getOrDefault(p, new ScopedProse(p, Scope.REPORT, null, null)));
        }
        return all;
    }

    /** A council pack's own prose: it speaks of the report as a whole. */
    static List<ScopedProse> of(CouncilPack pack) {
        return pack.allProse().stream().map(p -> new ScopedProse(p, Scope.REPORT, null, null)).toList();
    }

    static Domain domainOf(Framework framework, Standard s) {
        return framework.domains().stream().filter(d -> d.standards().contains(s)).findFirst().orElse(null);
    }

    private static void put(Map<Prose, ScopedProse> scoped, ScopedProse p) {
        if (p.prose() != null) {
            scoped.put(p.prose(), p);
        }
    }
}
