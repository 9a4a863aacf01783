package org.rapporteur;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rapporteur.cli.Main;

/** Builds report folders on disk for tests, and runs the command line against them. */
public final class ReportFolder {

    /** A minimal valid report.yaml for the 2021 framework, without standards or cases. */
    public static final String METADATA_2021 = """
            framework: hmip-youth-2021
            service: { name: Testshire Youth Justice Service, kind: YJS, area: Testshire }
            fieldwork: { start: 2025-10-06, end: 2025-10-17 }
            published: 2026-01
            leadInspector: Ann Example
            chiefInspector: { name: Bo Example, title: HM Chief Inspector of Probation }
            """;

    /** Qualitative ratings for every judged standard of the 2021 framework, all 'Good'. */
    public static final String QUALITATIVE_GOOD = """
            standards:
              "1.1": { rating: Good }
              "1.2": { rating: Good }
              "1.3": { rating: Good }
              "1.4": { rating: Good }
              "3.4": { rating: Good }
              "4.1": { rating: Good }
            """;

    static final String[] COURT_QUESTIONS = {"2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2",
        "2.3.3", "2.4.1", "2.4.2", "2.4.3"};

    /** One court case of the 2021 framework answering yes to every key question, then {@code override} lines. */
    public static String courtCase(String id, String override) {
        StringBuilder b = new StringBuilder("  - id: " + id + "\n    type: court\n    disposal: Referral order\n"
                + "    answers:\n");
        for (String q : COURT_QUESTIONS) {
            b.append("      ").append(q).append(": yes\n");
        }
        if (override != null) {
            b.append(override);
        }
        return b.toString();
    }

    /** Every judged standard of the 2021 framework: qualitative ratings and figures for the out-of-court ones. */
    public static final String MINIMAL_STANDARDS = QUALITATIVE_GOOD + """
              "3.1": { figures: { 3.1.1: 90, 3.1.2: 85, 3.1.3: 80 } }
              "3.2": { figures: { 3.2.1: 90, 3.2.2: 85, 3.2.3: 80 } }
              "3.3": { figures: { 3.3.1: 90, 3.3.2: 85, 3.3.3: 80 } }
            """;

    public static final String MINIMAL_SAMPLE = "sample: { resettlement: 2, out-of-court: 12 }\n";

    /**
     * The smallest complete report that checks and builds cleanly: report.yaml, standards.yaml and two court cases.
     * Tests start from it and break one thing.
     */
    public static ReportFolder minimal(Path dir) {
        return new ReportFolder(dir)
                .write("report.yaml", METADATA_2021 + MINIMAL_SAMPLE)
                .write("standards.yaml", MINIMAL_STANDARDS)
                .write("cases/court.yaml", "cases:\n" + courtCase("C1", null) + courtCase("C2", null));
    }

    private final Path dir;

    public ReportFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public ReportFolder write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public ReportFolder write(String relative, byte[] bytes) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Run(int status, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** The project's top folder (where pom.xml is), so tests find content/ and src/test/resources. */
    public static Path project() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        return p;
    }
}
