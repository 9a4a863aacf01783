package org.rapporteur.source;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A YAML mapping read for a model: unknown and duplicate keys are reported where they stand. */
public final class YamlMap {

    private final YamlValue self;
    private final Map<String, YamlValue> values = new LinkedHashMap<>();
    private final Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
    private final Map<String, SourcePosition> misspelt = new LinkedHashMap<>();

    YamlMap(MappingNode node, YamlValue self, Set<String> known) {
        this.self = self;
        Diagnostics d = self.diagnostics();
        for (NodeTuple t : node.getValue()) {
            YamlValue key = self.child(t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode k) || key.isNull()) {
                d.error(key.at(), "a key must be plain text, not " + key.kind(), "check the indentation");
                continue;
            }
            String name = k.getValue();
            if (name.equals("<<")) {
                d.error(key.at(), "merge keys (<<) are not supported", "write the values out in full");
                continue;
            }
            if (known != null && !known.contains(name)) {
                Optional<String> meant = Suggestions.closest(name, known);
                d.error(key.at(), "unknown key '" + name + "'", meant.map(m -> "did you mean '" + m + "'?")
                        .orElse("expected one of: " + String.join(", ", new java.util.TreeSet<>(known))));
                meant.ifPresent(m -> misspelt.putIfAbsent(m, key.at()));
                continue;
            }
            if (values.containsKey(name)) {
                d.error(key.at(), "'" + name + "' is given twice (first at line " + keyPositions.get(name).line() + ")",
                        "keep one of them");
                continue;
            }
            values.put(name, self.child(t.getValueNode()));
            keyPositions.put(name, key.at());
        }
    }

    public SourcePosition at() {
        return self.at();
    }

    public Diagnostics diagnostics() {
        return self.diagnostics();
    }

    public java.nio.file.Path file() {
        return self.file();
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public Map<String, YamlValue> entries() {
        return java.util.Collections.unmodifiableMap(values);
    }

    public SourcePosition keyAt(String key) {
        return keyPositions.getOrDefault(key, at());
    }

    /** The value under {@code key}; an empty value counts as absent. */
    public Optional<YamlValue> get(String key) {
        YamlValue v = values.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /** Known keys that a misspelt key in this mapping was taken for (already reported as unknown). */
    public Set<String> misspelt() {
        return misspelt.keySet();
    }

    public Optional<YamlValue> require(String key, String what) {
        Optional<YamlValue> v = get(key);
        if (v.isEmpty() && !misspelt.containsKey(key)) {
            SourcePosition where = keyPositions.containsKey(key) ? keyPositions.get(key) : at();
            self.diagnostics().error(where, (keyPositions.containsKey(key) ? "no value for '" : "missing '") + key
                    + "' (" + what + ")", "add '" + key + ": ...' here");
        }
        return v;
    }

    public Optional<String> text(String key) {
        return get(key).flatMap(v -> v.asText(key));
    }

    public Optional<String> requiredText(String key, String what) {
        return require(key, what).flatMap(v -> v.asText(key));
    }

    public Optional<Integer> integer(String key, int min, int max) {
        return get(key).flatMap(v -> v.asInteger(key, min, max));
    }

    public Optional<Boolean> bool(String key) {
        return get(key).flatMap(v -> v.asBoolean(key));
    }

    public Optional<LocalDate> date(String key) {
        return get(key).flatMap(v -> v.asDate(key));
    }

    public Optional<YearMonth> yearMonth(String key) {
        return get(key).flatMap(v -> v.asYearMonth(key));
    }

    public Optional<YamlMap> map(String key, Set<String> keys) {
        return get(key).flatMap(v -> v.asMap(key, keys));
    }

    /** The items under {@code key} converted one by one; items that fail are left out (and reported). */
    public <T> List<T> list(String key, Function<YamlValue, Optional<T>> item) {
        return get(key).flatMap(v -> v.asList(key)).orElse(List.of()).stream()
                .map(item).flatMap(Optional::stream).toList();
    }

    public List<String> textList(String key) {
        return list(key, v -> v.asText("an item of " + key));
    }
}
