package org.rapporteur.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Synthetic reports for benchmarks: copies of a real report folder with another service name, other inspectors'
 * ratings and other case answers, drawn from a seeded random source so every run makes the same reports.
 */
public final class SyntheticReports {

    private static final Pattern ANSWER = Pattern.compile("(\\s\\d+\\.\\d+\\.\\d+: \\{ answer: )(yes|no|n/a)");
    private static final Pattern RATING = Pattern.compile("(?m)^rating: .*$");
    private static final String[] RATINGS = {"Outstanding", "Good", "Good", "Requires improvement", "Inadequate"};

    private SyntheticReports() {
    }

    /** Writes {@code count} reports into {@code out}/synthetic-NNN and returns their folders. */
    public static List<Path> generate(Path source, Path out, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("synthetic-%03d", i);
            Path target = out.resolve(id);
            copy(source, target);
            String area = "Area " + i;
            Path report = target.resolve("report.yaml");
            String text = Files.readString(report)
                    .replaceFirst("(?m)^(\\s+name: ).*$", "$1" + area + " Youth Justice Service")
                    .replaceFirst("(?m)^(\\s+shortName: ).*$", "$1" + area + " YJS")
                    .replaceFirst("(?m)^(\\s+area: ).*$", "$1" + area);
            Files.writeString(report, text);
            double yes = 0.5 + random.nextDouble() * 0.5;
            try (Stream<Path> files = Files.list(target.resolve("cases"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Matcher m = ANSWER.matcher(Files.readString(f));
                    StringBuilder b = new StringBuilder();
                    while (m.find()) {
                        String answer = m.group(2).equals("n/a") ? "n/a" : random.nextDouble() < yes ? "yes" : "no";
                        m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + answer));
                    }
                    m.appendTail(b);
                    Files.writeString(f, b.toString());
                }
            }
            try (Stream<Path> files = Files.list(target.resolve("standards"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String s = Files.readString(f);
                    if (RATING.matcher(s).find()) {
                        Files.writeString(f, RATING.matcher(s).replaceFirst(
                                "rating: " + RATINGS[random.nextInt(RATINGS.length)]));
                    }
                }
            }
            made.add(target);
        }
        return made;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
