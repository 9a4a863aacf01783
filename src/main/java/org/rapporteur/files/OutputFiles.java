package org.rapporteur.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a build's outputs all or nothing. Every output is first made in memory, so a build that fails or is killed
 * while rendering (nearly all of its time) touches no file. Only then, holding the output folder's
 * {@link CommitLock}, is each written to a hidden temporary file beside its target, and when every one is written
 * they are moved into place, the manifest last. Temporary files are named after the process that writes them
 * ({@code .<name>.<pid>-<start>.<random>.part}), so a commit removes only those left by a process that is no
 * longer running (killed outright, when no clean-up runs), never another running build's.
 */
public final class OutputFiles {

    /** Writes the content of one output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String PART = ".part";
    /** The owner a temporary file names: {@code <pid>-<process start, ms since 1970, 0 if unknown>}. */
    private static final Pattern OWNER = Pattern.compile("\\.(\\d+)-(\\d+)\\.\\d+" + Pattern.quote(PART) + "$");
    private static final String THIS_PROCESS = owner(ProcessHandle.current());

    private final Path dir;
    private final String manifest;
    private final Map<String, Content> outputs = new LinkedHashMap<>();

    /** Outputs for {@code dir}, with a {@link #MANIFEST} of their SHA-256 sums. */
    public OutputFiles(Path dir) {
        this(dir, MANIFEST);
    }

    /** Outputs for {@code dir}, with a manifest of their sums when {@code manifest} is true. */
    public OutputFiles(Path dir, boolean manifest) {
        this(dir, manifest ? MANIFEST : null);
    }

    /**
     * Outputs for {@code dir}, with a manifest of their SHA-256 sums named {@code manifest} (none when null): a
     * draft build's is {@link #DRAFT_MANIFEST}, so a draft and a final build of one report each keep their own.
     */
    public OutputFiles(Path dir, String manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    public OutputFiles add(String fileName, Content content) {
        outputs.put(fileName, content);
        return this;
    }

    /** The manifest written beside the outputs, in the format {@code sha256sum -c} reads. */
    public static final String MANIFEST = "SHA256SUMS";
    /** The manifest of a draft build's outputs, beside the final build's {@link #MANIFEST}. */
    public static final String DRAFT_MANIFEST = "SHA256SUMS-draft";

    /** Whether a file is one of the manifests (of a final or a draft build). */
    public static boolean isManifest(Path file) {
        String name = file.getFileName().toString();
        return name.equals(MANIFEST) || name.equals(DRAFT_MANIFEST);
    }

    /** Writes every output (and the manifest); returns the files written, in order. */
    public List<Path> commit() throws IOException {
        Map<String, byte[]> made = new LinkedHashMap<>();
        StringBuilder sums = new StringBuilder();
        for (Map.Entry<String, Content> e : outputs.entrySet()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256 * 1024);
            e.getValue().writeTo(bytes);
            made.put(e.getKey(), bytes.toByteArray());
            sums.append(java.util.HexFormat.of().formatHex(sha256().digest(made.get(e.getKey())))).append("  ")
                    .append(e.getKey()).append('\n');
        }
        if (manifest != null) {
            made.put(manifest, sums.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.createDirectories(dir);
        try (CommitLock lock = CommitLock.acquire(dir)) {
            return write(made, lock);
        }
    }

    private List<Path> write(Map<String, byte[]> made, CommitLock lock) throws IOException {
        removeStaleParts();
        Staging staging = new Staging();
        Thread cleanup = new Thread(() -> {
            staging.abandon();
            deleteQuietly(lock.file());
        }, "rapporteur-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            for (Map.Entry<String, byte[]> e : made.entrySet()) {
                Path temp = staging.create(dir, e.getKey());
                readableByAll(temp);
                Files.write(temp, e.getValue());
            }
            return staging.moveAll();
        } finally {
            staging.abandon();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
    }

    /**
     * The temporary files of one commit. A signal's shutdown hook ({@link #abandon}) and the commit take turns: a
     * temporary file is created and recorded in one step, the moves into place happen together, and once the commit
     * is abandoned no new temporary file is made and nothing is moved. So a stopped build leaves either all of its
     * outputs or none of them, and no temporary file.
     */
    private static final class Staging {
        private final Map<Path, Path> staged = new LinkedHashMap<>();
        private boolean abandoned;

        synchronized Path create(Path dir, String name) throws IOException {
            if (abandoned) {
                throw new IOException("the build was stopped");
            }
            Path temp = Files.createTempFile(dir, "." + name + "." + THIS_PROCESS + ".", PART);
            staged.put(temp, dir.resolve(name));
            return temp;
        }

        synchronized List<Path> moveAll() throws IOException {
            if (abandoned) {
                throw new IOException("the build was stopped");
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
                written.add(e.getValue());
            }
            staged.clear();
            return written;
        }

        synchronized void abandon() {
            abandoned = true;
            staged.keySet().forEach(OutputFiles::deleteQuietly);
            staged.clear();
        }
    }

    /**
     * Temporary files left by a build that was killed outright (no shutdown hook runs on SIGKILL): those whose
     * process no longer runs, and those named without an owner (by older versions). A running build's are kept.
     */
    private void removeStaleParts() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(PART) && !ownerRuns(n);
            }).forEach(OutputFiles::deleteQuietly);
        }
    }

    /** Whether the process a temporary file is named after still runs (the same process, not a later one). */
    static boolean ownerRuns(String name) {
        Matcher m = OWNER.matcher(name);
        if (!m.find()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> m.group(2).equals("0") || owner(p).equals(m.group(1) + "-" + m.group(2)))
                .orElse(false);
    }

    private static String owner(ProcessHandle p) {
        long start = p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        return p.pid() + "-" + start;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a later build removes it
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static void readableByAll(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
