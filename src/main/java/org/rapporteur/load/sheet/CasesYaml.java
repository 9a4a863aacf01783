package org.rapporteur.load.sheet;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rapporteur.model.Answer;
import org.rapporteur.source.Printable;
import org.rapporteur.source.YamlText;

/**
 * Writes imported cases as a {@code cases/<type>.yaml} file in exactly the form the report loader reads:
 * {@code 2.1.1: { answer: yes, prompts: YYNY-YYYY }} or {@code 2.1.2: no}.
 */
public final class CasesYaml {

    private static final Pattern KEY = Pattern.compile("\\d+(?:\\.\\d+){2,}");

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
            b.append("  - id: ").append(YamlText.scalar(c.id())).append('\n');
            b.append("    type: ").append(YamlText.scalar(c.type())).append('\n');
            if (c.disposal() != null && !c.disposal().isBlank()) {
                b.append("    disposal: ").append(YamlText.scalar(c.disposal())).append('\n');
            }
            if (c.answers().isEmpty()) {
                continue;
            }
            b.append("    answers:\n");
            for (Map.Entry<String, CaseSheets.Answered> e : c.answers().entrySet()) {
                String key = e.getKey();
                b.append("      ").append(KEY.matcher(key).matches() ? key : YamlText.quoted(key)).append(": ");
                CaseSheets.Answered a = e.getValue();
                if (a.prompts().isEmpty()) {
                    b.append(word(a.answer()));
                } else {
                    String prompts = prompts(a.prompts());
                    b.append("{ answer: ").append(word(a.answer())).append(", prompts: ")
                            .append(prompts.startsWith("-") ? YamlText.quoted(prompts) : prompts).append(" }");
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
}
