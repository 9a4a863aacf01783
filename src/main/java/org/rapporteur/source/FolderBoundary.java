package org.rapporteur.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The edge of a folder Rapporteur reads from (a report, a pack, a template folder). A path inside it is read only
 * when, with every symbolic link resolved, it still lies inside the folder's real path, and only when it is a
 * regular file: never a named pipe, socket or device, which could hang a build or feed it without end.
 *
 * @param folder the folder as the author named it (messages show paths under it)
 * @param real   the same folder with every link resolved
 * @param noun   what the folder is, for messages: "report folder", "pack folder", "template folder"
 */
public record FolderBoundary(Path folder, Path real, String noun) {

    /** What a path leads to. */
    public enum Kind { FILE, FOLDER, OTHER, OUTSIDE, BROKEN_LINK, LINK_LOOP, UNREADABLE, MISSING }

    /** Where a path leads: its kind and, when it exists, its real path. */
    public record Target(Kind kind, Path real, boolean link) {
    }

    /** The boundary of {@code folder}; the folder itself may be a link (the author named it, so it is resolved). */
    public static FolderBoundary of(Path folder, String noun) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = absolute;
        }
        return new FolderBoundary(folder, real, noun);
    }

    /** Where {@code p} leads, links resolved; {@link Kind#OUTSIDE} when its real path leaves the folder. */
    public Target follow(Path p) {
        boolean link = Files.isSymbolicLink(p);
        if (!link && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return new Target(Kind.MISSING, null, false);
        }
        Path target;
        try {
            target = p.toRealPath();
        } catch (NoSuchFileException e) {
            return new Target(Kind.BROKEN_LINK, null, link);
        } catch (FileSystemLoopException e) {
            return new Target(Kind.LINK_LOOP, null, link);
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            return new Target(reason.contains("levels of symbolic links") ? Kind.LINK_LOOP : Kind.UNREADABLE, null,
                    link);
        } catch (IOException e) {
            return new Target(Kind.UNREADABLE, null, link);
        }
        if (!target.startsWith(real)) {
            return new Target(Kind.OUTSIDE, target, link);
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Target(Kind.UNREADABLE, target, link);
        }
        Kind kind = a.isRegularFile() ? Kind.FILE : a.isDirectory() ? Kind.FOLDER : Kind.OTHER;
        return new Target(kind, target, link);
    }

    /**
     * True when {@code p} may be read as a file: a regular file inside the folder (through links that stay inside);
     * otherwise a located error at {@code p} saying why and what to do. Nothing is opened.
     */
    public boolean readable(Path p, Diagnostics diagnostics) {
        Target t = follow(p);
        if (t.kind() == Kind.FILE) {
            return true;
        }
        report(p, t, "file", diagnostics);
        return false;
    }

    /** A located error at {@code p} for a target that cannot be read; {@code what} is "file" or "folder". */
    public void report(Path p, Target t, String what, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.startOf(p);
        switch (t.kind()) {
            case OUTSIDE -> diagnostics.error(at, "this " + what + " links outside the " + noun
                    + ", so it is not read", "copy what it needs into the " + noun + " instead of linking to it");
            case BROKEN_LINK -> diagnostics.error(at, "this link points to nothing (its target does not exist)",
                    "remove the link, or restore what it points to");
            case LINK_LOOP -> diagnostics.error(at, "this link leads round in a loop of links",
                    "remove the link, or point it at a real " + what);
            case UNREADABLE -> diagnostics.error(at, "cannot read this " + what + " (permission denied or unreadable)",
                    "make it readable (e.g. chmod u+r), or move it out of the " + noun);
            case MISSING -> diagnostics.error(at, "this " + what + " does not exist", "check the name");
            case FOLDER -> diagnostics.error(at, "expected a file but this is a folder",
                    "rename the folder or move it out of the " + noun);
            case OTHER -> diagnostics.error(at, "this is " + describeSpecial(p) + ", not a regular file",
                    "Rapporteur reads only regular files: replace it with a file, or move it out of the " + noun);
            case FILE -> {
                // readable: nothing to report
            }
        }
    }

    /** What a file that is neither a regular file nor a folder is, in words ("a named pipe (FIFO)" ...). */
    public static String describeSpecial(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** The one-line reason an {@link IOException} gives, without repeating the path. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
