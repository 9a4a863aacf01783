package org.rapporteur.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.cli.WatchCommand;

/**
 * Measures save-to-refresh: ten saves of a content file, each timed from the write until GET / serves the new text.
 * Prints the numbers (in target/surefire-reports/...SaveToRefreshTest-output.txt) for docs/benchmarks.md; asserts
 * only that every save was shown (a timed bound would fail on a loaded shared machine, so speed is read from the
 * figures, run on a quiet one).
 */
@Timeout(120)
class SaveToRefreshTest {

    @TempDir
    Path tmp;

    @Test
    void tenSaves() throws IOException {
        Path report = Example.copyTo(tmp);
        StringWriter out = new StringWriter();
        List<Long> times = new ArrayList<>();
        try (Preview preview = WatchCommand.preview(report, Example.TEMPLATES, 0, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))) {
            long t0 = System.nanoTime();
            preview.start();
            System.out.println("first build and start: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            for (int i = 0; i < 10; i++) {
                String sentence = "Timing sentence " + i + " " + System.nanoTime() + ".";
                long written = System.nanoTime();
                Http.writeDiversity(report, sentence);
                times.add(Http.until(preview, written, 5000, p -> p.contains(sentence)).millis());
                Http.sleep(150);
            }
        }
        System.out.println("server save-to-refresh ms " + summary(times));
        System.out.println("build lines: " + out.toString().lines().filter(l -> l.contains(" in ")).toList());
        assertThat(times).hasSize(10);
    }

    static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    static String summary(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return "median " + median(times) + ", min " + sorted.get(0) + ", max " + sorted.get(sorted.size() - 1)
                + ", all " + times;
    }
}
