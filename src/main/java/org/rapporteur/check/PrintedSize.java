package org.rapporteur.check;

import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.FactTable;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Quote;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.text.Markdown;
import org.rapporteur.text.ParsedProse;

/**
 * Checks every piece of prose as the build will render it (through {@link Markdown}), and counts the blocks the
 * document will print: paragraphs, list items and quotes of the prose, table cells, glossary entries, quotes.
 * The PDF and Word writers' time and memory grow with that count, faster than linearly (measured here: 10,000
 * build in 5-15 seconds, 40,000 took three minutes and nearly all of the launcher's 700 MB), so a report that
 * prints more is refused at the item that passes the limit, before anything is rendered.
 */
public final class PrintedSize {

    /** Blocks one document may print. The example report prints about 300 of its own; a long real one 1,500. */
    public static final int MAX_BLOCKS = 10_000;

    /** The cells of a row of a pack's improvement plan, besides its lines of enquiry. */
    private static final int PLAN_CELLS = 7;

    private final Diagnostics diagnostics;
    private int count;
    private boolean refused;

    private PrintedSize(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Every piece of prose of a report checked, and the report's size. */
    public static ParsedProse check(Report report, Diagnostics diagnostics) {
        PrintedSize size = new PrintedSize(diagnostics);
        return size.report(report, diagnostics);
    }

    /** A council pack's own prose checked, and the size of the pack with its report (printed as Appendix A). */
    public static ParsedProse check(CouncilPack pack, Report report, Diagnostics diagnostics) {
        PrintedSize size = new PrintedSize(diagnostics);
        size.report(report, new Diagnostics()); // its prose's problems were reported when it was checked
        Markdown markdown = new Markdown(pack.dir(), diagnostics);
        java.util.Set<Prose> items = new java.util.HashSet<>();
        if (pack.plan() != null) {
            for (CouncilPack.PlanRow row : pack.plan().rows()) {
                items.add(row.action());
                row.linesOfEnquiry().forEach(line -> items.add(line.text()));
            }
        }
        size.prose(markdown, pack.allProse(), items);
        if (pack.plan() != null) {
            for (CouncilPack.PlanRow row : pack.plan().rows()) {
                size.add(PLAN_CELLS + row.linesOfEnquiry().size(), row.at());
            }
        }
        return markdown.parsed();
    }

    private ParsedProse report(Report report, Diagnostics proseProblems) {
        Markdown markdown = new Markdown(report.dir(), proseProblems);
        prose(markdown, report.allProse(), items(report));
        report.glossary().forEach(g -> add(1, g.definition().at())); // the term, beside its definition
        for (FactTable t : report.contextualFacts()) {
            add(t.columns().size() + t.rows().stream().mapToInt(java.util.List::size).sum(), t.at());
        }
        report.involvementQuotes().forEach(q -> add(1, q.at()));
        for (StandardContent c : report.standards().values()) {
            c.quotes().forEach((Quote q) -> add(1, q.at()));
        }
        if (report.letter() != null) { // the copy list has no place of its own: the letter's contact, or report.yaml
            SourcePosition at = report.letter().contact() != null ? report.letter().contact().at()
                    : report.metadata().frameworkAt();
            report.letter().copyList().forEach(c -> add(1, at));
        }
        return markdown.parsed();
    }

    /** The report's prose printed as one item of a list or a table cell, where tables and notes have no place. */
    private static java.util.Set<Prose> items(Report report) {
        java.util.Set<Prose> items = new java.util.HashSet<>();
        report.allRecommendations().forEach(r -> items.add(r.text()));
        report.domainFindings().values().forEach(f -> {
            items.addAll(f.strengths());
            items.addAll(f.areasForImprovement());
        });
        report.sections().forEach(s -> items.addAll(s.paragraphs()));
        items.addAll(report.strengths());
        items.addAll(report.areasForImprovement());
        report.glossary().forEach(g -> items.add(g.definition()));
        report.standards().values().forEach(c -> {
            items.addAll(c.strengths());
            items.addAll(c.areasForImprovement());
        });
        return items;
    }

    private void prose(Markdown markdown, java.util.List<Prose> all, java.util.Set<Prose> items) {
        for (Prose p : all) {
            int before = markdown.printed();
            if (items.contains(p)) {
                markdown.checkItem(p);
            } else {
                markdown.check(p);
            }
            add(markdown.printed() - before, p.at());
        }
    }

    private void add(int blocks, SourcePosition at) {
        count += blocks;
        if (count > MAX_BLOCKS && !refused) {
            refused = true;
            diagnostics.error(at, "with this, the document prints more than " + String.format(java.util.Locale.UK,
                    "%,d", MAX_BLOCKS) + " paragraphs, list items, table cells and entries",
                    "that is the most one document may hold; split the report, or move long lists and tables "
                            + "out of it");
        }
    }
}
