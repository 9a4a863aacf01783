package org.rapporteur.load.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.files.OutputFiles;
import org.rapporteur.framework.CaseType;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.load.TotalSize;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Suggestions;
import org.rapporteur.source.YamlFile;

/**
 * Imports a spreadsheet of case assessments into a report: reads the report's framework, reads and checks every
 * cell, and only when nothing is wrong writes {@code cases/<type>.yaml} for each case type present, all files
 * staged and moved into place together. Any problem means nothing is written.
 */
public final class CaseImport {

    /** What to import: the spreadsheet, the report folder, an optional sheet name and case type, --force. */
    public record Request(Path file, Path reportDir, String sheet, String type, boolean force) {
    }

    /** One file written: its case type, how many cases, where, and whether it replaced an earlier file. */
    public record Written(String type, int cases, Path file, boolean replaced) {
    }

    /** The outcome: problems (errors mean nothing was written), files written, sheets read and notes. */
    public record Outcome(ImportProblems problems, List<Written> written, List<String> sheets, List<String> notes) {

        public boolean ok() {
            return !problems.hasErrors();
        }

        public int total() {
            return written.stream().mapToInt(Written::cases).sum();
        }
    }

    public static final String CASES_FOLDER = TotalSize.CASES_FOLDER;

    private CaseImport() {
    }

    public static Outcome run(Request request) {
        ImportProblems problems = new ImportProblems();
        List<String> notes = new ArrayList<>();
        Path base = Path.of("").toAbsolutePath();

        // the report and its framework (the report's other problems are for 'rapporteur check')
        Diagnostics loading = new Diagnostics();
        Optional<Report> report = ReportLoader.load(request.reportDir(), loading);
        if (report.isEmpty() || report.get().metadata().framework() == null) {
            problems.addAll(loading, base);
            if (!problems.hasErrors()) {
                problems.error(request.reportDir().toString(), "cannot tell which framework the report uses",
                        "add 'framework: ...' to report.yaml");
            }
            return failed(problems, notes);
        }
        Diagnostics frameworkLoading = new Diagnostics();
        Optional<Framework> framework = FrameworkLoader.load(report.get().metadata().framework(),
                report.get().metadata().frameworkAt(), frameworkLoading);
        if (framework.isEmpty()) {
            problems.addAll(frameworkLoading, base);
            return failed(problems, notes);
        }
        Framework fw = framework.get();

        String type = null;
        if (request.type() != null) {
            type = CaseSheets.resolveType(fw, request.type());
            if (type == null) {
                List<String> ids = fw.caseTypes().stream().map(CaseType::id).toList();
                String hint = Suggestions.didYouMean(request.type(), ids);
                problems.error("--type " + request.type(), "not a case type of framework " + fw.id(),
                        hint != null ? hint : "case types are " + String.join(", ", ids));
                return failed(problems, notes);
            }
        }

        Optional<SpreadsheetReader.Contents> contents = SpreadsheetReader.read(request.file(), request.sheet(),
                problems);
        if (contents.isEmpty()) {
            return failed(problems, notes);
        }
        CaseSheets.Result result = CaseSheets.read(contents.get().tables(),
                request.sheet() != null || !contents.get().workbook(), fw, type, problems);
        notes.addAll(result.notes());
        if (!problems.hasErrors() && result.cases().isEmpty()) {
            problems.error(request.file().toString(), "no cases found", "below the header row, give one row per case");
        }

        // group by type, in the framework's order
        Map<String, List<CaseSheets.ImportedCase>> byType = new LinkedHashMap<>();
        for (CaseType ct : fw.caseTypes()) {
            List<CaseSheets.ImportedCase> ofType = result.cases().stream().filter(c -> c.type().equals(ct.id()))
                    .toList();
            if (!ofType.isEmpty()) {
                byType.put(ct.id(), ofType);
            }
        }

        Path casesDir = request.reportDir().resolve(CASES_FOLDER);
        Map<String, Path> targets = new LinkedHashMap<>();
        Set<Path> replacedFiles = new LinkedHashSet<>();
        if (Files.exists(casesDir) && !Files.isDirectory(casesDir)) {
            problems.error(casesDir.toString(), "this should be the folder of case files but is a file",
                    "rename or remove it");
        }
        for (String t : byType.keySet()) {
            Path target = casesDir.resolve(t + ".yaml");
            targets.put(t, target);
            if (Files.isDirectory(target)) {
                problems.error(target.toString(), "this is a folder, so the " + t + " cases cannot be written here",
                        "rename or remove the folder");
            } else if (Files.exists(target)) {
                replacedFiles.add(target.toAbsolutePath().normalize());
                if (!request.force()) {
                    problems.error(target.toString(), "already exists", "give --force to replace it with the "
                            + t + " cases of " + request.file().getFileName());
                }
            }
        }
        clashes(report.get(), result.cases(), targets, base, problems);

        if (problems.hasErrors()) {
            return failed(problems, notes);
        }

        OutputFiles files = new OutputFiles(casesDir, false);
        List<Written> written = new ArrayList<>();
        long caseBytes = keptCaseBytes(casesDir, targets.values());
        for (Map.Entry<String, List<CaseSheets.ImportedCase>> e : byType.entrySet()) {
            String t = e.getKey();
            List<CaseSheets.ImportedCase> cs = e.getValue();
            byte[] bytes = CasesYaml.of(cs, comment(request.file(), cs, t)).getBytes(StandardCharsets.UTF_8);
            if (bytes.length > YamlFile.MAX_BYTES) {
                tooLarge(request, targets.get(t), t, cs.size(), bytes.length, problems);
                continue;
            }
            caseBytes += bytes.length;
            files.add(t + ".yaml", out -> out.write(bytes));
            Path target = targets.get(t);
            written.add(new Written(t, cs.size(), target, replacedFiles.contains(target.toAbsolutePath().normalize())));
        }
        if (caseBytes > TotalSize.MAX_CASE_BYTES) {
            problems.error(request.file().toString(), "with these cases the case files in " + CASES_FOLDER + "/ would"
                    + " hold " + TotalSize.megabytes(caseBytes) + " together, but a report may hold at most "
                    + TotalSize.megabytes(TotalSize.MAX_CASE_BYTES), "a report's cases are a sample: import only the"
                    + " inspected cases, or remove case files that are not part of it");
        }
        if (problems.hasErrors()) {
            return failed(problems, notes);
        }
        try {
            files.commit();
        } catch (IOException | RuntimeException e) {
            problems.error(casesDir.toString(), "cannot write the case files: " + e.getMessage(),
                    "check that the folder is writable");
            return failed(problems, notes);
        }
        return new Outcome(problems, written, result.sheetsRead(), notes);
    }

