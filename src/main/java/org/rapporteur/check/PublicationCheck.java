package org.rapporteur.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapporteur.framework.Framework;
import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourceText;

/**
 * What a report needs before it is published, beyond being valid: nothing unfinished (no TODO marker in any value of
 * the report or its pack, nor in the comment after a value: {@link Placeholders}) and nothing missing (every part its
 * framework requires, every judged standard's rating: {@link RequiredParts}; for a pack, its cover report's sections
 * and a complete improvement plan: {@link PackParts}). A final build refuses each, listed at
 * its place; a draft warns about what is missing and counts the TODO markers in one warning.
 */
public final class PublicationCheck {

    private PublicationCheck() {
    }

    /** Checks {@code report} (and {@code pack}): errors when {@code publishing} (a final build), else warnings. */
    public static void check(Report report, Framework framework, Optional<CouncilPack> pack, boolean publishing,
                             Diagnostics diagnostics) {
        List<SourceText> texts = new ArrayList<>(report.texts());
        pack.ifPresent(p -> texts.addAll(p.texts()));
        List<Placeholders.Marker> markers = Placeholders.find(texts);
        if (publishing) {
            markers.forEach(m -> diagnostics.error(m.at(), m.message(), m.hint()));
        } else if (!markers.isEmpty()) {
            long todos = markers.stream().filter(Placeholders.Marker::todo).count();
            String one = todos == 1 ? "a TODO marker remains here" : "a placeholder remains here";
            String many = markers.size() + (todos == markers.size() ? " TODO markers" : todos == 0 ? " placeholders"
                    : " TODO markers and placeholders") + " remain";
            diagnostics.warning(markers.get(0).at(), markers.size() == 1 ? one
                    : many + ", the first here", "a final build refuses the report"
                    + " until every one is done");
        }
        RequiredParts.check(framework, report, publishing, diagnostics);
        pack.ifPresent(p -> PackParts.check(p, report, publishing, diagnostics));
    }
}
