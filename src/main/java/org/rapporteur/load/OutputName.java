package org.rapporteur.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.FolderBoundary;
import org.rapporteur.source.YamlFile;
import org.rapporteur.source.YamlValue;

/**
 * The name a report's outputs take, {@code <out>/<name>/<name>.pdf} (and {@code <name>-draft.pdf} for a draft): the
 * report folder's name, or {@code outputName:} in report.yaml. A name given there must be a safe file name on every
 * system: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters, not a name
 * Windows reserves, not ending in '.' or in the "-draft" that draft builds add themselves.
 */
public final class OutputName {

    /** The key in report.yaml. */
    public static final String KEY = "outputName";
    /** What a draft build adds to the output name: {@code example-yjs-draft.pdf}. */
    public static final String DRAFT_SUFFIX = "-draft";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private OutputName() {
    }

    /** What is wrong with a name given as {@code outputName:}, or empty when it is a safe file name. */
    public static Optional<String> problem(String name) {
        if (!SAFE.matcher(name).matches()) {
            return Optional.of(name.length() > 100 ? "an output name may be at most 100 characters"
                    : "'" + name + "' is not a safe file name: use letters, digits, '.', '_' and '-', starting with"
                    + " a letter or digit (no spaces, slashes or other signs)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            return Optional.of("an output name may not end in '.'");
        }
        if (RESERVED.contains(lower.contains(".") ? lower.substring(0, lower.indexOf('.')) : lower)) {
            return Optional.of("'" + name + "' is a device name on Windows, not a file name");
        }
        if (lower.endsWith(DRAFT_SUFFIX)) {
            return Optional.of("an output name may not end in '" + DRAFT_SUFFIX + "': draft builds add it themselves");
        }
        return Optional.empty();
    }

    /** Checks {@code outputName:} as the loader reads it; the name, when it is safe. */
    static Optional<String> read(YamlValue value, Diagnostics diagnostics) {
        if (!value.at().file().getFileName().toString().equals("report.yaml")) {
            diagnostics.error(value.at(), "'" + KEY + "' must be written in report.yaml",
                    "move it to report.yaml, which the build reads for the output name before anything else");
            return Optional.empty();
        }
        return value.asText(KEY).flatMap(name -> {
            Optional<String> problem = problem(name.strip());
            problem.ifPresent(p -> diagnostics.error(value.at(), p, "e.g. outputName: kestrelford-yjs-2026"));
            return problem.isPresent() ? Optional.empty() : Optional.of(name.strip());
        });
    }

    /**
     * The output name of a report or pack folder, as a build names its outputs before loading anything: a safe
     * {@code outputName:} of the folder's report.yaml, else the folder's name. Reads quietly: what is wrong with
     * report.yaml is reported when the report is loaded.
     */
    public static String of(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String fallback = abs.getFileName() == null ? "" : abs.getFileName().toString();
        Path report = abs.resolve("report.yaml");
        Diagnostics quiet = new Diagnostics();
        if (!FolderBoundary.of(abs, "report folder").readable(report, quiet)) {
            return fallback;
        }
        return YamlFile.read(report, quiet).filter(v -> !v.isNull())
                .flatMap(v -> v.asOpenMap("report.yaml")).flatMap(m -> m.get(KEY))
                .flatMap(v -> v.asText(KEY)).map(String::strip).filter(n -> problem(n).isEmpty())
                .orElse(fallback);
    }
}
