package org.rapporteur.scaffold;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates YAML content against the shipped schemas the way an editor does: the YAML is read with SnakeYAML into
 * plain values and then to a Jackson tree. Each document is read twice, as editors differ: with YAML 1.1 typing
 * ({@code yes} and {@code no} are booleans, dates are timestamps shown as text) and with YAML 1.2 core typing
 * ({@code yes} is text). Mapping keys are always their text, as the loader reads them.
 */
final class SchemaSupport {

    /** How an editor types plain scalars. */
    enum Reading { YAML_1_1, YAML_1_2 }

    private static SchemaRegistry registry;
    private static ObjectMapper json;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> YAML_1_2_BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final Pattern MODELINE = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)$");

    private SchemaSupport() {
    }

    /**
     * Loads shipped schemas from the class path, and report copies from files; never from the network. Fails with
     * the remedy when the test class path holds a Jackson annotations jar too old for Jackson 3.
     */
    static synchronized SchemaRegistry registry() {
        if (registry == null) {
            requireJackson3Annotations();
            registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaLoader(l -> l.resourceLoaders(r -> r.add(iri -> "file".equals(iri.getScheme())
                            ? () -> Files.newInputStream(Path.of(URI.create(iri.toString()))) : null))));
        }
        return registry;
    }

    private static synchronized ObjectMapper mapper() {
        if (json == null) {
            requireJackson3Annotations();
            json = new ObjectMapper();
        }
        return json;
    }

    private static void requireJackson3Annotations() {
        try {
            Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs");
        } catch (ClassNotFoundException e) {
            String jar = String.valueOf(com.fasterxml.jackson.annotation.JsonProperty.class.getProtectionDomain()
                    .getCodeSource().getLocation());
            throw new AssertionError("json-schema-validator runs on Jackson 3, which needs "
                    + "com.fasterxml.jackson.core:jackson-annotations 2.21 or later, but the test class path has "
                    + jar + " (from axe-core's Jackson 2). Declare jackson-annotations 2.21 (test scope) in pom.xml "
                    + "before the axe-core dependency.");
        }
    }

    /** A shipped schema, from the class path (relative references resolve to the other shipped schemas). */
    static Schema shipped(String name) {
        return registry().getSchema(SchemaLocation.of("classpath:" + Schemas.RESOURCE_FOLDER + "/" + name));
    }

    /** A schema file on disk (relative references resolve beside it). */
    static Schema file(Path schema) {
        return registry().getSchema(SchemaLocation.of(schema.toAbsolutePath().normalize().toUri().toString()));
    }

    /** The schema file a content file's first line names, resolved relative to the content file. */
    static Path modelineTarget(Path yamlFile) {
        String first = read(yamlFile).lines().findFirst().orElse("");
        Matcher m = MODELINE.matcher(first);
        if (!m.matches()) {
            throw new AssertionError(yamlFile + " does not start with a yaml-language-server $schema line: " + first);
        }
        return yamlFile.getParent().resolve(m.group(1)).normalize();
    }

    /** Every problem the schema finds in the YAML text, under both readings, as "reading: path: message". */
    static List<String> problems(Schema schema, String yaml) {
        List<String> problems = new ArrayList<>();
        for (Reading r : Reading.values()) {
            for (Error e : schema.validate(tree(yaml, r))) {
                problems.add(r + ": " + e.getInstanceLocation() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    static List<String> problems(String shippedSchema, String yaml) {
        return problems(shipped(shippedSchema), yaml);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path p) {
        return mapper().readTree(read(p));
    }

    static JsonNode shippedJson(String name) {
        try (var in = Schemas.class.getClassLoader().getResourceAsStream(Schemas.RESOURCE_FOLDER + "/" + name)) {
            if (in == null) {
                throw new AssertionError("no shipped schema " + name);
            }
            return mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML document as a Jackson tree, scalars typed as an editor with this reading types them. */
    static JsonNode tree(String yaml, Reading reading) {
        LoaderOptions options = new LoaderOptions();
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options),
                new Resolver(), options);
        Node root = composer.getSingleNode();
        return root == null ? NODES.nullNode() : convert(root, reading);
    }

    private static JsonNode convert(Node node, Reading reading) {
        if (node instanceof MappingNode m) {
            ObjectNode o = NODES.objectNode();
            for (NodeTuple t : m.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                o.set(key, convert(t.getValueNode(), reading));
            }
            return o;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode a = NODES.arrayNode();
            s.getValue().forEach(n -> a.add(convert(n, reading)));
            return a;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        Tag tag = s.getTag();
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        if (Tag.BOOL.equals(tag) && (reading == Reading.YAML_1_1 || YAML_1_2_BOOLEANS.contains(v))) {
            return NODES.booleanNode(Set.of("true", "yes", "on").contains(v.toLowerCase(Locale.ROOT)));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return NODES.numberNode(new BigInteger(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return NODES.stringNode(v);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return NODES.numberNode(new BigDecimal(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return NODES.stringNode(v);
            }
        }
        return NODES.stringNode(v); // strings, and timestamps, which editors show as text
    }
}
