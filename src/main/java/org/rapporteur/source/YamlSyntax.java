package org.rapporteur.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in plain words: what the author wrote that YAML cannot read (a tab for indentation, ': ' inside
 * an unquoted value, a list item without a space after its dash, a line indented more or less than its neighbours,
 * an unclosed quote or bracket ...), at the place to fix, with the fix. Never the parser's own terms.
 */
record YamlSyntax(SourcePosition at, String message, String hint) {

    /** The plain account of a SnakeYAML error in {@code text}, the file's content. */
    static YamlSyntax explain(Path file, String text, MarkedYAMLException e) {
        List<String> lines = lines(text);
        String problem = String.valueOf(e.getProblem());
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        Mark mark = problemMark != null ? problemMark : contextMark;
        YamlSyntax dash = missingSpaceAfterDash(file, lines, contextMark, problemMark);
        if (problem.contains("(TAB)") || problem.contains("tab character")) {
            return tab(file, lines, mark);
        }
        if (dash != null) {
            return dash;
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return colon(file, lines, mark);
        }
        if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
            char c = lineOf(lines, mark).length() > mark.getColumn() ? lineOf(lines, mark).charAt(mark.getColumn())
                    : '?';
            return new YamlSyntax(at(file, mark), "a value cannot begin with '" + c + "': YAML keeps that sign"
                    + " for itself", "put the whole value in quotes, e.g. \"" + c + "...\"");
        }
        if (problem.startsWith("found unexpected end of stream") || problem.startsWith("found unexpected document")) {
            return new YamlSyntax(at(file, contextMark != null ? contextMark : mark), "this quoted value is never"
                    + " closed", "add the closing quote at the end of the value; a quote inside it is written"
                    + " twice in single quotes ('it''s') or as \\\" in double quotes");
        }
        if (problem.startsWith("found unknown escape character")) {
            return new YamlSyntax(at(file, mark), "a backslash in double quotes starts an escape YAML does not"
                    + " know here", "write a backslash as \\\\, or put the value in single quotes instead");
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            boolean list = problem.contains("]");
            return new YamlSyntax(at(file, contextMark != null ? contextMark : mark), "this " + (list
                    ? "list in [ ]" : "mapping in { }") + " is not closed, or two of its items have no comma between"
                    + " them", "close it with " + (list ? "]" : "}") + " on the same line and put a comma between"
                    + " items; quote an item that holds a comma, a colon or a bracket");
        }
        if (problem.contains("sequence entries are not allowed")) {
            return new YamlSyntax(at(file, mark), "a list item ('- ') cannot start here, after a key's value on the"
                    + " same line", "put each item on a line of its own under the key, indented: 'key:' then"
                    + " '  - item'");
        }
        if (problem.startsWith("could not find expected ':'")) {
            Mark keyAt = contextMark != null ? contextMark : mark;
            return new YamlSyntax(at(file, keyAt), "this line is neither 'key: value' nor a list item",
                    "add ': ' after the key; if the line goes on with the text above it, put that text in quotes or"
                            + " write it as a block (key: | and the text indented below)");
        }
        if (problem.contains("'<stream end>'") || String.valueOf(e.getContext()).contains("flow node")) {
            return unclosedBracket(file, lines, mark);
        }
        YamlSyntax quote = textAfterQuote(file, lines, mark);
        if (quote != null) {
            return quote;
        }
        YamlSyntax indent = indentation(file, lines, mark, problem);
        if (indent != null) {
            return indent;
        }
        return new YamlSyntax(at(file, mark), "YAML cannot read the file from here",
                "check this line and the one above it: indent with spaces only, the same amount for keys that"
                        + " belong together, and put text holding ': ' or ' #' in quotes");
    }

    /** A tab where YAML wants spaces: at the start of a line (indentation) or inside it. */
    private static YamlSyntax tab(Path file, List<String> lines, Mark mark) {
        String line = lineOf(lines, mark);
        int column = mark == null ? 0 : Math.min(mark.getColumn(), line.length());
        boolean indenting = line.substring(0, column).isBlank();
        return new YamlSyntax(at(file, mark), indenting ? "this line is indented with a tab; YAML indents with"
                + " spaces only" : "a tab stands here where YAML needs a space",
                indenting ? "replace the tab with spaces (two for each level, lined up with the keys it belongs"
                        + " with), and set your editor to indent with spaces" : "replace the tab with a space");
    }

    /**
     * {@code -item} where a list item was meant: the dash must be followed by a space. SnakeYAML reads {@code -two}
     * as text, then finds it where a list item or key should be.
     */
    private static YamlSyntax missingSpaceAfterDash(Path file, List<String> lines, Mark... marks) {
        for (Mark m : marks) {
            if (m == null) {
                continue;
            }
            String line = lineOf(lines, m);
            int first = firstNonSpace(line);
            if (first >= 0 && first + 1 < line.length() && line.charAt(first) == '-'
                    && " \t-".indexOf(line.charAt(first + 1)) < 0) {
                String item = line.substring(first + 1).strip();
                return new YamlSyntax(new SourcePosition(file, m.getLine() + 1, first + 1),
                        "a list item needs a space after its dash: '-" + clip(item) + "' is read as text, not as"
                                + " an item", "write '- " + clip(item) + "'");
            }
        }
        return null;
    }

    /**
     * ': ' where YAML does not expect a key: inside a value on its key's line (an unquoted colon), or on a line
     * indented deeper than the one above, which YAML then reads as part of that line's value.
     */
    private static YamlSyntax colon(Path file, List<String> lines, Mark mark) {
        String line = lineOf(lines, mark);
        int first = Math.max(0, firstNonSpace(line));
        int colon = mark == null ? -1 : mark.getColumn();
        int keyEnd = line.indexOf(": ", first);
        if (keyEnd < 0 && line.endsWith(":")) {
            keyEnd = line.length() - 1;
        }
        if (colon > 0 && keyEnd >= 0 && keyEnd < colon) {
            String key = line.substring(0, keyEnd);
            String value = line.substring(keyEnd + 1).strip();
            return new YamlSyntax(at(file, mark), "this value holds ': ' (a colon and a space), which YAML reads as"
                    + " the start of another key", "put the whole value in quotes: " + clip(key.strip()) + ": "
                    + quoted(value) + " (or write it as a block: " + clip(key.strip()) + ": | and the text indented"
                    + " on the lines below)");
        }
        int above = previousLine(lines, mark == null ? 0 : mark.getLine());
        if (above >= 0) {
            int indent = first;
            int aboveIndent = Math.max(0, firstNonSpace(lines.get(above)));
            if (indent > aboveIndent) {
                return new YamlSyntax(new SourcePosition(file, mark.getLine() + 1, first + 1), "this line is"
                        + " indented more than line " + (above + 1) + " above it (" + spaces(indent) + " against "
                        + spaces(aboveIndent) + "), so YAML reads it as part of the value on line " + (above + 1),
                        "indent it by " + spaces(aboveIndent) + " if it sits beside line " + (above + 1)
                                + "; a key indented further belongs under a key with nothing after its ':'");
            }
        }
        return new YamlSyntax(at(file, mark), "this ': ' (a colon and a space) is not where a key can be",
                "put the value in quotes, or line the key up with the keys it belongs with");
    }

    /** The file ends (or a line comes) where a value should: most often a [ or { never closed. */
    private static YamlSyntax unclosedBracket(Path file, List<String> lines, Mark mark) {
        for (int i = Math.min(mark == null ? 0 : mark.getLine(), lines.size() - 1); i >= 0; i--) {
            String line = lines.get(i);
            for (char open : new char[] {'[', '{'}) {
                char close = open == '[' ? ']' : '}';
                int at = line.lastIndexOf(open);
                if (at >= 0 && count(line, open) > count(line, close)) {
                    return new YamlSyntax(new SourcePosition(file, i + 1, at + 1), "this " + open + " is never"
                            + " closed", "close it with " + close + " on the same line, or write the items as a list"
                            + " of lines starting '- ' under the key");
                }
            }
        }
        return new YamlSyntax(at(file, mark), "the file ends before its last value is complete",
                "close any [ or { or quote left open, and give the last key a value");
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }

    /** {@code 'it's'}: text straight after a closing quote (placed at the quote that closed too early). */
    private static YamlSyntax textAfterQuote(Path file, List<String> lines, Mark mark) {
        String line = lineOf(lines, mark);
        int column = mark == null ? 0 : mark.getColumn();
        if (column <= 0 || column > line.length() || column <= firstNonSpace(line)) {
            return null;
        }
        char before = line.charAt(column - 1);
        if (before != '\'' && before != '"') {
            return null;
        }
        return new YamlSyntax(new SourcePosition(file, mark.getLine() + 1, column), "text goes on after the"
                + " value's closing quote",
                before == '\'' ? "inside single quotes write an apostrophe twice ('it''s'), or put the value in"
                        + " double quotes" : "inside double quotes write a quote as \\\", or put the value in"
                        + " single quotes");
    }

    /** A line whose indentation matches none of the levels above it. */
    private static YamlSyntax indentation(Path file, List<String> lines, Mark mark, String problem) {
        if (mark == null || mark.getLine() >= lines.size()) {
            return null;
        }
        String line = lines.get(mark.getLine());
        int indent = firstNonSpace(line);
        if (indent < 0 || indent != mark.getColumn()) {
            return null;
        }
        List<Integer> levels = levelsAbove(lines, mark.getLine());
        boolean item = line.charAt(indent) == '-';
        int level = sameLevel(lines, mark.getLine(), indent);
        if (level >= 0 && (lines.get(level).charAt(indent) == '-') != item) {
            return new YamlSyntax(new SourcePosition(file, mark.getLine() + 1, indent + 1), "this line lines up"
                    + " with line " + (level + 1) + ", but one is a list item and the other a key, and a list and"
                    + " keys cannot share one level", "put the list under a key of its own ('key:' and then"
                    + " '  - item' on the lines below), or indent the line under the key it belongs to");
        }
        String message = item && problem.contains("'-'") ? "a list item stands here among keys" + (levels.contains(
                indent) ? "" : " and lines up with none of the lines above")
                : "this line is indented " + spaces(indent) + ", which lines up with none of the lines above it";
        String hint = item && problem.contains("'-'") ? "a key holds a value, more keys or a list, never both: give"
                + " the list a key of its own, or indent the item under the key it belongs to"
                : "indent it like the lines it belongs with: the lines above are indented " + levelsInWords(levels)
                + " (text in a block after '|' is indented at least as far as its first line)";
        return new YamlSyntax(new SourcePosition(file, mark.getLine() + 1, indent + 1), message, hint);
    }

    /** The nearest line above indented exactly {@code indent}, before any shallower one; else -1. */
    private static int sameLevel(List<String> lines, int line, int indent) {
        for (int i = line - 1; i >= 0; i--) {
            int first = firstNonSpace(lines.get(i));
            if (first < 0 || lines.get(i).charAt(first) == '#' || first > indent) {
                continue;
            }
            return first == indent ? i : -1;
        }
        return -1;
    }

    /** The indentation of the lines that enclose a line: the line above, then each shallower one further up. */
    private static List<Integer> levelsAbove(List<String> lines, int line) {
        List<Integer> levels = new ArrayList<>();
        int deepest = Integer.MAX_VALUE;
        for (int i = line - 1; i >= 0; i--) {
            String l = lines.get(i);
            int indent = firstNonSpace(l);
            if (indent < 0 || l.charAt(indent) == '#' || indent >= deepest) {
                continue;
            }
            levels.add(indent);
            deepest = indent;
        }
        return levels;
    }

    private static String levelsInWords(List<Integer> levels) {
        if (levels.isEmpty()) {
            return "0 spaces";
        }
        List<String> words = levels.stream().map(YamlSyntax::spaces).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }

    private static int previousLine(List<String> lines, int line) {
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            int first = firstNonSpace(lines.get(i));
            if (first >= 0 && lines.get(i).charAt(first) != '#') {
                return i;
            }
        }
        return -1;
    }

    /** The value in double quotes, as YAML reads it back. */
    private static String quoted(String value) {
        String v = value.contains(" #") ? value.substring(0, value.indexOf(" #")).strip() : value;
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return clip(v);
        }
        return "\"" + clip(v.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }

    /** Long text shortened for a one-line message. */
    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static int firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ') {
                return i;
            }
        }
        return -1;
    }

    private static String lineOf(List<String> lines, Mark mark) {
        return mark == null || mark.getLine() >= lines.size() ? "" : lines.get(mark.getLine());
    }

    /** The file's lines as SnakeYAML counts them (LF, CRLF or CR). */
    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    private static SourcePosition at(Path file, Mark mark) {
        return YamlFile.at(file, mark);
    }
}
