package org.rapporteur.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;

/**
 * Every example, and a batch of generated reports, builds exactly the bytes pinned in {@code pinned-outputs.sha256}:
 * a refactor must not change one byte of any output. When a change is meant to alter the outputs, look at them
 * (pages, Word, HTML), then pin the new sums: {@code mvn test -Dtest=PinnedOutputsTest -Dpin.update=true}.
 */
class PinnedOutputsTest {

    private static final Path PINNED = ReportFolder.project()
            .resolve("src/test/resources/org/rapporteur/build/pinned-outputs.sha256");

    @Test
    void everyOutputIsTheBytesPinned(@TempDir Path tmp) throws Exception {
        // The build date comes from each report's publication month; SOURCE_DATE_EPOCH would replace it.
        assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH is set: the pinned sums assume not");
        Path generated = tmp.resolve("generated");
        ReportFolder.Run made = ReportFolder.run("generate-reports", "3", generated.toString(),
                "--from", Example.DIR.toString(), "--seed", "7");
        assertThat(made.status()).as(made.err()).isZero();

        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("build"));
        for (String example : List.of("example-yjs", "example-2018", "example-sqs", "example-council-pack")) {
            args.add(ReportFolder.project().resolve("content").resolve(example).toString());
        }
        try (Stream<Path> reports = Files.list(generated)) {
            reports.sorted().forEach(r -> args.add(r.toString()));
        }
        args.addAll(List.of("--format", "pdf,docx,html,xhtml", "--out", out.toString(),
                "--templates", Example.TEMPLATES.toString()));
        ReportFolder.Run built = ReportFolder.run(args.toArray(String[]::new));
        assertThat(built.status()).as(built.err()).isZero();

        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList())
                    .as("a draft build names every output <name>-draft.<ext> and its manifest SHA256SUMS-draft")
                    .isNotEmpty().allMatch(n -> n.matches(".+-draft\\.[a-z]+") || n.equals("SHA256SUMS-draft"));
        }
        String sums = sums(out);
        if (Boolean.getBoolean("pin.update")) {
            Files.writeString(PINNED, sums);
        }
        assertThat(sums).as("SHA-256 of every output against " + PINNED.getFileName()
                + " (a refactor changes no byte; see the class comment to re-pin a meant change)")
                .isEqualTo(Files.readString(PINNED));
    }

    /**
     * "sha256  folder/file" per output, sorted by path; the per-folder manifests (SHA256SUMS, SHA256SUMS-draft) and
     * the batch summary left out. The build is a draft, whose files are named {@code <name>-draft.<ext>}: the pins
     * name them without "-draft" (the bytes, not the names, are what is pinned).
     */
    private static String sums(Path out) throws IOException, NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder();
        java.util.Map<String, Path> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("SHA256SUMS"))
                    .forEach(f -> files.put(out.relativize(f).toString().replace('\\', '/')
                            .replaceFirst("-draft(\\.[a-z]+)$", "$1"), f));
        }
        for (java.util.Map.Entry<String, Path> f : files.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.getValue()));
            text.append(HexFormat.of().formatHex(digest)).append("  ").append(f.getKey()).append('\n');
        }
        return text.toString();
    }
}
