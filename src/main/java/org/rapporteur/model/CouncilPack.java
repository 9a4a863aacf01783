package org.rapporteur.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.rapporteur.source.SourcePosition;

/**
 * A council committee pack built on an inspection report: the council's cover report, the inspection report as
 * Appendix A and the improvement plan as Appendix B. Only the council's parts live here; the recommendations and
 * areas for improvement are referred to in the report, never retyped. {@code texts} holds every text value and key of
 * the pack's files exactly as written, with its place.
 */
public record CouncilPack(Path dir, String kind, Path reportDir, SourcePosition reportAt, Committee committee,
                          Prose contributionToAims, Prose executiveSummary, Prose mattersForConsideration,
                          List<Section> sections, Prose backgroundPapers, Prose contactOfficers,
                          ImprovementPlan plan, List<org.rapporteur.source.SourceText> texts) {

    public CouncilPack {
        sections = List.copyOf(sections);
        texts = List.copyOf(texts);
    }

    /** Every piece of the pack's own prose, in reading order, for checks that look at all of it. */
    public List<Prose> allProse() {
        List<Prose> all = new ArrayList<>(Arrays.asList(contributionToAims, executiveSummary, mattersForConsideration));
        sections.forEach(s -> all.addAll(s.prose()));
        all.add(backgroundPapers);
        all.add(contactOfficers);
        if (plan != null) {
            for (PlanRow row : plan.rows()) {
                all.add(row.action());
                row.linesOfEnquiry().forEach(line -> all.add(line.text()));
            }
        }
        return all.stream().filter(Objects::nonNull).toList(); // parts a pack leaves out are null
    }

    /** The committee meeting the pack goes to. */
    /** The meeting the pack goes to; {@code logo} is the council's emblem in the pack folder, or null for none. */
    public record Committee(String council, String panel, LocalDate date, String reportOf, String subject,
                            String status, String logo, SourcePosition logoAt) {
    }

    /** Appendix B: one row per recommendation of the report, and rows the board adds. */
    public record ImprovementPlan(String title, List<PlanRow> rows, SourcePosition at) {
        public ImprovementPlan {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A row of the plan: the recommendation it answers (by number; 0 for a row the board added, with its own
     * {@code action}), the key lines of enquiry, champions, progress (null when not given) and dates.
     */
    public record PlanRow(int recommendation, SourcePosition recommendationAt, Prose action,
                          List<LineOfEnquiry> linesOfEnquiry, String boardChampion, String serviceChampion,
                          Progress progress, SourcePosition progressAt, String progressNote, String start,
                          String due, SourcePosition at) {
        public PlanRow {
            linesOfEnquiry = List.copyOf(linesOfEnquiry);
        }
    }

    /** A key line of enquiry: an area for improvement of the report ("1.3/2": standard 1.3, its second area) or free text. */
    public record LineOfEnquiry(String area, Prose text, SourcePosition at) {
    }

    /** Where a plan row stands, always printed as words. */
    public enum Progress {
        NOT_STARTED("not-started", "Not started"),
        ON_TRACK("on-track", "On track"),
        AT_RISK("at-risk", "At risk"),
        OFF_TRACK("off-track", "Off track"),
        COMPLETE("complete", "Complete");

        private final String id;
        private final String label;

        Progress(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<Progress> of(String text) {
            for (Progress p : values()) {
                if (p.id.equalsIgnoreCase(text.trim()) || p.label.equalsIgnoreCase(text.trim())) {
                    return java.util.Optional.of(p);
                }
            }
            return java.util.Optional.empty();
        }

        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Progress::id).toList();
        }
    }
}
