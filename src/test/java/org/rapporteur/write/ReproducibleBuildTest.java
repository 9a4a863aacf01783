package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;

/** The same input gives the same bytes; the manifest lists them; an interrupted build leaves no partial file. */
class ReproducibleBuildTest {

    static final List<String> OUTPUTS = List.of("example-yjs.pdf", "example-yjs.docx", "example-yjs.html");

    @Test
    void twoBuildsGiveIdenticalBytesAndAManifest(@TempDir Path tmp) throws Exception {
        ReportFolder.Run first = Example.build(Example.DIR, tmp.resolve("a"), "--final");
        ReportFolder.Run second = Example.build(Example.DIR, tmp.resolve("b"), "--final");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        for (String name : OUTPUTS) {
            byte[] a = Files.readAllBytes(tmp.resolve("a/example-yjs").resolve(name));
            byte[] b = Files.readAllBytes(tmp.resolve("b/example-yjs").resolve(name));
            assertThat(a).as(name).isNotEmpty().isEqualTo(b);
        }
        List<String> manifest = Files.readAllLines(tmp.resolve("a/example-yjs/SHA256SUMS"));
        assertThat(manifest).hasSize(3);
        for (String line : manifest) {
            String[] parts = line.split("  ", 2);
            byte[] bytes = Files.readAllBytes(tmp.resolve("a/example-yjs").resolve(parts[1]));
            assertThat(parts[0]).as(parts[1]).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        assertThat(Files.readAllLines(tmp.resolve("b/example-yjs/SHA256SUMS"))).isEqualTo(manifest);
    }

    /** Kill the build's JVM while it writes; what is in the output folder is either the old file or nothing. */
    @Test
    void aKilledBuildLeavesNoPartialFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ReportFolder.Run good = Example.build(Example.DIR, out, "--format", "html");
        assertThat(good.status()).isZero();
        byte[] html = Files.readAllBytes(out.resolve("example-yjs/example-yjs-draft.html"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        for (int delayMs : new int[] {300, 700, 1200, 1800, 2600}) {
            Process p = new ProcessBuilder(javaBin, "-cp", classpath, "org.rapporteur.cli.Main", "build",
                    Example.DIR.toString(), "--out", out.toString(), "--templates", Example.TEMPLATES.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("log-" + delayMs).toFile()).start();
            boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            boolean outright = delayMs == 1800;
            if (!finished) {
                if (outright) {
                    p.destroyForcibly();
                } else {
                    p.destroy();
                }
                p.waitFor(10, TimeUnit.SECONDS);
            }
            if (outright) {
                // SIGKILL runs no clean-up: the next build removes any hidden temporary file first
                assertThat(Example.build(Example.DIR, out, "--format", "html").status()).isZero();
            }
            try (Stream<Path> files = Files.list(out.resolve("example-yjs"))) {
                List<String> names = files.map(f -> f.getFileName().toString()).toList();
                assertThat(names).as("after killing at " + delayMs + " ms")
                        .allSatisfy(n -> assertThat(n).doesNotEndWith(".part").doesNotStartWith("."));
            }
            byte[] now = Files.readAllBytes(out.resolve("example-yjs/example-yjs-draft.html"));
            assertThat(now).as("the HTML is whole after a kill at " + delayMs + " ms").isEqualTo(html);
            for (String name : OUTPUTS) {
                Path f = out.resolve("example-yjs").resolve(name.replace(".", "-draft."));
                if (Files.exists(f) && name.endsWith(".pdf")) {
                    assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as("a PDF that exists is complete").contains("%%EOF");
                }
            }
        }
    }
}
