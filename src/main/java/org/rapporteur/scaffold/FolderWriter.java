package org.rapporteur.scaffold;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files as a folder, all or nothing: the files are first written to a hidden folder beside the
 * target and then moved into place. A new (or empty) target is a single rename; with {@code force}, files of a
 * non-empty target that are in the way are set aside and put back if anything fails. Other files there are kept.
 */
public final class FolderWriter {

    private FolderWriter() {
    }

    /**
     * Writes {@code files} (relative paths with '/' separators, to their bytes) into {@code dir}.
     *
     * @return the files written, in the order given
     * @throws ScaffoldException when {@code dir} is a file, or a non-empty folder and {@code force} is false, or
     *                           when writing fails; in every case nothing is left behind
     */
    public static List<Path> write(Path dir, Map<String, byte[]> files, boolean force) throws ScaffoldException {
        Path target = dir.toAbsolutePath().normalize();
        for (String relative : files.keySet()) {
            checkRelative(relative);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            throw new ScaffoldException(dir + " is a file, not a folder", "give a new folder for the report");
        }
        boolean existed = Files.isDirectory(target);
        boolean empty = !existed || isEmpty(target);
        if (!empty && !force) {
            throw new ScaffoldException(dir + " already exists and is not empty",
                    "choose a new folder, or add --force to write the new report's files into it (files of the "
                            + "same name are replaced; others are kept)");
        }
        Path parent = target.getParent();
        if (parent == null) {
            throw new ScaffoldException("cannot write a report at " + dir, "give a folder below the root");
        }
        Deque<Path> createdParents = new ArrayDeque<>();
        Path staging = null;
        try {
            createParents(parent, createdParents);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = staging.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            if (empty) {
                if (existed) {
                    Files.delete(target);
                }
                try {
                    move(staging, target);
                } catch (IOException e) {
                    if (existed) {
                        Files.createDirectories(target);
                    }
                    throw e;
                }
                staging = null;
            } else {
                mergeInto(staging, target, files);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            while (!createdParents.isEmpty()) {
                deleteQuietly(createdParents.pop());
            }
            throw new ScaffoldException("cannot write " + dir + ": " + describe(e),
                    "nothing was written; check that the folder can be written to", e);
        } finally {
            deleteQuietly(staging);
        }
        List<Path> written = new ArrayList<>();
        files.keySet().forEach(relative -> written.add(dir.resolve(relative)));
        return written;
    }

    /** Moves each staged file into a non-empty target, setting aside what it replaces; undoes all on failure. */
    private static void mergeInto(Path staging, Path target, Map<String, byte[]> files) throws IOException {
        Path backup = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        List<String> replaced = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        Deque<Path> createdDirs = new ArrayDeque<>();
        try {
            for (String relative : files.keySet()) {
                Path into = target.resolve(relative);
                if (Files.isDirectory(into, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(relative + " is a folder in the way");
                }
                createParents(into.getParent(), createdDirs);
                if (Files.exists(into, LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = backup.resolve(relative);
                    Files.createDirectories(aside.getParent());
                    move(into, aside);
                    replaced.add(relative);
                }
                move(staging.resolve(relative), into);
                moved.add(relative);
            }
        } catch (IOException | RuntimeException e) {
            for (String relative : moved) {
                deleteQuietly(target.resolve(relative));
            }
            for (String relative : replaced) {
                try {
                    move(backup.resolve(relative), target.resolve(relative));
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            while (!createdDirs.isEmpty()) {
                deleteQuietly(createdDirs.pop());
            }
            throw e;
        } finally {
            deleteQuietly(backup);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Creates {@code dir} and any missing parents, remembering those it created (outermost first popped last). */
    private static void createParents(Path dir, Deque<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.push(p);
        }
    }

    private static boolean isEmpty(Path dir) throws ScaffoldException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new ScaffoldException("cannot read " + dir + ": " + describe(e), "check the folder's permissions");
        }
    }

    private static void checkRelative(String relative) {
        Path p = Path.of(relative);
        if (relative.isEmpty() || p.isAbsolute() || p.normalize().startsWith("..") || !p.normalize().equals(p)) {
            throw new IllegalArgumentException("not a plain relative path: " + relative);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT).trim() + (m == null ? "" : " (" + m + ")");
    }

    static void deleteQuietly(Path p) {
        if (p == null || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover hidden temporary folder is harmless
        }
    }
}
