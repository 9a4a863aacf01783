package org.rapporteur.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.Example;

/** The shipped schemas are valid draft 2020-12 schemas, and every file of the example report satisfies them. */
class SchemaExampleTest {

    static Stream<String> schemas() {
        return Schemas.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void isAValidDraft2020Schema(String name) {
        Schema meta = SchemaSupport.registry().getSchema(SchemaLocation.of(
                "https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(SchemaSupport.shippedJson(name));
        assertThat(errors).as(name).isEmpty();
        assertThat(SchemaSupport.shippedJson(name).get("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    /** The example reports: content/example-yjs and its siblings. */
    static final Path CONTENT = Example.DIR.getParent();

    static Stream<Path> exampleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> CONTENT.relativize(p).getName(0).toString().startsWith("example-"))
                    .sorted().forEach(files::add);
        }
        assertThat(files).contains(Example.DIR.resolve("report.yaml")).hasSizeGreaterThan(20);
        return files.stream();
    }

    /** A file's path inside its report folder, e.g. standards/2.1.yaml. */
    static String inReport(Path file) {
        Path relative = CONTENT.relativize(file);
        return relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
    }

    /** Files of a pack folder (one with pack.yaml) are written against the pack schema. */
    static String schemaOf(Path file) {
        Path folder = CONTENT.resolve(CONTENT.relativize(file).getName(0));
        return Files.exists(folder.resolve("pack.yaml")) ? Schemas.PACK : Schemas.forFile(inReport(file));
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void exampleFileSatisfiesItsSchema(Path file) {
        String schema = schemaOf(file);
        assertThat(SchemaSupport.problems(schema, SchemaSupport.read(file)))
                .as(CONTENT.relativize(file) + " against " + schema).isEmpty();
    }

    @Test
    void everyExampleSchemaIsUsed() throws IOException {
        try (Stream<Path> files = exampleFiles()) {
            assertThat(files.map(SchemaExampleTest::schemaOf).distinct())
                    .containsExactlyInAnyOrderElementsOf(Schemas.ALL);
        }
    }
}