    /** Bytes of the case files the import keeps (every .yaml file in the cases folder it does not replace). */
    private static long keptCaseBytes(Path casesDir, java.util.Collection<Path> replaced) {
        if (!Files.isDirectory(casesDir)) {
            return 0;
        }
        Set<Path> skip = new LinkedHashSet<>();
        replaced.forEach(p -> skip.add(p.toAbsolutePath().normalize()));
        try (var walk = Files.walk(casesDir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().matches(".*\\.ya?ml")
                    && !skip.contains(p.toAbsolutePath().normalize())).mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // the check after the import reports what cannot be read
        }
    }

    /** Imported ids already used by cases in other files; other files holding cases of an imported type. */
    private static void clashes(Report report, List<CaseSheets.ImportedCase> imported, Map<String, Path> targets,
                                Path base, ImportProblems problems) {
        Set<Path> replaced = new LinkedHashSet<>();
        targets.values().forEach(p -> replaced.add(p.toAbsolutePath().normalize()));
        Map<String, CaseSheets.ImportedCase> byId = new LinkedHashMap<>();
        imported.forEach(c -> byId.putIfAbsent(c.id(), c));
        Map<Path, Set<String>> alsoHolds = new LinkedHashMap<>();
        for (InspectedCase existing : report.cases()) {
            Path file = existing.at().file().toAbsolutePath().normalize();
            if (replaced.contains(file)) {
                continue;
            }
            CaseSheets.ImportedCase clash = byId.get(existing.id());
            if (clash != null) {
                problems.error(clash.where(), "case id '" + clash.id() + "' is already used in "
                        + existing.at().describe(base), "give every case its own id, or remove the case there");
            }
            if (existing.type() != null && targets.containsKey(existing.type())) {
                alsoHolds.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(existing.type());
            }
        }
        alsoHolds.forEach((file, types) -> problems.warning(base.relativize(file).toString(), "this file also holds "
                + String.join(" and ", types) + " cases; they will be rated together with the imported ones",
                "remove them if the spreadsheet replaces them"));
    }

    /** A case file the report loader would refuse ({@link YamlFile#MAX_BYTES}) is never written. */
    private static void tooLarge(Request request, Path target, String type, int cases, long bytes,
                                 ImportProblems problems) {
        long mb = YamlFile.MAX_BYTES / (1024 * 1024);
        problems.error(request.file().toString(), "the " + cases + " " + type + " cases would make " + target + " "
                + String.format(Locale.UK, "%.1f", bytes / (1024.0 * 1024)) + " MB, but a report's files may be at"
                + " most " + mb + " MB each", "import the " + type + " cases in parts: put them on several sheets"
                + " (or files) of fewer cases, import one part, rename " + target.getFileName() + " (e.g. to "
                + type + "-1.yaml: every file in " + CASES_FOLDER + "/ is read), then import the next");
    }

    private static List<String> comment(Path file, List<CaseSheets.ImportedCase> cases, String type) {
        Set<String> sheets = new LinkedHashSet<>();
        cases.forEach(c -> {
            if (c.sheet() != null) {
                sheets.add("'" + c.sheet() + "'");
            }
        });
        String from = file.getFileName() + (sheets.isEmpty() ? "" : (sheets.size() == 1 ? " (sheet " : " (sheets ")
                + String.join(", ", sheets) + ")");
        return List.of(cases.size() + " " + type + (cases.size() == 1 ? " case" : " cases") + " imported from "
                        + from + " by 'rapporteur import-cases'.",
                "Edit the spreadsheet and import it again with --force, or edit this file by hand.");
    }

    private static Outcome failed(ImportProblems problems, List<String> notes) {
        return new Outcome(problems, List.of(), List.of(), notes);
    }
}
