package org.rapporteur.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.FolderBoundary;
import org.rapporteur.source.FolderBoundary.Kind;
import org.rapporteur.source.FolderBoundary.Target;
import org.rapporteur.source.SourcePosition;

/**
 * The .yaml files of a report or pack folder, found by walking it. Hidden files and folders are skipped. A file that
 * looks like YAML but would not be read is an error, never ignored in silence: another spelling of the extension
 * ({@code .yml}, {@code .YAML}), or a .yaml file in a folder deeper than the walk goes (for a pack, any subfolder), a
 * report or pack folder nested inside being left to its own build. A link
 * (to a file or a folder) is followed only when its real target stays inside the folder's real path; a link that
 * leaves it (to a .yaml file or a folder), points to nothing or goes round in a loop is a located error, never
 * skipped in silence. Other files (pictures ...) are not read here and are left to what reads them. Links are
 * followed after the plain folders are walked, so a link to a file or folder that is read anyway (or to a folder
 * that holds the link) is the one blamed. Nothing is opened here: {@code YamlFile.read} refuses anything that is
 * not a regular file.
 */
final class ContentFiles {

    static final int MAX_FILES = 500;
    /** At most this many files that would not be read are listed, one by one. */
    static final int MAX_UNREAD = 50;
    /** How far below a folder the walk does not enter its YAML files are still looked for. */
    private static final int MAX_DEPTH_SEEN = 32;

    private final FolderBoundary boundary;
    private final int maxDepth;
    private final Diagnostics diagnostics;
    /** Every file found, by real path, with the path to read it by (under the folder as the author named it). */
    private final Map<Path, Path> files = new LinkedHashMap<>();
    /** The real paths of the folders walked. */
    private final Set<Path> folders = new HashSet<>();
    private final Deque<Link> links = new ArrayDeque<>();
    private boolean full;
    private int unreadCount;

    /** A link met in {@code folder} (real path), at {@code depth}, followed once the plain folders are walked. */
    private record Link(Path path, Target target, Path folder, int depth) {
    }

    private ContentFiles(FolderBoundary boundary, int maxDepth, Diagnostics diagnostics) {
        this.boundary = boundary;
        this.maxDepth = maxDepth;
        this.diagnostics = diagnostics;
    }

    /**
     * The .yaml files under {@code dir} (an existing folder, possibly itself a link) down to {@code maxDepth}
     * levels (1: the top level only), sorted by path; problems are reported to {@code diagnostics}.
     */
    static List<Path> of(Path dir, String noun, int maxDepth, Diagnostics diagnostics) {
        Path start = dir.toAbsolutePath().normalize();
        ContentFiles walk = new ContentFiles(FolderBoundary.of(start, noun), maxDepth, diagnostics);
        walk.visit(start, walk.boundary.real(), 1);
        while (!walk.links.isEmpty() && !walk.full) {
            walk.follow(walk.links.poll());
        }
        return walk.files.values().stream().sorted().toList();
    }

