package org.rapporteur.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A node of a YAML file with its position. Scalars are always read as text (so {@code yes} stays "yes"),
 * and every conversion that fails reports a located diagnostic and yields empty.
 */
public final class YamlValue {

    private final Node node;
    private final Path file;
    private final Diagnostics diagnostics;

    YamlValue(Node node, Path file, Diagnostics diagnostics) {
        this.node = node;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    static YamlValue empty(Path file) {
        return new YamlValue(null, file, new Diagnostics());
    }

    public Path file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public SourcePosition at() {
        return node == null ? SourcePosition.startOf(file) : YamlFile.at(file, node.getStartMark());
    }

    public boolean isNull() {
        return node == null || (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag())
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equalsIgnoreCase("null")));
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** The text of a scalar, exactly as written. */
    public Optional<String> asText(String what) {
        if (node instanceof ScalarNode s && !isNull()) {
            return Optional.of(s.getValue());
        }
        diagnostics.error(at(), "expected text for " + what + " but found " + kind(), shapeHint());
        return Optional.empty();
    }

    public Optional<Integer> asInteger(String what, int min, int max) {
        return asText(what).flatMap(text -> {
            String t = text.trim();
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1).trim();
            }
            try {
                int v = Integer.parseInt(t);
                if (v < min || v > max) {
                    diagnostics.error(at(), what + " must be between " + min + " and " + max + ", not " + v, null);
                    return Optional.empty();
                }
                return Optional.of(v);
            } catch (NumberFormatException e) {
                diagnostics.error(at(), "expected a whole number for " + what + " but found '" + text + "'", null);
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> asBoolean(String what) {
        return asText(what).flatMap(text -> switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                diagnostics.error(at(), "expected true or false for " + what + " but found '" + text + "'", null);
                yield Optional.empty();
            }
        });
    }

    public Optional<LocalDate> asDate(String what) {
        return asTime(what, LocalDate::parse, "a date", "write dates as YYYY-MM-DD, for example 2025-10-06");
    }

    public Optional<YearMonth> asYearMonth(String what) {
        return asTime(what, YearMonth::parse, "a month", "write the month as YYYY-MM, for example 2026-01");
    }

    /** A date or month in its ISO form; otherwise an error that says which form is expected. */
    private <T> Optional<T> asTime(String what, Function<String, T> parse, String expected, String hint) {
        return asText(what).flatMap(text -> {
            try {
                return Optional.of(parse.apply(text.trim()));
            } catch (DateTimeParseException e) {
                diagnostics.error(at(), "expected " + expected + " for " + what + " but found '" + text + "'", hint);
                return Optional.empty();
            }
        });
    }

    /** A mapping whose keys must be among {@code keys} (unknown keys are reported with a suggestion). */
    public Optional<YamlMap> asMap(String what, Set<String> keys) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(m, this, keys));
        }
        diagnostics.error(at(), "expected a mapping (key: value lines) for " + what + " but found " + kind(),
                shapeHint());
        return Optional.empty();
    }

    /** A mapping whose keys are data (ids, terms), not field names. */
    public Optional<YamlMap> asOpenMap(String what) {
        return asMap(what, null);
    }

    /** The items of a list; a single scalar is not silently taken as a list. */
    public Optional<List<YamlValue>> asList(String what) {
        if (node instanceof SequenceNode s) {
            List<YamlValue> items = new ArrayList<>();
            for (Node n : s.getValue()) {
                items.add(child(n));
            }
            return Optional.of(List.copyOf(items));
        }
        if (node instanceof ScalarNode text && text.getValue().matches("(?s)-[^\\s-].*")) {
            String rest = text.getValue().substring(1);
            String item = abbreviate(rest.contains(" -") ? rest.substring(0, rest.indexOf(" -")) : rest);
            diagnostics.error(at(), "expected a list for " + what + " but found text starting '-" + item
                    + "': a list item needs a space after its dash", "write '- " + item + "', each item on a line"
                    + " of its own starting '- '");
            return Optional.empty();
        }
        diagnostics.error(at(), "expected a list (lines starting with '- ') for " + what + " but found " + kind(),
                shapeHint());
        return Optional.empty();
    }

    /**
     * Every scalar under this node, keys included, in document order: the text an author wrote, whatever the model
     * later makes of it.
     */
    public List<SourceText> texts() {
        List<SourceText> out = new ArrayList<>();
        java.util.ArrayDeque<Pending> todo = new java.util.ArrayDeque<>();
        if (node != null) {
            todo.push(new Pending(node, null, false));
        }
        while (!todo.isEmpty()) {
            Pending item = todo.pop();
            Node n = item.node();
            String key = item.key();
            if (n instanceof ScalarNode s) {
                if (!isNullScalar(s)) {
                    out.add(new SourceText(s.getValue(), key, item.isKey(),
                            s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.DOUBLE_QUOTED,
                            YamlFile.at(file, s.getStartMark()), s.getStartMark().getIndex(),
                            s.getEndMark().getIndex()));
                }
            } else if (n instanceof MappingNode m) {
                List<org.yaml.snakeyaml.nodes.NodeTuple> tuples = m.getValue();
                for (int i = tuples.size() - 1; i >= 0; i--) {
                    Node k = tuples.get(i).getKeyNode();
                    String name = k instanceof ScalarNode ks ? ks.getValue() : null;
                    todo.push(new Pending(tuples.get(i).getValueNode(), name, false));
                    todo.push(new Pending(k, key, true));
                }
            } else if (n instanceof SequenceNode q) {
                for (int i = q.getValue().size() - 1; i >= 0; i--) {
                    todo.push(new Pending(q.getValue().get(i), key, false));
                }
            }
        }
        return List.copyOf(out);
    }

    private record Pending(Node node, String key, boolean isKey) {
    }

    private static boolean isNullScalar(ScalarNode s) {
        return Tag.NULL.equals(s.getTag())
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equalsIgnoreCase("null"));
    }

    YamlValue child(Node n) {
        return new YamlValue(n, file, diagnostics);
    }

    Node node() {
        return node;
    }

    public String kind() {
        if (node == null || isNull()) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + abbreviate(((ScalarNode) node).getValue()) + "'";
    }

    private String shapeHint() {
        return isNull() ? "give a value after the colon" : "check the indentation";
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
}
