package org.rapporteur.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.YamlFile;

/**
 * The limits on a report's content across all its files, checked before any is parsed. Two budgets: what is
 * printed (every file outside {@code cases/}) and the case data (files in {@code cases/}, which feed the
 * calculator and print only as figures). Build time grows with printed content (measured here: about 15 seconds a
 * megabyte of prose for the PDF, and the memory with it), so that limit keeps every build to well under a minute
 * (a real report prints 100-300 KB); case data costs only reading, so its budget holds the 10,000 cases
 * {@code import-cases} takes, several times over.
 */
public final class TotalSize {

    /** Bytes of .yaml files outside {@code cases/} one report may hold together. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /** Bytes of .yaml files in {@code cases/} one report may hold together. */
    public static final long MAX_CASE_BYTES = 12L * 1024 * 1024;

    /** The folder of case files (the loader reads every .yaml file in it as cases). */
    public static final String CASES_FOLDER = "cases";

    private TotalSize() {
    }

    /**
     * Whether the files of the report in {@code dir} are within both budgets; if not, an error at the largest file
     * of the budget that is exceeded. A file over the limit for one file is left out: reading it reports that.
     */
    static boolean within(Path dir, List<Path> files, Diagnostics diagnostics) {
        Path cases = dir.toAbsolutePath().normalize().resolve(CASES_FOLDER);
        return within(files.stream().filter(f -> !isCaseFile(cases, f)).toList(), MAX_BYTES, "the report's .yaml"
                + " files", "split it into several reports, or move data (long tables and lists) out of it",
                diagnostics)
                & within(files.stream().filter(f -> isCaseFile(cases, f)).toList(), MAX_CASE_BYTES, "the case files"
                + " in " + CASES_FOLDER + "/", "a report's cases are a sample: leave out what is not part of it",
                diagnostics);
    }

    private static boolean isCaseFile(Path casesFolder, Path file) {
        return file.toAbsolutePath().normalize().startsWith(casesFolder);
    }

    private static boolean within(List<Path> files, long limit, String what, String hint, Diagnostics diagnostics) {
        long total = 0;
        Path largest = null;
        long largestSize = -1;
        for (Path file : files) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                continue; // reading it reports the problem
            }
            if (size > YamlFile.MAX_BYTES) {
                continue;
            }
            total += size;
            if (size > largestSize) {
                largest = file;
                largestSize = size;
            }
        }
        if (total <= limit) {
            return true;
        }
        diagnostics.error(SourcePosition.startOf(largest), what + " hold " + megabytes(total) + " together (this one "
                + megabytes(largestSize) + "); a report may hold at most " + megabytes(limit), hint);
        return false;
    }

    /** Bytes as megabytes with one decimal, as messages print them. */
    public static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
