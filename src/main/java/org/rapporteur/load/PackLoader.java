package org.rapporteur.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.CouncilPack.LineOfEnquiry;
import org.rapporteur.model.CouncilPack.PlanRow;
import org.rapporteur.model.CouncilPack.Progress;
import org.rapporteur.model.Prose;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.FolderBoundary;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.YamlFile;
import org.rapporteur.source.YamlValue;

/**
 * Reads a council pack folder: its .yaml files (top level only) hold the council's parts and name the report
 * folder the pack presents. A folder is a pack when it has a {@code pack.yaml}.
 */
public final class PackLoader {

    public static final String PACK_FILE = "pack.yaml";
    static final Set<String> TOP = Set.of("pack", "report", "committee", "contributionToAims", "executiveSummary",
            "mattersForConsideration", "sections", "backgroundPapers", "contactOfficers", "improvementPlan");
    static final Set<String> COMMITTEE = Set.of("council", "panel", "date", "reportOf", "subject", "status",
            "logo");
    static final Set<String> PLAN = Set.of("title", "rows");
    static final Set<String> ROW = Set.of("recommendation", "action", "linesOfEnquiry", "boardChampion",
            "serviceChampion", "progress", "progressNote", "start", "due");
    static final Set<String> LINE = Set.of("area", "text");

    private PackLoader() {
    }

    /** A folder is a pack when it has a pack.yaml, whatever that is (a link or a pipe is then refused, located). */
    public static boolean isPack(Path dir) {
        Path file = dir.resolve(PACK_FILE);
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
    }

    public static Optional<CouncilPack> load(Path dir, Diagnostics d) {
        Map<String, YamlValue> sections = new LinkedHashMap<>();
        List<Path> files = ContentFiles.of(dir, "pack folder", 1, d);
        List<org.rapporteur.source.SourceText> texts = new ArrayList<>();
        for (Path f : files) {
            Optional<YamlValue> doc = YamlFile.read(f, d).filter(v -> !v.isNull());
            doc.ifPresent(v -> texts.addAll(v.texts()));
            doc.flatMap(v -> v.asMap("pack content", TOP)).ifPresent(m ->
                    m.entries().forEach((k, v) -> {
                        if (sections.containsKey(k)) {
                            d.error(m.keyAt(k), "'" + k + "' is already given in " + sections.get(k).at().describe(dir),
                                    "keep it in one file");
                        } else {
                            sections.put(k, v);
                        }
                    }));
        }
        SourcePosition packAt = SourcePosition.startOf(dir.resolve(PACK_FILE));
        String kind = required(sections, "pack", "the pack kind, e.g. council-scrutiny", packAt, d).orElse(null);
        Optional<YamlValue> reportValue = Optional.ofNullable(sections.get("report"));
        if (reportValue.isEmpty()) {
            d.error(packAt, "missing 'report' (the folder of the inspection report this pack presents)",
                    "add 'report: ../example-yjs'");
        }
        Path reportDir = reportValue.flatMap(v -> v.asText("report")).flatMap(t -> reportFolder(dir, t,
                reportValue.get().at(), d)).orElse(null);
        CouncilPack.Committee committee = Optional.ofNullable(sections.get("committee"))
                .flatMap(v -> v.asMap("committee", COMMITTEE)).map(m -> new CouncilPack.Committee(
                        m.requiredText("council", "the council's name").orElse(null),
                        m.requiredText("panel", "the panel or committee").orElse(null),
                        m.require("date", "the meeting date").flatMap(x -> x.asDate("date")).orElse(null),
                        m.requiredText("reportOf", "who reports, e.g. the Director of Children's Services").orElse(null),
                        m.requiredText("subject", "the subject line").orElse(null),
                        m.text("status").orElse("Open"), m.text("logo").orElse(null),
                        m.get("logo").map(YamlValue::at).orElse(m.at()))).orElse(null);
        if (committee == null) {
            d.error(packAt, "missing 'committee' (panel, date, report of, subject, status)", "add 'committee:'");
        }
        CouncilPack.ImprovementPlan plan = Optional.ofNullable(sections.get("improvementPlan"))
                .flatMap(v -> v.asMap("improvementPlan", PLAN)).map(m -> new CouncilPack.ImprovementPlan(
                        m.text("title").orElse("Improvement plan"), m.list("rows", PackLoader::row), m.at()))
                .orElse(null);
        if (plan == null) {
            d.error(packAt, "missing 'improvementPlan'", "add 'improvementPlan:' with a row per recommendation");
        }
        return Optional.of(new CouncilPack(dir, kind, reportDir, reportValue.map(YamlValue::at).orElse(packAt),
                committee, prose(sections, "contributionToAims"), prose(sections, "executiveSummary"),
                prose(sections, "mattersForConsideration"),
                Optional.ofNullable(sections.get("sections")).map(v -> ReportLoader.readSections(v, d))
                        .orElse(List.of()),
                prose(sections, "backgroundPapers"), prose(sections, "contactOfficers"), plan, texts));
    }

