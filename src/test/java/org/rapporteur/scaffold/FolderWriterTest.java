package org.rapporteur.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a new report is all or nothing. */
class FolderWriterTest {

    @TempDir
    Path tmp;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A set of files whose last one cannot be written: "a" is both a file and a folder. */
    private static Map<String, byte[]> failing() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.yaml", text("framework: x\n"));
        files.put("standards/1.1.yaml", text("rating: Good\n"));
        files.put("a", text("a file"));
        files.put("a/b.yaml", text("b: 1\n"));
        return files;
    }

    private Stream<Path> everything() throws IOException {
        return Files.walk(tmp).filter(p -> !p.equals(tmp));
    }

    @Test
    void writesEveryFile() throws Exception {
        Path dir = tmp.resolve("deep/new");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.yaml", text("r"));
        files.put("standards/1.1.yaml", text("s"));
        assertThat(FolderWriter.write(dir, files, false))
                .containsExactly(dir.resolve("report.yaml"), dir.resolve("standards/1.1.yaml"));
        assertThat(dir.resolve("standards/1.1.yaml")).hasContent("s");
        try (Stream<Path> siblings = Files.list(tmp.resolve("deep"))) {
            assertThat(siblings).containsExactly(dir);
        }
    }

    @Test
    void aFailureLeavesNothingBehind() throws IOException {
        Path dir = tmp.resolve("parent/new");
        assertThatThrownBy(() -> FolderWriter.write(dir, failing(), false))
                .isInstanceOf(ScaffoldException.class).hasMessageContaining("cannot write");
        try (Stream<Path> all = everything()) {
            assertThat(all).isEmpty();
        }
    }

    @Test
    void aFailureInAnEmptyFolderLeavesItEmpty() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("new"));
        assertThatThrownBy(() -> FolderWriter.write(dir, failing(), false)).isInstanceOf(ScaffoldException.class);
        try (Stream<Path> all = everything()) {
            assertThat(all).containsExactly(dir);
        }
    }

    @Test
    void aFailureWithForceRestoresWhatItReplaced() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("report.yaml"), "old report");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.createDirectories(dir.resolve("standards/1.1.yaml")); // a folder where a file is to go
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.yaml", text("new report"));
        files.put("glossary/terms.yaml", text("glossary: []\n"));
        files.put("standards/1.1.yaml", text("rating: Good\n"));
        assertThatThrownBy(() -> FolderWriter.write(dir, files, true)).isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("standards/1.1.yaml");
        assertThat(dir.resolve("report.yaml")).hasContent("old report");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        try (Stream<Path> all = everything()) {
            assertThat(all).containsExactlyInAnyOrder(dir, dir.resolve("report.yaml"), dir.resolve("notes.txt"),
                    dir.resolve("standards"), dir.resolve("standards/1.1.yaml"));
        }
    }

    @Test
    void aFailureWhileStagingLeavesAFullFolderAlone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("report.yaml"), "old report");
        assertThatThrownBy(() -> FolderWriter.write(dir, failing(), true)).isInstanceOf(ScaffoldException.class);
        try (Stream<Path> all = everything()) {
            assertThat(all).containsExactlyInAnyOrder(dir, dir.resolve("report.yaml"));
        }
        assertThat(dir.resolve("report.yaml")).hasContent("old report");
    }

    @Test
    void refusesPathsOutsideTheFolder() {
        assertThatThrownBy(() -> FolderWriter.write(tmp.resolve("x"), Map.of("../escape.yaml", text("x")), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tmp.resolve("escape.yaml")).doesNotExist();
    }
}
