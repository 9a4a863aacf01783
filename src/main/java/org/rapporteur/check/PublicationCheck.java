package org.rapporteur.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/** What a final (publishable) build needs beyond a valid report: no TODO markers left in the prose. */
public final class PublicationCheck {

    private static final Pattern TODO = Pattern.compile("\\bTODO\\b");

    private PublicationCheck() {
    }

    public static void checkFinal(Report report, Diagnostics diagnostics) {
        for (Prose p : report.allProse()) {
            Matcher m = TODO.matcher(p.markdown());
            if (m.find()) {
                SourcePosition at = p.positionAt(m.start());
                diagnostics.error(at, "a TODO marker remains, so the report cannot be built as final",
                        "finish the text, or build with --draft");
            }
        }
    }
}
