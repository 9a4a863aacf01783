package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.ReportFolder;
import org.rapporteur.ReportFolder.Run;

/**
 * The {@code ./rapporteur} launcher with the packaged jar: {@code rapporteur ratings content/example-yjs --json}
 * prints nothing but JSON on stdout whatever state its class-data-sharing archive is in: none yet, made for another
 * jar (rebuilt, touched, replaced) or another place (the checkout copied), damaged or cut short, refused by the JVM
 * despite its stamp, impossible to write (a read-only target/), and with RAPPORTEUR_JAVA_OPTS set. A stale or
 * damaged archive is made again, so stderr stays empty too. Runs after 'package' (failsafe), on a copy of the
 * launcher, pom.xml, the jar, templates and content in a folder of its own, never touching the real target/. The
 * steps run in order, each starting from the archive the one before left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StdoutHygieneIT {

    @TempDir
    static Path tmp;

    static Path project;

    @BeforeAll
    static void copyTheProject() throws IOException {
        Path real = ReportFolder.project();
        Path jar = real.resolve("target/rapporteur.jar");
        assertThat(jar).as("packaged before the integration tests run").isRegularFile();
        project = tmp.resolve("rapporteur");
        Files.createDirectories(project.resolve("target"));
        Files.copy(real.resolve("pom.xml"), project.resolve("pom.xml"));
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.copy(real.resolve("rapporteur"), project.resolve("rapporteur"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(jar, project.resolve("target/rapporteur.jar"));
        org.rapporteur.Example.copyTree(real.resolve("templates"), project.resolve("templates"));
        org.rapporteur.Example.copyTree(real.resolve("content"), project.resolve("content"));
        // no src/: the copied launcher never rebuilds the jar
    }

    @Test
    @Order(1)
    void theFirstRunMakesTheArchiveAndPrintsOnlyJson() throws Exception {
        assertClean(ratings(project, Map.of()));
        assertThat(project.resolve("target/rapporteur.jsa")).isRegularFile();
        assertArchiveUsable(project);
    }

    @Test
    @Order(2)
    void aTouchedJar() throws Exception {
        Path jar = project.resolve("target/rapporteur.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(60)));
        assertClean(ratings(project, Map.of()));
        assertArchiveUsable(project);
    }

    @Test
    @Order(3)
    void aJarReplacedByAnotherBuild() throws Exception {
        Path jar = project.resolve("target/rapporteur.jar");
        Path other = project.resolve("target/other.jar");
        rebuilt(jar, other);
        Files.move(other, jar, StandardCopyOption.REPLACE_EXISTING);
        assertClean(ratings(project, Map.of()));
        assertArchiveUsable(project);
    }

    @Test
    @Order(4)
    void aDamagedArchive() throws Exception {
        writable(project.resolve("target/rapporteur.jsa"));
        try (RandomAccessFile jsa = new RandomAccessFile(project.resolve("target/rapporteur.jsa").toFile(), "rw")) {
            for (long at = 0; at < jsa.length(); at += 4096) {
                jsa.seek(at);
                jsa.write(new byte[] {0x13, 0x37, 0x13, 0x37});
            }
        }
        assertClean(ratings(project, Map.of()));
        assertArchiveUsable(project);
    }

    @Test
    @Order(5)
    void aTruncatedArchive() throws Exception {
        writable(project.resolve("target/rapporteur.jsa"));
        try (RandomAccessFile jsa = new RandomAccessFile(project.resolve("target/rapporteur.jsa").toFile(), "rw")) {
            jsa.setLength(jsa.length() / 2);
        }
        assertClean(ratings(project, Map.of()));
        assertArchiveUsable(project);
    }

    @Test
    @Order(6)
    void anArchiveTheJvmRefusesDespiteItsStampStillGivesOnlyJson() throws Exception {
        Path jsa = project.resolve("target/rapporteur.jsa");
        Path stamp = project.resolve("target/rapporteur.jsa.stamp");
        String before = Files.readString(stamp);
        writable(jsa);
        try (RandomAccessFile file = new RandomAccessFile(jsa.toFile(), "rw")) {
            file.seek(0);
            file.write(new byte[] {0, 0, 0, 0, 0, 0, 0, 0});
        }
        // the stamp made to describe the damaged archive: the launcher believes it, the JVM does not
        String identity = run(project, List.of("stat", "-L", "-c", "%n|%s|%y|%z|%i", jsa.toString()), Map.of())
                .out().strip();
        Files.writeString(stamp, before.substring(0, before.lastIndexOf('\n') + 1) + identity);
        Run run = ratings(project, Map.of());
        assertThat(run.status()).as(run.err()).isZero();
        assertJson(run.out());
        Files.delete(jsa); // the next step starts afresh
    }

    @Test
    @Order(7)
    void theCheckoutCopiedElsewhere() throws Exception {
        assertClean(ratings(project, Map.of()));
        Path copy = tmp.resolve("elsewhere/rapporteur");
        org.rapporteur.Example.copyTree(project, copy);
        Files.setPosixFilePermissions(copy.resolve("rapporteur"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setLastModifiedTime(copy.resolve("pom.xml"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertClean(ratings(copy, Map.of()));
        assertArchiveUsable(copy);
    }

    @Test
    @Order(8)
    void withRapporteurJavaOpts() throws Exception {
        for (String opts : List.of("-Xmx1g", "-Xmx512m -XX:-UseCompressedOops",
                "-XX:TieredStopAtLevel=4 -Dfile.encoding=UTF-8", "-Xshare:off")) {
            Run run = ratings(project, Map.of("RAPPORTEUR_JAVA_OPTS", opts));
            assertThat(run.status()).as(opts + "\n" + run.err()).isZero();
            assertJson(run.out());
            assertThat(run.err()).as(opts).doesNotContain("Exception");
        }
    }

    @Test
    @Order(9)
    void aReadOnlyTargetFolder() throws Exception {
        Path target = project.resolve("target");
        Files.deleteIfExists(target.resolve("rapporteur.jsa"));
        Files.deleteIfExists(target.resolve("rapporteur.jsa.stamp"));
        readableByAll(tmp);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Run run = ratingsUnprivileged(project);
            assertClean(run);
            assertThat(target.resolve("rapporteur.jsa")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** {@code ./rapporteur ratings content/example-yjs --json} in {@code dir}. */
    static Run ratings(Path dir, Map<String, String> env) throws IOException, InterruptedException {
        return run(dir, List.of(dir.resolve("rapporteur").toString(), "ratings", "content/example-yjs", "--json"), env);
    }

    /** The same, as a user who cannot write a read-only folder. */
    static Run ratingsUnprivileged(Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(unprivileged());
        command.addAll(List.of(dir.resolve("rapporteur").toString(), "ratings", "content/example-yjs", "--json"));
        return run(dir, command, Map.of());
    }

    /**
     * Root may write anywhere, so a read-only folder means nothing to it: as root, the launcher runs as nobody
     * (setpriv). As anyone else, as itself.
     */
    static List<String> unprivileged() {
        if (!System.getProperty("user.name").equals("root") || !Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            return List.of();
        }
        return List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--");
    }

    static Run run(Path dir, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("RAPPORTEUR_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        StringBuilder err = new StringBuilder();
        Thread errReader = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                err.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process went away
            }
        });
        errReader.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the launcher ended").isTrue();
        errReader.join(10_000);
        return new Run(p.exitValue(), out, err.toString());
    }

    /** Exit 0, stdout exactly one JSON document with the example's score, stderr empty. */
    static void assertClean(Run run) {
        assertThat(run.status()).as("exit status\n" + run.err()).isZero();
        assertJson(run.out());
        assertThat(run.err()).as("stderr").isEmpty();
    }

    static void assertJson(String stdout) {
        assertThat(StdoutHygieneTest.json(stdout)).as("stdout is one JSON document:\n" + stdout).isNotNull();
        assertThat(StdoutHygieneTest.json(stdout).get("score").asInt()).isEqualTo(22);
    }

    /** The archive maps: the launcher run with -Xshare:on (which fails when it cannot) succeeds. */
    static void assertArchiveUsable(Path dir) throws IOException, InterruptedException {
        Run run = ratings(dir, Map.of("RAPPORTEUR_JAVA_OPTS", "-Xshare:on"));
        assertThat(run.status()).as("the archive is used\n" + run.err()).isZero();
        assertJson(run.out());
    }

    /** Another build of the jar: the same classes, one more entry. */
    static void rebuilt(Path jar, Path to) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(1);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("META-INF/rapporteur-rebuilt.txt"));
            out.write("another build\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    /** The JVM writes its archive read-only; a test that damages it must be able to, as any user. */
    static void writable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Every folder from the temporary folder down readable and enterable by everyone (for the user nobody). */
    static void readableByAll(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
