package org.rapporteur.scaffold;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rapporteur.source.YamlText;

/**
 * The files of a new council pack presenting an inspection report: pack.yaml (the committee, no emblem until the
 * council adds its own), cover.yaml (the cover report's sections with TODO placeholders and bound figures) and
 * plan.yaml (one improvement-plan row per recommendation of the report). It checks clean and builds as a draft at
 * once; a final build refuses until every TODO is written.
 *
 * @param reportPath      the report folder as pack.yaml names it, relative to the pack folder
 * @param service         the inspected service's name
 * @param inspectorate    who inspected it
 * @param recommendations how many recommendations the report makes
 * @param today           the day the pack is started (the meeting is suggested four weeks on)
 */
public record PackSkeleton(String reportPath, String service, String inspectorate, int recommendations,
                           LocalDate today) {

    /** File name (relative to the pack folder) to contents, in the order they are written. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pack.yaml", bytes(pack()));
        files.put("cover.yaml", bytes(cover()));
        files.put("plan.yaml", bytes(plan()));
        return files;
    }

    private String pack() {
        LocalDate meeting = today.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return "# A council committee pack: the cover report (cover.yaml), the inspection report as Appendix A (read\n"
                + "# from the folder named under 'report', never copied) and the improvement plan as Appendix B (plan.yaml).\n"
                + "pack: council-pack\n"
                + "report: " + YamlText.scalar(reportPath) + "\n"
                + "committee:\n"
                + "  council: TODO the council's name          # e.g. Wendover Vale Borough Council\n"
                + "  panel: TODO the panel or committee        # e.g. Children and Young People Scrutiny Panel\n"
                + "  date: " + meeting + "                       # the meeting date, YYYY-MM-DD\n"
                + "  reportOf: TODO who reports                # e.g. the Director of Children's Services\n"
                + "  subject: " + YamlText.scalar("Inspection of " + service + " by " + inspectorate) + "\n"
                + "  status: Open                              # Open, or the exemption the council applies\n"
                + "  # logo: logo.png                          # the council's emblem: a PNG or JPEG in this folder\n";
    }

    private static String cover() {
        return "# The cover report. Figures such as {{overall}}, {{score}} and {{recommendations}} are read from the\n"
                + "# inspection report, so they never drift from it. Every TODO must be written before a final build.\n"
                + "contributionToAims: |\n"
                + "  TODO How the service's work supports the council plan's priorities.\n"
                + "\n"
                + "executiveSummary: |\n"
                + "  TODO When the service was inspected and by whom. The service was rated {{overall}} overall, and\n"
                + "  the inspectorate made {{recommendations}} recommendations.\n"
                + "\n"
                + "mattersForConsideration: |\n"
                + "  TODO What the panel is asked to do, e.g. to note the report and comment on the improvement plan.\n"
                + "\n"
                + "backgroundPapers: |\n"
                + "  TODO The papers the report relies on, or \"None\".\n"
                + "\n"
                + "contactOfficers: |\n"
                + "  TODO Who to contact about this report: name, role, e-mail address.\n";
    }

    private String plan() {
        StringBuilder b = new StringBuilder();
        b.append("# Appendix B: the improvement plan. One row per recommendation of the report, named by its number\n")
                .append("# (its text is taken from the report, never retyped). Lines of enquiry name an area for\n")
                .append("# improvement (\"1.3/2\": standard 1.3, its second area) or are free text. Progress is one of\n")
                .append("# not-started, on-track, at-risk, off-track, complete.\n")
                .append("improvementPlan:\n")
                .append("  title: TODO the plan's title\n")
                .append("  rows:\n");
        for (int n = 1; n <= recommendations; n++) {
            b.append(n == 1 ? "" : "\n")
                    .append("    - recommendation: ").append(n).append('\n')
                    .append("      linesOfEnquiry:\n")
                    .append("        - TODO a question the panel will ask about this recommendation\n")
                    .append("      boardChampion: TODO name and role\n")
                    .append("      serviceChampion: TODO name and role\n")
                    .append("      progress: not-started\n")
                    .append("      start: TODO month and year\n")
                    .append("      due: TODO month and year\n");
        }
        if (recommendations == 0) {
            b.append("    []\n");
        }
        return b.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
