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
    private final Map<String, Content> outputs = new LinkedHashMap<>();

    public OutputFiles(Path dir) {
        this.dir = dir;
    }

    public OutputFiles add(String fileName, Content content) {
        outputs.put(fileName, content);
        return this;
    }

    /** Writes every output; returns the files written, in order. */
    public List<Path> commit() throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Content> e : outputs.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path temp = Files.createTempFile(dir, "." + e.getKey() + ".", ".part");
                staged.put(temp, target);
                readableByAll(temp);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    e.getValue().writeTo(out);
                }
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
                written.add(e.getValue());
            }
            return written;
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
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
