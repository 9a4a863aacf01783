package org.rapporteur.load.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Answer;
import org.rapporteur.source.Printable;

/**
 * Writes imported cases as a {@code cases/<type>.yaml} file in exactly the form the report loader reads:
 * {@code 2.1.1: { answer: yes, prompts: YYNY-YYYY }} or {@code 2.1.2: no}.
 */
public final class CasesYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/()&'+,-]*");
    private static final Pattern KEY = Pattern.compile("\\d+(?:\\.\\d+){2,}");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null",
            "nan", "inf");

    private CasesYaml() {
    }

    /** The file's text; {@code comment} lines open it (each gets a leading "# "). */
    public static String of(List<CaseSheets.ImportedCase> cases, List<String> comment) {
        StringBuilder b = new StringBuilder();
        for (String line : comment) {
            b.append("# ").append(Printable.line(line)).append('\n'); // a sheet name is the author's text
        }
        b.append("cases:\n");
        for (CaseSheets.ImportedCase c : cases) {
            b.append("  - id: ").append(scalar(c.id())).append('\n');
            b.append("    type: ").append(scalar(c.type())).append('\n');
            if (c.disposal() != null && !c.disposal().isBlank()) {
                b.append("    disposal: ").append(scalar(c.disposal())).append('\n');
            }
            if (c.answers().isEmpty()) {
                continue;
            }
            b.append("    answers:\n");
            for (Map.Entry<String, CaseSheets.Answered> e : c.answers().entrySet()) {
                b.append("      ").append(KEY.matcher(e.getKey()).matches() ? e.getKey() : quoted(e.getKey()))
                        .append(": ");
                CaseSheets.Answered a = e.getValue();
                if (a.prompts().isEmpty()) {
                    b.append(word(a.answer()));
                } else {
                    String prompts = prompts(a.prompts());
                    b.append("{ answer: ").append(word(a.answer())).append(", prompts: ")
                            .append(prompts.startsWith("-") ? quoted(prompts) : prompts).append(" }");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    static String word(Answer a) {
        return switch (a) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    /** Prompt answers as the compact string: Y yes, N no, - not applicable. */
    static String prompts(List<Answer> answers) {
        StringBuilder b = new StringBuilder();
        for (Answer a : answers) {
            b.append(switch (a) {
                case YES -> 'Y';
                case NO -> 'N';
                case NOT_APPLICABLE -> '-';
            });
        }
        return b.toString();
    }

    /** Plain when that is unambiguous text, else double-quoted with escapes. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return quoted(text);
    }

    static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF
                            || cp == 0x2028 || cp == 0x2029) {
                        b.append(String.format("\\u%04X", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
