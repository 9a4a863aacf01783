package org.rapporteur.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.YamlFile;
import org.rapporteur.source.YamlValue;

/**
 * Synthetic reports for benchmarks: copies of a real report folder with another service name, other inspectors'
 * ratings and other case answers, drawn from a seeded random source so every run makes the same reports.
 */
public final class SyntheticReports {

    private static final Pattern ANSWER = Pattern.compile("(\\s\\d+\\.\\d+\\.\\d+: \\{ answer: )(yes|no|n/a)");
    private static final Pattern RATING = Pattern.compile("(?m)^rating: .*$");

    private SyntheticReports() {
    }

    /**
     * Writes {@code count} reports into {@code out}/synthetic-NNN and returns their folders. Links in the source are
     * copied as links (never followed, never written through); anything else that is not a regular file or a folder
     * (a named pipe, a device) is refused.
     */
    public static List<Path> generate(Path source, Path out, int count, long seed) throws IOException {
        source = source.toRealPath(); // the folder named may itself be a link
        List<String> ratings = draws(source);
        Random random = new Random(seed);
        List<Path> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("synthetic-%03d", i);
            Path target = out.resolve(id);
            copy(source, target);
            String area = "Area " + i;
            Path report = target.resolve("report.yaml");
            if (isFile(report)) {
                Files.writeString(report, Files.readString(report)
                        .replaceFirst("(?m)^(\\s+name: ).*$", "$1" + area + " Youth Justice Service")
                        .replaceFirst("(?m)^(\\s+shortName: ).*$", "$1" + area + " YJS")
                        .replaceFirst("(?m)^(\\s+area: ).*$", "$1" + area)
                        .replaceFirst("(?m)^outputName:.*$", "outputName: " + id)); // each its own outputs
            }
            double yes = 0.5 + random.nextDouble() * 0.5;
            for (Path f : files(target.resolve("cases"))) {
                Matcher m = ANSWER.matcher(Files.readString(f));
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    String answer = m.group(2).equals("n/a") ? "n/a" : random.nextDouble() < yes ? "yes" : "no";
                    m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + answer));
                }
                m.appendTail(b);
                Files.writeString(f, b.toString());
            }
            for (Path f : files(target.resolve("standards"))) {
                String s = Files.readString(f);
                if (RATING.matcher(s).find() && !ratings.isEmpty()) {
                    Files.writeString(f, RATING.matcher(s).replaceFirst(Matcher.quoteReplacement(
                            "rating: " + ratings.get(random.nextInt(ratings.size())))));
                }
            }
            made.add(target);
        }
        return made;
    }

    /**
     * The inspectors' ratings to draw from: the scale of the source report's framework, highest first, with the
     * middle rating twice (it is the commonest); none when the framework is unknown or rates nothing.
     */
    private static List<String> draws(Path source) {
        Diagnostics ignored = new Diagnostics();
        Path report = source.resolve("report.yaml");
        Optional<Framework> framework = (isFile(report) ? YamlFile.read(report, ignored) : Optional.<YamlValue>empty())
                .flatMap(v -> v.asOpenMap("a report")).flatMap(m -> m.text("framework"))
                .flatMap(id -> FrameworkLoader.load(id, SourcePosition.startOf(report), ignored));
        List<String> draws = new ArrayList<>();
        framework.ifPresent(f -> f.ratingsHighestFirst().forEach(r -> {
            draws.add(r.name());
            if (f.middleRating().orElseThrow().equals(r)) {
                draws.add(r.name());
            }
        }));
        return draws;
    }

    /** The regular files directly in {@code dir} (none when it is missing, or a link): links are left as they are. */
    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(SyntheticReports::isFile).sorted().toList();
        }
    }

    private static boolean isFile(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(t);
                } else if (isFile(p) || Files.isSymbolicLink(p)) {
                    Files.copy(p, t, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    throw new IOException(from.relativize(p) + " is not a regular file (a named pipe, socket or"
                            + " device?); remove it from " + from);
                }
            }
        }
    }
}