    private void visit(Path folder, Path realFolder, int depth) {
        folders.add(realFolder);
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.startOf(folder), "cannot open this folder: " + reason(e),
                    "make it readable (e.g. chmod u+rx), or move it out of the " + boundary.noun());
            return;
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            Target t = boundary.follow(p);
            if (t.link()) {
                links.add(new Link(p, t, realFolder, depth));
            } else {
                entry(p, t, realFolder, depth);
            }
        }
    }

    private void follow(Link link) {
        Target t = link.target();
        Path p = link.path();
        if (t.kind() == Kind.FILE && files.containsKey(t.real()) && looksYaml(p)) {
            alreadyRead(p, files.get(t.real()));
        } else if (t.kind() == Kind.FOLDER && folders.contains(t.real())) {
            if (link.folder().startsWith(t.real())) {
                diagnostics.error(SourcePosition.startOf(p), "this link leads back to a folder that holds it (a loop)",
                        "remove the link");
            } else if (link.depth() < maxDepth) {
                alreadyRead(p, boundary.folder().resolve(boundary.real().relativize(t.real())));
            }
        } else {
            entry(p, t, link.folder(), link.depth());
        }
    }

    private void alreadyRead(Path link, Path read) {
        Path shown = boundary.folder().relativize(read);
        diagnostics.error(SourcePosition.startOf(link), "this link leads to " + (shown.toString().isEmpty()
                ? "the " + boundary.noun() + " itself" : shown) + ", which is read already",
                "remove the link: every .yaml file in the " + boundary.noun() + " is read once");
    }

    private void entry(Path p, Target t, Path realFolder, int depth) {
        if (full) {
            return;
        }
        boolean yaml = looksYaml(p);
        switch (t.kind()) {
            case FILE -> {
                if (isYaml(p)) {
                    add(p, t.real());
                } else if (yaml) {
                    misnamed(p);
                }
            }
            case FOLDER -> {
                if (yaml) {
                    boundary.report(p, t, "file", diagnostics);
                }
                if (depth < maxDepth) {
                    visit(p, t.real(), depth + 1);
                } else {
                    tooDeep(p);
                }
            }
            case OUTSIDE -> {
                boolean folder = Files.isDirectory(t.real());
                if (yaml || folder) {
                    boundary.report(p, t, folder ? "folder" : "file", diagnostics);
                }
            }
            case BROKEN_LINK -> boundary.report(p, t, yaml ? "file" : "folder", diagnostics);
            case OTHER -> {
                if (yaml) {
                    boundary.report(p, t, "file", diagnostics);
                }
            }
            case LINK_LOOP, UNREADABLE -> boundary.report(p, t, yaml ? "file" : "folder", diagnostics);
            case MISSING -> {
                // removed while we looked: nothing to read
            }
        }
    }

    private void add(Path shown, Path real) {
        if (files.containsKey(real)) {
            alreadyRead(shown, files.get(real));
            return;
        }
        if (files.size() >= MAX_FILES) {
            diagnostics.error(SourcePosition.startOf(boundary.folder()), "more than " + MAX_FILES
                    + " YAML files", "a " + boundary.noun() + " should hold only its own content");
            full = true;
            return;
        }
        files.put(real, shown);
    }

    /** A file that is read: its name ends in .yaml, in small letters. */
    private static boolean isYaml(Path p) {
        return p.getFileName().toString().endsWith(".yaml");
    }

    /** A name an author means as YAML: .yaml or .yml in any capitals. */
    private static boolean looksYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** A YAML file whose extension is spelt in a way that is not read (.yml, .YAML): an error in every build. */
    private void misnamed(Path p) {
        String name = p.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        diagnostics.error(SourcePosition.startOf(p), "this file is not read: only files whose names end in"
                + " '.yaml' (in small letters) are", "rename it to " + base + ".yaml");
    }

    /**
     * The YAML files under a folder the walk does not enter (it is {@code maxDepth} levels down), each an error:
     * nothing would read them. A report or pack folder inside is its own, and hidden folders are skipped, as ever.
     */
    private void tooDeep(Path folder) {
        if (isOwnFolder(folder)) {
            return;
        }
        String where = maxDepth == 1 ? "only the .yaml files directly in the " + boundary.noun() + " are"
                : "only the .yaml files at most " + (maxDepth - 1) + " folders down in the " + boundary.noun()
                + " are";
        try {
            Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH_SEEN,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                                java.nio.file.attribute.BasicFileAttributes attrs) {
                            boolean skip = !dir.equals(folder) && (dir.getFileName().toString().startsWith(".")
                                    || isOwnFolder(dir));
                            return skip ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                                    : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file,
                                java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (!file.getFileName().toString().startsWith(".") && looksYaml(file)) {
                                unread(file, where);
                            }
                            return unreadCount >= MAX_UNREAD ? java.nio.file.FileVisitResult.TERMINATE
                                    : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // an unreadable corner: its files are not read either way, and the walk of what is read says so
        }
    }

    private void unread(Path file, String where) {
        unreadCount++;
        if (unreadCount < MAX_UNREAD) {
            diagnostics.error(SourcePosition.startOf(file), "this file is not read: " + where,
                    "move it up into the " + boundary.noun() + ", or out of it");
        } else if (unreadCount == MAX_UNREAD) {
            diagnostics.error(SourcePosition.startOf(file), "this file and perhaps more like it are not read: "
                    + where, "move them up into the " + boundary.noun() + ", or out of it");
        }
    }

    /** A report or pack folder of its own, inside this one: built by itself, never read as part of this. */
    private static boolean isOwnFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("report.yaml")) || Files.isRegularFile(dir.resolve("pack.yaml"));
    }

    private static String reason(Exception e) {
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return FolderBoundary.reason(io);
    }
}
