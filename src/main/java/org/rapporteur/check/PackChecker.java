package org.rapporteur.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.model.CouncilPack.LineOfEnquiry;
import org.rapporteur.model.CouncilPack.PlanRow;
import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.Report;
import org.rapporteur.model.StandardContent;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.text.Excerpt;
import org.rapporteur.text.ImageFile;
import org.rapporteur.text.ParsedProse;

/** A pack's references into its report: recommendations by number, areas for improvement as "1.3/2". */
public final class PackChecker {

    private PackChecker() {
    }

    /** Checks the pack; returns its own prose as parsed and checked, for the render stage. */
    public static ParsedProse check(CouncilPack pack, Report report, Diagnostics d) {
        ParsedProse prose = PrintedSize.check(pack, report, d);
        logo(pack, d);
        if (pack.plan() == null) {
            return prose;
        }
        int count = report.allRecommendations().size();
        Map<Integer, PlanRow> seen = new HashMap<>();
        for (PlanRow row : pack.plan().rows()) {
            if (row.recommendation() > 0) {
                if (row.recommendation() > count) {
                    d.error(row.recommendationAt(), "the report has no recommendation " + row.recommendation(),
                            "its recommendations are numbered 1 to " + count);
                } else {
                    PlanRow first = seen.putIfAbsent(row.recommendation(), row);
                    if (first != null) {
                        d.error(row.recommendationAt(), "recommendation " + row.recommendation()
                                + " already has a row (line " + first.at().line() + ")",
                                "give each recommendation one row; list its lines of enquiry there");
                    }
                }
            }
            for (LineOfEnquiry line : row.linesOfEnquiry()) {
                if (line.area() != null) {
                    area(line, report).ifPresent(problem -> d.error(line.at(), problem[0], problem[1]));
                }
                if (line.area() == null && line.text() == null) {
                    d.error(line.at(), "a line of enquiry needs 'area' or 'text'", "add 'area: \"1.3/2\"'");
                }
            }
        }
        return prose;
    }

    /** The council's emblem, when the pack names one: a PNG or JPEG in the pack folder, checked as prose pictures are. */
    private static void logo(CouncilPack pack, Diagnostics d) {
        CouncilPack.Committee c = pack.committee();
        if (c == null || c.logo() == null) {
            return;
        }
        try {
            ImageFile.read(pack.dir(), c.logo());
        } catch (ImageFile.Refusal refusal) {
            d.error(c.logoAt(), "logo '" + Excerpt.of(c.logo()) + "' " + refusal.getMessage(), refusal.hint());
        }
    }

    /** The problem (message, hint) with an area reference, if any. */
    static Optional<String[]> area(LineOfEnquiry line, Report report) {
        String ref = line.area().trim();
        if (!ref.matches("\\d+\\.\\d+/\\d+")) {
            return Optional.of(new String[] {"'" + ref + "' is not an area reference",
                "write the standard and the area's number in its list, e.g. \"1.3/2\""});
        }
        String standard = ref.substring(0, ref.indexOf('/'));
        int index = Integer.parseInt(ref.substring(ref.indexOf('/') + 1));
        Optional<StandardContent> content = report.standard(standard);
        int areas = content.map(c -> c.areasForImprovement().size()).orElse(0);
        if (index < 1 || index > areas) {
            List<String> ids = report.standards().values().stream().filter(c -> !c.areasForImprovement().isEmpty())
                    .map(c -> c.id() + " (1-" + c.areasForImprovement().size() + ")").toList();
            return Optional.of(new String[] {"the report has no area for improvement " + ref,
                areas == 0 ? "standards with areas for improvement: " + String.join(", ", ids)
                        : "standard " + standard + " has areas 1 to " + areas});
        }
        return Optional.empty();
    }
}
