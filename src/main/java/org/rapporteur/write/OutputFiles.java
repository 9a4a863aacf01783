package org.rapporteur.write;

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

/**
 * Writes a build's outputs all or nothing: each goes to a temporary file beside its target, and only when every
 * one has been written are they moved into place. An interrupted or failed build leaves earlier outputs intact
 * and no partial file.
 */
public final class OutputFiles {

    /** Writes the content of one output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path dir;
    private final boolean manifest;
    private final Map<String, Content> outputs = new LinkedHashMap<>();

    /** Outputs for {@code dir}, with a {@link #MANIFEST} of their SHA-256 sums. */
    public OutputFiles(Path dir) {
        this(dir, true);
    }

    public OutputFiles(Path dir, boolean manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    public OutputFiles add(String fileName, Content content) {
        outputs.put(fileName, content);
        return this;
    }

    /** The manifest written beside the outputs, in the format {@code sha256sum -c} reads. */
    public static final String MANIFEST = "SHA256SUMS";

    /** Writes every output (and the manifest); returns the files written, in order. */
    public List<Path> commit() throws IOException {
        Files.createDirectories(dir);
        removeStaleParts();
        Map<Path, Path> staged = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        Thread cleanup = new Thread(() -> snapshot(staged).forEach(OutputFiles::deleteQuietly), "rapporteur-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        StringBuilder sums = new StringBuilder();
        try {
            for (Map.Entry<String, Content> e : outputs.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path temp = Files.createTempFile(dir, "." + e.getKey() + ".", ".part");
                staged.put(temp, target);
                readableByAll(temp);
                java.security.MessageDigest sha = sha256();
                try (OutputStream out = new java.security.DigestOutputStream(
                        new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), sha)) {
                    e.getValue().writeTo(out);
                }
                sums.append(java.util.HexFormat.of().formatHex(sha.digest())).append("  ").append(e.getKey())
                        .append('\n');
            }
            if (manifest) {
                Path manifestTemp = Files.createTempFile(dir, "." + MANIFEST + ".", ".part");
                staged.put(manifestTemp, dir.resolve(MANIFEST));
                readableByAll(manifestTemp);
                Files.writeString(manifestTemp, sums.toString());
            }
            List<Path> written = new ArrayList<>();
            List<Map.Entry<Path, Path>> moves;
            synchronized (staged) {
                moves = new ArrayList<>(staged.entrySet());
            }
            for (Map.Entry<Path, Path> e : moves) {
                move(e.getKey(), e.getValue());
                written.add(e.getValue());
            }
            return written;
        } finally {
            snapshot(staged).forEach(OutputFiles::deleteQuietly);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
    }

    private static List<Path> snapshot(Map<Path, Path> staged) {
        synchronized (staged) {
            return new ArrayList<>(staged.keySet());
        }
    }

    /** Temporary files left by a build that was killed outright (no shutdown hook runs on SIGKILL). */
    private void removeStaleParts() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".part");
            }).forEach(OutputFiles::deleteQuietly);
        }
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
