package org.rapporteur.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.CouncilPack.PlanRow;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostic;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Severity;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.SourceText;

/**
 * What a complete council pack has, checked as strictly as a report's {@link RequiredParts}: the cover report's
 * sections a committee paper always carries, an improvement plan with a row for every recommendation of the report,
 * and in every row the people who answer for it, its progress and its dates. A missing one is located where it
 * belongs (the empty key, the row, or the file it would be written in) with what to add: a warning in a draft, an
 * error in a final build. The committee's own details are required by the loader in every build.
 */
final class PackParts {

    /** A part of the cover report: its key, how it is named to the author, and its prose. */
    private record CoverPart(String key, String words, Function<CouncilPack, Prose> prose) {
    }

    private static final List<CoverPart> COVER = List.of(
            new CoverPart("contributionToAims", "how the work supports the council's aims",
                    CouncilPack::contributionToAims),
            new CoverPart("executiveSummary", "the executive summary", CouncilPack::executiveSummary),
            new CoverPart("mattersForConsideration", "what the panel is asked to do",
                    CouncilPack::mattersForConsideration),
            new CoverPart("backgroundPapers", "the background papers (or \"None\")", CouncilPack::backgroundPapers),
            new CoverPart("contactOfficers", "who to contact about the report", CouncilPack::contactOfficers));

    /** A field every row of the plan needs: its key, how it is named, and whether a row has it. */
    private record RowField(String key, String words, Function<PlanRow, Object> value) {
    }

    private static final List<RowField> ROW = List.of(
            new RowField("boardChampion", "board champion", PlanRow::boardChampion),
            new RowField("serviceChampion", "service lead", PlanRow::serviceChampion),
            new RowField("progress", "progress", PlanRow::progress),
            new RowField("start", "start date", PlanRow::start),
            new RowField("due", "due date", PlanRow::due));

    private final CouncilPack pack;
    private final boolean publishing;
    private final Diagnostics diagnostics;

    private PackParts(CouncilPack pack, boolean publishing, Diagnostics diagnostics) {
        this.pack = pack;
        this.publishing = publishing;
        this.diagnostics = diagnostics;
    }

    /** Reports what {@code pack} lacks: warnings, or errors when {@code publishing}. */
    static void check(CouncilPack pack, Report report, boolean publishing, Diagnostics diagnostics) {
        PackParts c = new PackParts(pack, publishing, diagnostics);
        COVER.forEach(c::coverPart);
        c.plan(report.allRecommendations().size());
    }

    private void coverPart(CoverPart part) {
        Prose prose = part.prose().apply(pack);
        if (prose != null && !prose.isBlank()) {
            return;
        }
        Optional<SourcePosition> key = key(part.key());
        SourcePosition at = prose != null ? prose.at() : key.orElse(fileAt("cover.yaml"));
        say(at, key.isPresent() || prose != null
                ? "'" + part.key() + "' is empty, but a complete cover report has " + part.words()
                : "the pack has no '" + part.key() + "' (" + part.words() + "), which a complete cover report has",
                key.isPresent() || prose != null ? "write it here"
                        : "add '" + part.key() + ": |' to the pack, e.g. in cover.yaml");
    }

    private void plan(int recommendations) {
        if (pack.plan() == null) {
            return; // the loader requires one in every build
        }
        Set<Integer> answered = new HashSet<>();
        for (PlanRow row : pack.plan().rows()) {
            answered.add(row.recommendation());
            List<String> missing = new ArrayList<>();
            for (RowField field : ROW) {
                Object value = field.value().apply(row);
                if (value == null || value instanceof String s && s.isBlank()) {
                    missing.add(field.words() + " ('" + field.key() + ":')");
                }
            }
            if (!missing.isEmpty()) {
                String which = row.recommendation() > 0 ? "the row for recommendation " + row.recommendation()
                        : "the board's own row";
                say(row.at(), which + " has no " + String.join(", ", missing), "write "
                        + (missing.size() == 1 ? "it" : "them") + " in the row");
            }
        }
        for (int n = 1; n <= recommendations; n++) {
            if (!answered.contains(n)) {
                say(pack.plan().at(), "recommendation " + n + " has no row in the improvement plan",
                        "it would be shown with no actions; add a row with 'recommendation: " + n + "'");
            }
        }
    }

    /** Where a top-level key of the pack is written ({@code executiveSummary:} with nothing after it, say). */
    private Optional<SourcePosition> key(String name) {
        return pack.texts().stream().filter(t -> t.isKey() && t.text().equals(name) && t.key() == null)
                .map(SourceText::at).findFirst();
    }

    /** The start of the pack's file {@code name} if it has one, else of pack.yaml. */
    private SourcePosition fileAt(String name) {
        Path file = pack.dir().resolve(name);
        return SourcePosition.startOf(Files.isRegularFile(file) ? file : pack.dir().resolve("pack.yaml"));
    }

    private void say(SourcePosition at, String message, String hint) {
        diagnostics.add(new Diagnostic(publishing ? Severity.ERROR : Severity.WARNING, at, message, publishing
                ? hint : hint + "; a final build refuses the pack without it", null));
    }
}
