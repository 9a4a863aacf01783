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
 * The .yaml files of a report or pack folder, found by walking it. Hidden files and folders are skipped. A link
 * (to a file or a folder) is followed only when its real target stays inside the folder's real path; a link that
 * leaves it (to a .yaml file or a folder), points to nothing or goes round in a loop is a located error, never
 * skipped in silence. Other files (pictures ...) are not read here and are left to what reads them. Links are
 * followed after the plain folders are walked, so a link to a file or folder that is read anyway (or to a folder
 * that holds the link) is the one blamed. Nothing is opened here: {@code YamlFile.read} refuses anything that is
 * not a regular file.
 */
final class ContentFiles {

    static final int MAX_FILES = 500;

    private final FolderBoundary boundary;
    private final int maxDepth;
    private final Diagnostics diagnostics;
    /** Every file found, by real path, with the path to read it by (under the folder as the author named it). */
    private final Map<Path, Path> files = new LinkedHashMap<>();
    /** The real paths of the folders walked. */
    private final Set<Path> folders = new HashSet<>();
    private final Deque<Link> links = new ArrayDeque<>();
    private boolean full;

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
        if (t.kind() == Kind.FILE && files.containsKey(t.real()) && isYaml(p)) {
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
        boolean yaml = isYaml(p);
        switch (t.kind()) {
            case FILE -> {
                if (yaml) {
                    add(p, t.real());
                }
            }
            case FOLDER -> {
                if (yaml) {
                    boundary.report(p, t, "file", diagnostics);
                }
                if (depth < maxDepth) {
                    visit(p, t.real(), depth + 1);
                } else if (maxDepth > 1 && holdsYaml(p)) {
                    diagnostics.warning(SourcePosition.startOf(p), "this folder is nested more than " + maxDepth
                            + " levels deep, so its .yaml files are not read", "move them up");
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

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean holdsYaml(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(f -> f.getFileName().toString()).anyMatch(n -> !n.startsWith(".")
                    && (n.endsWith(".yaml") || n.endsWith(".yml")));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String reason(Exception e) {
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return FolderBoundary.reason(io);
    }
}
