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
     * The smallest valid report: report.yaml, standards.yaml and two court cases. It checks and builds as a draft, with
     * warnings of the parts a complete report has ({@link #complete} has them), and a final build refuses it.
     * Tests start from it and break one thing.
     */
    public static ReportFolder minimal(Path dir) {
        return new ReportFolder(dir)
                .write("report.yaml", METADATA_2021 + MINIMAL_SAMPLE)
                .write("standards.yaml", MINIMAL_STANDARDS)
                .write("cases/court.yaml", "cases:\n" + courtCase("C1", null) + courtCase("C2", null));
    }

    /** Every standard of the 2021 framework with a short narrative, and the judged ones rated 'Good'. */
    public static final String COMPLETE_STANDARDS = """
            standards:
              "1.1": { rating: Good, narrative: "Leaders share a clear plan for the partnership." }
              "1.2": { rating: Good, narrative: "Staff said that their workloads were manageable." }
              "1.3": { rating: Good, narrative: "Services meet the needs of most children." }
              "1.4": { rating: Good, narrative: "Offices are welcoming and information is shared well." }
              "3.4": { rating: Good, narrative: "The policy for out-of-court work is understood by staff." }
              "4.1": { rating: Good, narrative: "Plans for release start early and involve the family." }
              "3.1": { figures: { 3.1.1: 90, 3.1.2: 85, 3.1.3: 80 }, narrative: "Assessments were thorough." }
              "3.2": { figures: { 3.2.1: 90, 3.2.2: 85, 3.2.3: 80 }, narrative: "Plans were realistic." }
              "3.3": { figures: { 3.3.1: 90, 3.3.2: 85, 3.3.3: 80 }, narrative: "Work was well delivered." }
              "2.1": { narrative: "Assessments of court cases drew on many sources." }
              "2.2": { narrative: "Plans set out what the child would do, and when." }
              "2.3": { narrative: "Case managers kept in close touch with the children." }
              "2.4": { narrative: "Reviews took place when circumstances changed." }
            """;

    /**
     * The smallest report a final build accepts: {@link #minimal} with every part the 2021 framework requires (a
     * foreword, recommendations, background and contextual facts, involvement, diversity, methodology, a glossary)
     * and a narrative for every standard. Tests of what a final build refuses start from it and take one thing away.
     */
    public static ReportFolder complete(Path dir) {
        return minimal(dir)
                .write("standards.yaml", COMPLETE_STANDARDS)
                .write("foreword.yaml", "foreword: |\n  This inspection looked at the work of the service with"
                        + " children in Testshire.\n")
                .write("recommendations.yaml", "recommendations:\n  - to: The Testshire partnership board\n"
                        + "    items:\n      - make sure that every child has a plan that fits their needs\n")
                .write("background.yaml", "background: |\n  Testshire is a mostly rural county.\n"
                        + "contextualFacts:\n  - title: Caseload\n    columns: [Measure, Testshire]\n    rows:\n"
                        + "      - [Children supervised, \"120\"]\n")
                .write("involvement.yaml", "involvement: |\n  Children helped to choose the new office.\n")
                .write("diversity.yaml", "diversity: |\n  The service knows which groups are over-represented.\n")
                .write("methodology.yaml", "methodology: |\n  We read case records and spoke to staff.\n")
                .write("glossary.yaml", "glossary:\n  - term: Referral order\n    definition: A sentence given by"
                        + " a court to a child who pleads guilty.\n");
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