    /**
     * The report folder: relative to the pack, and inside the folder that holds the pack (content/), both as
     * written and with every link resolved, so a link cannot lead the pack out of content/.
     */
    private static Optional<Path> reportFolder(Path pack, String text, SourcePosition at, Diagnostics d) {
        FolderBoundary packFolder = FolderBoundary.of(pack, "pack folder");
        Path packDir = Files.isSymbolicLink(pack) ? packFolder.real() : pack.toAbsolutePath().normalize();
        Path base = packDir.getParent();
        Path target = packDir.resolve(text).normalize();
        if (base == null || !target.startsWith(base) || target.equals(packDir)) {
            d.error(at, "report folder '" + text + "' must be a folder beside the pack",
                    "write the path relative to the pack, e.g. ../example-yjs");
            return Optional.empty();
        }
        FolderBoundary.Target real = FolderBoundary.of(base, "folder that holds the pack").follow(target);
        if (real.kind() == FolderBoundary.Kind.OUTSIDE
                || real.kind() == FolderBoundary.Kind.FOLDER && real.real().equals(packFolder.real())) {
            d.error(at, "report folder '" + text + "' links outside the folder that holds the pack",
                    "put the report folder itself beside the pack, not a link to somewhere else");
            return Optional.empty();
        }
        if (real.kind() != FolderBoundary.Kind.FOLDER) {
            d.error(at, "report folder '" + text + "' does not exist", "check the path");
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static Optional<PlanRow> row(YamlValue v) {
        return v.asMap("a plan row", ROW).map(m -> {
            Diagnostics d = m.diagnostics();
            int number = m.integer("recommendation", 1, 999).orElse(0);
            Prose action = m.get("action").flatMap(x -> x.asText("action").map(t -> new Prose(t, x.at()))).orElse(null);
            if (number == 0 && action == null && !m.keys().contains("recommendation")) {
                d.error(m.at(), "a plan row needs 'recommendation' (its number in the report) or, for a row the"
                        + " board adds, 'action'", "add 'recommendation: 1'");
            }
            List<LineOfEnquiry> lines = m.list("linesOfEnquiry", l -> {
                if (l.isScalar()) {
                    return l.asText("a line of enquiry").map(t -> new LineOfEnquiry(null, new Prose(t, l.at()), l.at()));
                }
                return l.asMap("a line of enquiry", LINE).map(lm -> new LineOfEnquiry(lm.text("area").orElse(null),
                        lm.get("text").flatMap(x -> x.asText("text").map(t -> new Prose(t, x.at()))).orElse(null),
                        lm.at()));
            });
            Optional<YamlValue> progressValue = m.get("progress");
            Progress progress = progressValue.flatMap(p -> p.asText("progress")).map(t -> Progress.of(t).orElseGet(() -> {
                d.error(progressValue.get().at(), "'" + t + "' is not a progress status",
                        "use one of " + String.join(", ", Progress.ids()));
                return null;
            })).orElse(null); // not given: printed as not started; a final build asks for it
            return new PlanRow(number, m.keyAt("recommendation"), action, lines, m.text("boardChampion").orElse(""),
                    m.text("serviceChampion").orElse(""), progress, progressValue.map(YamlValue::at).orElse(m.at()),
                    m.text("progressNote").orElse(""), m.text("start").orElse(""), m.text("due").orElse(""), m.at());
        });
    }

    private static Optional<String> required(Map<String, YamlValue> sections, String key, String what,
                                             SourcePosition at, Diagnostics d) {
        YamlValue v = sections.get(key);
        if (v == null || v.isNull()) {
            d.error(at, "missing '" + key + "' (" + what + ")", "add '" + key + ": ...' to pack.yaml");
            return Optional.empty();
        }
        return v.asText(key);
    }

    private static Prose prose(Map<String, YamlValue> sections, String key) {
        YamlValue v = sections.get(key);
        return v == null || v.isNull() ? null : v.asText(key).map(t -> new Prose(t, v.at())).orElse(null);
    }

}
