package org.rapporteur.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import tools.jackson.databind.JsonNode;

/**
 * The schemas and the loader cannot drift apart: every key set the loader reads by is found, key for key, in the
 * schema, every mapping in the schemas refuses unknown keys, and the enumerations match the frameworks and lints.
 */
class SchemaDriftTest {

    /** Where each of ReportLoader's key sets is described in the schemas: schema file and JSON pointer. */
    static final Map<String, String> WHERE = new LinkedHashMap<>();

    static {
        WHERE.put("SECTIONS", "report.schema.json#/properties");
        WHERE.put("SERVICE", "report.schema.json#/properties/service/properties");
        WHERE.put("RANGE", "report.schema.json#/$defs/dateRange/properties");
        WHERE.put("PERSON", "report.schema.json#/properties/chiefInspector/properties");
        WHERE.put("GROUP", "report.schema.json#/$defs/recommendationGroup/properties");
        WHERE.put("TABLE", "report.schema.json#/$defs/factTable/properties");
        WHERE.put("QUOTE", "standard.schema.json#/$defs/quote/properties");
        WHERE.put("STANDARD", "standard.schema.json#/properties");
        WHERE.put("EXAMPLE", "standard.schema.json#/$defs/practiceExample/properties");
        WHERE.put("DISCRETION", "standard.schema.json#/$defs/discretion/properties");
        WHERE.put("CASE", "cases.schema.json#/$defs/case/properties");
        WHERE.put("ANSWER", "cases.schema.json#/$defs/answerWithPrompts/properties");
        WHERE.put("GLOSSARY_ENTRY", "report.schema.json#/$defs/glossaryEntry/properties");
        WHERE.put("SECTION", "report.schema.json#/$defs/section/properties");
        WHERE.put("DOMAIN_FINDINGS", "report.schema.json#/$defs/domainFindings/properties");
        WHERE.put("LETTER", "report.schema.json#/properties/letter/properties");
        WHERE.put("COPY", "report.schema.json#/$defs/copyRecipient/properties");
    }

    /** ReportLoader's static key sets (Set<String> constants), by field name. */
    static Map<String, Set<String>> loaderKeySets() throws IllegalAccessException {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        for (Field f : ReportLoader.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Set.class.isAssignableFrom(f.getType())
                    && f.getGenericType() instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] == String.class) {
                f.setAccessible(true);
                @SuppressWarnings("unchecked")
                Set<String> keys = (Set<String>) f.get(null);
                sets.put(f.getName(), new TreeSet<>(keys));
            }
        }
        return sets;
    }

    static JsonNode at(String where) {
        String[] parts = where.split("#", 2);
        JsonNode node = SchemaSupport.shippedJson(parts[0]).at(parts[1]);
        assertThat(node.isMissingNode()).as(where + " exists").isFalse();
        return node;
    }

    static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void everyLoaderKeySetHasItsPlaceInTheSchemas() throws IllegalAccessException {
        assertThat(loaderKeySets().keySet()).as("ReportLoader's key sets; map a new one to its place in WHERE")
                .containsExactlyInAnyOrderElementsOf(WHERE.keySet());
    }

    @Test
    void schemaKeysAreExactlyTheLoaderKeys() throws IllegalAccessException {
        Map<String, Set<String>> sets = loaderKeySets();
        List<String> drift = new ArrayList<>();
        WHERE.forEach((set, where) -> {
            Set<String> schema = names(at(where));
            Set<String> loader = sets.getOrDefault(set, Set.of());
            if (!schema.equals(loader)) {
                drift.add("ReportLoader." + set + " " + loader + " but " + where + " " + schema);
            }
        });
        assertThat(drift).isEmpty();
    }

    @Test
    void casesFileHoldsOnlyCasesAndTheReportFileRefersToTheSameList() {
        assertThat(names(at("cases.schema.json#/properties"))).containsExactly("cases");
        assertThat(at("report.schema.json#/properties/cases/$ref").asString())
                .isEqualTo("cases.schema.json#/$defs/caseList");
        assertThat(at("report.schema.json#/properties/standards/patternProperties").values().iterator().next()
                .get("$ref").asString()).isEqualTo("standard.schema.json");
    }

    @Test
    void everyMappingRefusesUnknownKeysAndEveryPropertyIsDescribed() {
        List<String> problems = new ArrayList<>();
        for (String name : Schemas.ALL) {
            walk(name, "", SchemaSupport.shippedJson(name), problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void walk(String file, String pointer, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            if (node.has("properties")) {
                JsonNode additional = node.get("additionalProperties");
                if (additional == null || !additional.isBoolean() || additional.asBoolean()) {
                    problems.add(file + "#" + pointer + ": lacks additionalProperties: false");
                }
                node.get("properties").properties().forEach(e -> {
                    JsonNode p = e.getValue();
                    if (!p.has("description")) {
                        problems.add(file + "#" + pointer + "/properties/" + e.getKey() + ": lacks a description");
                    }
                });
            }
            if (node.has("patternProperties") && !node.path("additionalProperties").isBoolean()) {
                problems.add(file + "#" + pointer + ": patternProperties without additionalProperties: false");
            }
            node.properties().forEach(e -> walk(file, pointer + "/" + e.getKey().replace("~", "~0")
                    .replace("/", "~1"), e.getValue(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, pointer + "/" + i, node.get(i), problems);
            }
        }
    }

    @Test
    void ratingsAreTheFrameworksRatings() {
        Set<String> schema = new TreeSet<>();
        at("standard.schema.json#/$defs/rating/enum").forEach(n -> schema.add(n.asString()));
        Set<String> all = new TreeSet<>();
        for (String id : FrameworkLoader.available()) {
            Diagnostics d = new Diagnostics();
            Framework f = FrameworkLoader.load(id, SourcePosition.startOf(java.nio.file.Path.of(id)), d)
                    .orElseThrow(() -> new AssertionError(d.all()));
            assertThat(schema).as(id).containsAll(f.ratingNames());
            all.addAll(f.ratingNames());
        }
        assertThat(schema).isEqualTo(all);
    }

    @Test
    void caseTypeExamplesAreTheFrameworksCaseTypes() {
        Set<String> types = new TreeSet<>();
        for (String id : FrameworkLoader.available()) {
            FrameworkLoader.load(id, SourcePosition.startOf(java.nio.file.Path.of(id)), new Diagnostics())
                    .orElseThrow().caseTypes().forEach(t -> types.add(t.id()));
        }
        Set<String> examples = new TreeSet<>();
        at("cases.schema.json#/$defs/case/properties/type/examples").forEach(n -> examples.add(n.asString()));
        assertThat(examples).isEqualTo(types);
    }

    @Test
    void lintRulesAreTheLintsRules() throws ReflectiveOperationException {
        Class<?> rule = Class.forName("org.rapporteur.check.Lints$Rule");
        Set<String> ids = new TreeSet<>();
        for (Object r : rule.getEnumConstants()) {
            ids.add((String) rule.getMethod("id").invoke(r));
        }
        Set<String> schema = new TreeSet<>();
        at("report.schema.json#/properties/lints/propertyNames/enum").forEach(n -> schema.add(n.asString()));
        assertThat(schema).isEqualTo(ids);
        Set<String> levels = new TreeSet<>();
        at("report.schema.json#/properties/lints/additionalProperties/enum").forEach(n -> levels.add(n.isString()
                ? n.asString() : "boolean " + n.asBoolean()));
        // off is false to editors reading YAML 1.1
        assertThat(levels).containsExactlyInAnyOrder("error", "warning", "off", "boolean false");
    }
}
