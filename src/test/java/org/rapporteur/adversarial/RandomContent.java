package org.rapporteur.adversarial;

import java.util.List;
import java.util.Random;

/**
 * Random report content with structure: YAML documents made of the report's own keys (and misspellings of them),
 * every YAML style (plain, quoted, block, flow, anchors, tags, comments, tabs), and Markdown prose made of the
 * constructs authors and attackers use (lists, quotes, emphasis, links, images, tables, figures, raw HTML,
 * entities, nesting) with awkward Unicode mixed in. The same seed always gives the same content.
 */
final class RandomContent {

    static final List<String> KEYS = List.of("foreword", "background", "methodology", "diversity", "involvement",
            "glossary", "recommendations", "contextualFacts", "sections", "involvementQuotes", "isbn", "interviews",
            "sampleWindow", "lints", "forword", "standards", "cases", "service", "published", "overallFindings");
    static final List<String> STANDARD_KEYS = List.of("rating", "narrative", "strengths", "areasForImprovement",
            "practiceExamples", "quotes", "discretion", "figures", "strenghts");
    static final List<String> WORDS = List.of("the", "service", "child", "Good", "Outstanding", "Requires improvement",
            "case", "plan", "risk", "{{score}}", "{{2.1.1}}", "{{1.1}}", "{{", "}}", "TODO", "99%", "8 of 16",
            "café", "naïve", "Ærø", "Łódź", "日本語", "مرحبا", "שלום", "हिन्दी", "😀", "👩‍👩‍👧", "e\u0301", "\u200b",
            "\u202e", "&amp;", "&#xD800;", "&#0;", "&lt;b&gt;", "<b>", "</p>", "<script>", "${x}", "<#if>", "\\",
            "\"", "'", ":", "#", "- ", "* ", "> ", "|", "`", "~~~", "[", "]", "(", ")", "!", "_", "*");
    static final List<String> SCALARS = List.of("yes", "no", "~", "null", "true", "2026-01", "2025-10-06", "1e9",
            "-1", "0x1F", "Good", "n/a", "Y", "YNY-", "101", ".inf", "1.1", "2.1.1", "[]", "{}");

    private final Random random;

    RandomContent(long seed) {
        this.random = new Random(seed);
    }

    /** A YAML file of report content: a mapping of (mostly) report keys. */
    String reportFile() {
        StringBuilder b = new StringBuilder();
        if (chance(5)) {
            b.append('\uFEFF');
        }
        if (chance(10)) {
            b.append("# a comment\n");
        }
        int keys = 1 + random.nextInt(4);
        for (int i = 0; i < keys; i++) {
            b.append(pick(KEYS)).append(':');
            value(b, 1, 0);
        }
        return b.toString();
    }

    /** A YAML file for one standard. */
    String standardFile() {
        StringBuilder b = new StringBuilder();
        int keys = 1 + random.nextInt(3);
        for (int i = 0; i < keys; i++) {
            b.append(pick(STANDARD_KEYS)).append(':');
            value(b, 1, 0);
        }
        return b.toString();
    }

    /** A YAML file holding only prose sections, each a block of {@link #prose(boolean)} that could be published. */
    String proseFile() {
        StringBuilder b = new StringBuilder();
        for (String key : List.of("background", "methodology", "diversity")) {
            if (chance(2)) {
                b.append(key).append(": |\n");
                for (String line : prose(false).split("\n", -1)) {
                    b.append("  ").append(line).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** Markdown as an author (or an attacker) might write it. */
    String prose() {
        return prose(true);
    }

    /** Markdown; without {@code hostile}, no links or pictures that would be refused. */
    String prose(boolean hostile) {
        StringBuilder b = new StringBuilder();
        int blocks = 1 + random.nextInt(4);
        for (int i = 0; i < blocks; i++) {
            int construct = random.nextInt(9);
            if (!hostile && (construct == 4 || construct == 5)) {
                construct = 8;
            }
            switch (construct) {
                case 0 -> b.append("- ").append(sentence()).append("\n- ").append(sentence()).append('\n');
                case 1 -> b.append("> ".repeat(1 + random.nextInt(chance(10) ? 3000 : 4))).append(sentence()).append('\n');
                case 2 -> b.append("- ".repeat(1 + random.nextInt(chance(10) ? 2000 : 4))).append(sentence()).append('\n');
                case 3 -> b.append("| a | b |\n|---|---|\n| ").append(word()).append(" | ").append(word())
                        .append(" |\n");
                case 4 -> b.append('[').append(word()).append("](").append(pick(List.of("https://example.org/x",
                        "javascript:alert(1)", "mailto:a@example.org", "#anchor", "../x", "data:text/html,x",
                        "file:///etc/passwd", "http://127.0.0.1:9/"))).append(")\n");
                case 5 -> b.append("![").append(chance(3) ? "" : word()).append("](").append(pick(List.of("map.png",
                        "../../etc/passwd.png", "x.svg", "/etc/x.jpg", "https://example.org/a.png", "a b.png")))
                        .append(")\n");
                case 6 -> b.append("*".repeat(1 + random.nextInt(chance(10) ? 3000 : 3))).append(word())
                        .append("*".repeat(1 + random.nextInt(3))).append('\n');
                case 7 -> b.append("1. ").append(sentence()).append("\n   1. ").append(sentence()).append('\n');
                default -> b.append(sentence()).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private void value(StringBuilder b, int depth, int indent) {
        int kind = depth > 6 ? random.nextInt(4) : random.nextInt(9);
        String pad = "  ".repeat(indent + 1);
        switch (kind) {
            case 0 -> b.append(' ').append(pick(SCALARS)).append('\n');
            case 1 -> b.append(" \"").append(escapedForDoubleQuotes(sentence())).append("\"\n");
            case 2 -> b.append(" '").append(sentence().replace("'", "''")).append("'\n");
            case 3 -> {
                b.append(chance(2) ? " |\n" : " >\n");
                for (String line : prose().split("\n", -1)) {
                    b.append(pad).append(line).append('\n');
                }
            }
            case 4 -> {
                b.append('\n');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(pad).append('-');
                    value(b, depth + 1, indent + 1);
                }
            }
            case 5 -> {
                b.append('\n');
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    b.append(pad).append(chance(3) ? word().replace(":", "") : pick(List.of("to", "items", "title",
                            "text", "term", "definition", "rows", "columns", "rating", "1.1", "2.1"))).append(':');
                    value(b, depth + 1, indent + 1);
                }
            }
            case 6 -> b.append(" [").append(pick(SCALARS)).append(", ").append(chance(2) ? "[" + pick(SCALARS) + "]"
                    : "{a: " + pick(SCALARS) + "}").append("]\n");
            case 7 -> b.append(pick(List.of(" &a x\n", " *a\n", " !!binary aGk=\n", " !custom x\n",
                    " \tx\n", " [" + "[".repeat(random.nextInt(80)) + "\n", " \"unclosed\n", " {a: 1, a: 2}\n")));
            default -> b.append(' ').append(plainSafe(sentence())).append('\n');
        }
    }

    private String sentence() {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(word());
        }
        return b.toString();
    }

    private String word() {
        return chance(3) ? pick(WORDS) : Long.toString(random.nextLong() & 0xffffff, 36);
    }

    private static String escapedForDoubleQuotes(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String plainSafe(String s) {
        return s.replaceAll("[\\[\\]{}#&*!|>'\"%@`:,-]", " ").strip().isEmpty() ? "x"
                : s.replaceAll("[\\[\\]{}#&*!|>'\"%@`:,-]", " ").strip();
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
