package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * What a user sees when Rapporteur meets hostile or broken input, and the assertions every adversarial case makes:
 * the exit status, a message located at file:line:column, no stack trace, nothing written (or the outputs of the
 * last good build intact) and nothing read from outside. Every family of adversarial tests uses these, so a case
 * says only what it breaks and what the user should be told.
 */
public final class Attempt {

    /** What a Java stack trace or an internal fault looks like on a terminal. */
    private static final List<String> FAULT_SIGNS = List.of("\tat ", "Exception:", "Exception\n", "Error:",
            "internal error", "StackOverflow", "OutOfMemory", "Caused by");

    private Attempt() {
    }

    /** {@code rapporteur check DIR}, in this JVM. */
    public static Run check(Path dir) {
        return ReportFolder.run("check", dir.toString());
    }

    /** {@code rapporteur build DIR --out OUT --templates <project's> [options]}, in this JVM. */
    public static Run build(Path dir, Path out, String... options) {
        return Example.build(dir, out, options);
    }

    /** Any command line, in this JVM. */
    public static Run run(String... args) {
        return ReportFolder.run(args);
    }

    /** The smallest valid report, written to {@code dir}: break one thing in it. */
    public static ReportFolder minimalReport(Path dir) {
        return ReportFolder.minimal(dir);
    }

    /** The smallest report a final build accepts (every required part), written to {@code dir}. */
    public static ReportFolder completeReport(Path dir) {
        return ReportFolder.complete(dir);
    }

    /** No stack trace, no "internal error", on either stream. */
    public static void assertNoFault(Run run) {
        for (String sign : FAULT_SIGNS) {
            assertThat(run.err()).as("stderr shows no fault (" + sign.strip() + ")\n" + run.err())
                    .doesNotContain(sign);
            assertThat(run.out()).as("stdout shows no fault (" + sign.strip() + ")\n" + run.out())
                    .doesNotContain(sign);
        }
    }

    /**
     * Refused as bad input: exit status 2, no fault, and a line {@code <file>:<line>:<column>: error: ...} that
     * names {@code file} (its path as printed ends with it) and contains {@code message}.
     */
    public static void assertRefused(Run run, String file, String message) {
        assertThat(run.status()).as("exit status\n" + run.err()).isEqualTo(2);
        assertNoFault(run);
        assertLocated(run, file, "error", message);
    }

    /** A warning (not an error) located in {@code file}, containing {@code message}. */
    public static void assertWarned(Run run, String file, String message) {
        assertNoFault(run);
        assertLocated(run, file, "warning", message);
    }

    /** A line of stderr {@code ...<file>:<line>:<column>: <severity>: ...message...}. */
    public static void assertLocated(Run run, String file, String severity, String message) {
        Pattern located = Pattern.compile(".*" + Pattern.quote(file) + ":\\d+:\\d+: " + severity + ": .*");
        assertThat(run.err().lines().filter(l -> l.contains(message)).toList())
                .as("a located " + severity + " naming " + file + " and saying '" + message + "' in\n" + run.err())
                .anyMatch(l -> located.matcher(l).matches());
    }

    /** The exact place: {@code <file>:<line>:<column>: <severity>: } on the line carrying {@code message}. */
    public static void assertAt(Run run, String file, int line, int column, String message) {
        String place = file + ":" + line + ":" + column + ": ";
        assertThat(run.err().lines().filter(l -> l.contains(message)).toList())
                .as("'" + message + "' at " + place + " in\n" + run.err())
                .anyMatch(l -> l.contains(place));
    }

    /**
     * Handled as a mature tool handles any input: exit status 0 (clean or warnings) or 2 (refused), never 1 (a
     * fault in Rapporteur); no stack trace; and every error line is located ({@code file:line:column: error:}).
     */
    public static void assertHandled(Run run) {
        assertThat(run.status()).as("exit status (1 is a fault in Rapporteur)\n" + run.err()).isIn(0, 2);
        assertNoFault(run);
        Pattern located = Pattern.compile(".+:\\d+:\\d+: (error|warning): .+");
        assertThat(run.err().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList())
                .as("every problem is located at file:line:column")
                .allMatch(l -> located.matcher(l).matches());
    }

    /** Every file under a folder (hidden ones too) with its SHA-256, to prove later that nothing changed. */
    public record Snapshot(Map<String, String> files) {
    }

    public static Snapshot snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Snapshot(files);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Snapshot(files);
    }

    /** The folder holds exactly the files it held, byte for byte (no new file, not even a hidden part file). */
    public static void assertUnchanged(Snapshot before, Path dir) {
        assertThat(snapshot(dir).files()).as("files under " + dir).isEqualTo(before.files());
    }

    /** Nothing at all under {@code out} (it may not even exist). */
    public static void assertNothingWritten(Path out) {
        assertThat(snapshot(out).files()).as("files written under " + out).isEmpty();
    }

    /**
     * A good HTML and XHTML build of {@code report} into {@code out} (fast: no PDF or Word), for cases that then
     * break the report and check that this build's outputs survive. Returns the snapshot of {@code out}.
     */
    public static Snapshot goodBuild(Path report, Path out) {
        Run good = build(report, out, "--format", "html,xhtml");
        assertThat(good.status()).as("the good build\n" + good.err()).isZero();
        return snapshot(out);
    }

    /** {@code key: |} and the text as a YAML block scalar, every line indented two spaces. */
    public static String blockScalar(String key, String text) {
        StringBuilder b = new StringBuilder(key).append(": |\n");
        for (String line : text.split("\n", -1)) {
            b.append("  ").append(line).append('\n');
        }
        return b.toString();
    }

    /** Removes a folder and everything in it, links themselves rather than what they point at; quietly. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
