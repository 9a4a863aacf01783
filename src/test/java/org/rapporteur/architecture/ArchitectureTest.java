package org.rapporteur.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rapporteur.ReportFolder;

/**
 * The shape of the code, as docs/architecture.md draws it: data flows one way through one package per stage, each
 * package uses only what its package-info says, and the rules the refactor promised stay kept.
 */
class ArchitectureTest {

    private static final Path MAIN = ReportFolder.project().resolve("src/main/java/org/rapporteur");

    /** What each package may use besides itself and the JDK and libraries (as its package-info.java says). */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("source", Set.of()),
            Map.entry("document", Set.of()),
            Map.entry("files", Set.of()),
            Map.entry("framework", Set.of("source")),
            Map.entry("model", Set.of("source")),
            Map.entry("load", Set.of("source", "model")),
            Map.entry("load.sheet", Set.of("source", "model", "framework", "load", "files")),
            Map.entry("text", Set.of("source", "model")),
            Map.entry("rate", Set.of("source", "model", "framework", "text")),
            Map.entry("check", Set.of("source", "model", "framework", "text", "rate")),
            Map.entry("render", Set.of("source", "model", "framework", "text", "rate", "document")),
            Map.entry("write", Set.of("source", "document")),
            Map.entry("preview", Set.of("source")),
            Map.entry("scaffold", Set.of("source", "framework")),
            Map.entry("build", Set.of("source", "document", "files", "framework", "load", "model", "text", "rate", "check",
                    "render", "write")));

    private static final Pattern REFERENCE = Pattern.compile("org\\.rapporteur\\.([a-z]+(?:\\.sheet)?)");

    @Test
    void everyPackageUsesOnlyWhatItsPackageInfoAllows() throws IOException {
        List<String> breaches = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            if (pkg.equals("cli")) {
                continue; // the commands may use everything
            }
            String top = pkg.startsWith("write.") ? "write" : pkg;
            Set<String> allowed = MAY_USE.get(top);
            assertThat(allowed).as("package " + pkg + " is listed in MAY_USE and in docs/architecture.md").isNotNull();
            Matcher m = REFERENCE.matcher(code(file));
            Set<String> used = new TreeSet<>();
            while (m.find()) {
                used.add(m.group(1));
            }
            for (String u : used) {
                String usedTop = u.startsWith("write") ? "write" : u;
                if (!u.equals(pkg) && !usedTop.equals(top) && !allowed.contains(u) && !allowed.contains(usedTop)) {
                    breaches.add(MAIN.relativize(file) + " uses " + u);
                }
            }
        }
        assertThat(breaches).as("references against the stage order").isEmpty();
    }

    @Test
    void everyPackageSaysWhatItDoesAndMayUse() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<Path> packages = dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList();
            assertThat(packages).isNotEmpty().allSatisfy(d -> assertThat(d.resolve("package-info.java"))
                    .as("package-info.java of " + MAIN.relativize(d)).exists().content().contains("May use"));
        }
    }

    @Test
    void theBuildDateIsReadInOneFile() throws IOException {
        assertThat(filesContaining("SOURCE_DATE_EPOCH"))
                .containsExactly("build/BuildDate.java");
    }

    @Test
    void theCalculatorRunsFromOnePlaceOutsideRate() throws IOException {
        assertThat(filesContaining("RatingCalculator.rate(").stream().filter(f -> !f.startsWith("rate/")))
                .containsExactly("build/Pipeline.java");
    }

    /** No file a newcomer cannot read in one sitting. */
    @Test
    void noMainSourceFileReaches700Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : javaFiles()) {
            long lines = Files.readAllLines(file).size();
            if (lines >= 700) {
                long_.add(MAIN.relativize(file) + " (" + lines + " lines)");
            }
        }
        assertThat(long_).isEmpty();
    }

    /**
     * Frameworks own their vocabulary: no Java string names a rating of a shipped framework (the words a report
     * shows come from the framework file, so another inspectorate or a Welsh edition needs no Java). Names are
     * matched as written (capitalised, whole words); "Good practice" is the name of a kind of example, not a rating.
     */
    @Test
    void noJavaStringNamesARating() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern name = Pattern.compile("(?m)^\\s*- \\{ name: ([^,}]+)[,}]");
        try (Stream<Path> frameworks = Files.list(ReportFolder.project().resolve("src/main/resources/frameworks"))) {
            for (Path f : frameworks.toList()) {
                String yaml = Files.readString(f);
                int ratings = yaml.indexOf("\nratings:");
                int bands = yaml.indexOf("\nbands:");
                if (ratings < 0) {
                    continue;
                }
                Matcher m = name.matcher(yaml.substring(ratings, bands < 0 ? yaml.length() : bands));
                while (m.find()) {
                    names.add(m.group(1).strip());
                }
            }
        }
        assertThat(names).as("rating names read from the framework files")
                .contains("Outstanding", "Good", "Requires improvement", "Inadequate");
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = literal.matcher(code(file));
            while (m.find()) {
                String text = m.group(1).replace("Good practice", "");
                for (String rating : names) {
                    if (Pattern.compile("\\b" + Pattern.quote(rating) + "\\b").matcher(text).find()) {
                        found.add(MAIN.relativize(file) + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> filesContaining(String... needles) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = code(file);
            for (String needle : needles) {
                if (code.contains(needle)) {
                    found.add(MAIN.relativize(file).toString().replace('\\', '/'));
                    break;
                }
            }
        }
        return found;
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> all = Files.walk(MAIN)) {
            return all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
    }

    /** The file's code without comments (comments may name anything). */
    static String code(Path file) {
        try {
            return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
