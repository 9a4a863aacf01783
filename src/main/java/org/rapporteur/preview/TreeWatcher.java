package org.rapporteur.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches folders and every folder below them (java.nio WatchService, one registration per folder; folders made
 * later are added as they appear) and reports each changed path. Editors' scratch files (vim's swap files and
 * 4913 probe, emacs lock and autosave files, backups ending in ~) are not reported. Hidden folders are not
 * watched. Symbolic links below a root are not followed; a root named through a link is resolved.
 */
final class TreeWatcher implements Closeable {

    /** Folders deeper than this below a root are not watched (the report loader reads 4 levels). */
    private static final int MAX_DEPTH = 8;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Consumer<Path> onChange;
    private final List<Path> roots;

    /**
     * @param roots folders to watch (each must exist; one named through a link is watched where it really is)
     * @param onChange told the path that changed, or null when events were lost and anything may have changed
     */
    TreeWatcher(List<Path> roots, Consumer<Path> onChange) throws IOException {
        List<Path> real = new java.util.ArrayList<>();
        for (Path root : roots) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                real.add(root); // gone: nothing to watch there, as before
            }
        }
        this.roots = List.copyOf(real);
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        try {
            for (Path root : this.roots) {
                registerTree(root, 0);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** How many folders are watched. */
    int folders() {
        return folders.size();
    }

    /** Waits for events and reports them until {@link #close()}. */
    void run() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            Path folder = folders.get(key);
            boolean lost = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || folder == null) {
                    lost = true;
                    continue;
                }
                Path changed = folder.resolve((Path) event.context());
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)
                        && !hidden(changed)) {
                    try {
                        registerTree(changed, depth(changed));
                    } catch (IOException | ClosedWatchServiceException e) {
                        // gone again already, or closing: nothing to watch
                    }
                }
                if (!scratch(changed)) {
                    onChange.accept(changed);
                }
            }
            if (lost) {
                onChange.accept(null);
            }
            if (!key.reset()) {
                folders.remove(key);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private int depth(Path folder) {
        for (Path root : roots) {
            if (folder.startsWith(root)) {
                return root.relativize(folder).getNameCount();
            }
        }
        return 0;
    }

    private void registerTree(Path start, int startDepth) throws IOException {
        Files.walkFileTree(start, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
                Math.max(0, MAX_DEPTH - startDepth), new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        if (!dir.equals(start) && hidden(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Editors' scratch files, which change while an author types or saves but are never read. */
    static boolean scratch(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx") || n.endsWith(".swo")
                || n.startsWith(".#") || (n.startsWith("#") && n.endsWith("#")) || n.equals("4913")
                || n.equals(".DS_Store");
    }
}
