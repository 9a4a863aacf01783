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
 * The limit on a report's content across all its files, checked before any is parsed. Build time grows with
 * content (measured here: about 15 seconds a megabyte of prose for the PDF, and the memory with it), so the
 * limit keeps every build to well under a minute; a real report holds 100-300 KB.
 */
final class TotalSize {

    /** Bytes of .yaml files one report may hold together. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private TotalSize() {
    }

    /**
     * Whether the files together are within the limit; if not, an error at the largest. A file over the limit
     * for one file is left out of the sum: reading it reports that.
     */
    static boolean within(List<Path> files, Diagnostics diagnostics) {
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
        if (total <= MAX_BYTES) {
            return true;
        }
        diagnostics.error(SourcePosition.startOf(largest), "the report's .yaml files hold " + megabytes(total)
                + " together (this one " + megabytes(largestSize) + "); a report may hold at most "
                + megabytes(MAX_BYTES), "split it into several reports, or move data (long tables and lists) "
                + "out of it");
        return false;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
