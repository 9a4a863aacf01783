package org.rapporteur.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas (draft 2020-12) of report content, shipped in the jar under {@code schemas/}. A new report gets
 * a copy in its hidden {@code .schemas/} folder (hidden folders are not read as content), and every file's first
 * line ties it to its schema for editors that run the YAML language server.
 */
public final class Schemas {

    /** Where the schemas are on the class path. */
    public static final String RESOURCE_FOLDER = "schemas";
    /** Where a new report keeps its copy of the schemas. */
    public static final String REPORT_FOLDER = ".schemas";

    /** Any file of a report outside standards/ and cases/: report.yaml, foreword.yaml, ... */
    public static final String REPORT = "report.schema.json";
    /** A file in standards/. */
    public static final String STANDARD = "standard.schema.json";
    /** A file in cases/. */
    public static final String CASES = "cases.schema.json";

    /** The schema of a council pack's files. */
    public static final String PACK = "pack.schema.json";
    public static final List<String> ALL = List.of(REPORT, STANDARD, CASES, PACK);

    private Schemas() {
    }

    /** The schema a report file at {@code relativePath} (with '/' separators) is written against. */
    public static String forFile(String relativePath) {
        if (relativePath.startsWith("standards/")) {
            return STANDARD;
        }
        if (relativePath.startsWith("cases/")) {
            return CASES;
        }
        return REPORT;
    }

    /** The editor hint that starts a report file at {@code relativePath}, pointing at the report's own copy. */
    public static String modeline(String relativePath) {
        int depth = (int) relativePath.chars().filter(c -> c == '/').count();
        return "# yaml-language-server: $schema=" + "../".repeat(depth) + REPORT_FOLDER + "/" + forFile(relativePath);
    }

    /** The text of a shipped schema. */
    public static byte[] bytes(String name) {
        if (!ALL.contains(name)) {
            throw new IllegalArgumentException("no schema " + name);
        }
        String resource = RESOURCE_FOLDER + "/" + name;
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema as the files of a report's {@code .schemas/} folder, keyed by relative path. */
    public static Map<String, byte[]> reportCopies() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : ALL) {
            files.put(REPORT_FOLDER + "/" + name, bytes(name));
        }
        return files;
    }
}
