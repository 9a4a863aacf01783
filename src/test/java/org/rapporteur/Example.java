package org.rapporteur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the example report for tests that change it. */
public final class Example {

    public static final Path DIR = ReportFolder.project().resolve("content/example-yjs");
    public static final Path TEMPLATES = ReportFolder.project().resolve("templates");

    private Example() {
    }

    /** A copy of the example report in {@code parent}/example-yjs. */
    public static Path copyTo(Path parent) {
        return copyTree(DIR, parent.resolve("example-yjs"));
    }

    /** A copy of the folder {@code source} at {@code target}. */
    public static Path copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Runs {@code rapporteur build} on a report with the project's templates. */
    public static ReportFolder.Run build(Path report, Path out, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "build";
        args[1] = report.toString();
        args[2] = "--out";
        args[3] = out.toString();
        args[4] = "--templates";
        args[5] = TEMPLATES.toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return ReportFolder.run(args);
    }
}
