package org.rapporteur.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.framework.Standard;
import org.rapporteur.rate.KeyQuestionResult;
import org.rapporteur.rate.PromptResult;
import org.rapporteur.rate.Ratings;
import org.rapporteur.rate.StandardRating;
import org.rapporteur.rate.Tally;
import org.rapporteur.text.Words;

/**
 * Percentages and counts of cases written in a rated section (a standard's narrative, strengths and areas for
 * improvement; a domain's findings) agree with that section's case figures: "99 per cent" must be the percentage of
 * one of its key questions or prompts ("over 80 per cent" one above it), and "eight of the 16 cases" must be the
 * 'yes' or 'no' count of a question that applied to 16 cases (or a part of a count the figures hold, as in "five of
 * the six cases that fell short"). A section whose standards are judged without case figures is not checked.
 */
final class CaseFigureClaims {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUMBER = "(" + Words.NUMBER_PATTERN + ")";
    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.])" + NUMBER + "(\\.\\d+)?\\s*(?:%|per\\s*cent\\b"
            + "|percent\\b)", FLAGS);
    private static final Pattern COMPARED = Pattern.compile("\\b(more than|over|above|exceeding|at least|less than"
            + "|fewer than|under|below|almost|nearly|around|about|approximately|roughly|some)\\s+$", FLAGS);
    private static final Pattern COUNT = Pattern.compile("(?<![\\w.])" + NUMBER + "\\s+(?:out\\s+)?of\\s+(?:the\\s+"
            + "|these\\s+|those\\s+|all\\s+)?" + NUMBER + "(?![\\w%]|\\.\\d)(?!\\s*per\\s*cent)(?:\\s+([\\p{L}-]+)"
            + "(?:\\s+([\\p{L}-]+))?)?", FLAGS);
    /** Words after "eight of the 16" that make it a count of cases (or leave it one). */
    private static final Set<String> CASE_WORDS = Set.of("cases", "case", "children", "child", "young", "disposals",
            "orders", "court", "out-of-court", "resettlement", "inspected", "we", "where", "which", "that", "in",
            "had", "did", "were", "was", "they", "with", "whose", "who", "sampled", "assessed", "reviewed");
    private static final Pattern EVERY = Pattern.compile("\\b(?:every|each|any)\\s+$", FLAGS);
    private static final Set<String> NOT_CASES_AFTER_CASE = Set.of("manager", "managers", "worker", "workers",
            "holder", "holders", "notes", "records", "file", "files");

    private final Ratings ratings;
    private final Disagreements out;

    private CaseFigureClaims(Ratings ratings, Disagreements out) {
        this.ratings = ratings;
        this.out = out;
    }

    /** One figure a section may quote: a key question's or a prompt's, with its tally (null when published). */
    private record Figure(String id, int percent, Tally tally) {
        boolean keyQuestion() {
            return id.matches("[\\d.]+");
        }

        String form(String aspect) {
            return "{{" + id + (aspect.isEmpty() ? "" : " " + aspect) + "}}";
        }
    }

    static void check(Ratings ratings, List<ScopedProse> prose, Disagreements out) {
        CaseFigureClaims claims = new CaseFigureClaims(ratings, out);
        for (ScopedProse p : prose) {
            List<Standard> standards = switch (p.scope()) {
                case STANDARD -> List.of(p.standard());
                case DOMAIN -> p.domain().standards();
                default -> List.of();
            };
            List<Figure> figures = claims.figures(standards);
            if (!figures.isEmpty()) {
                ClaimText t = new ClaimText(p.prose());
                claims.percentages(t, figures, standards);
                claims.counts(t, figures, standards);
            }
        }
    }

    private List<Figure> figures(List<Standard> standards) {
        List<Figure> all = new ArrayList<>();
        for (Standard s : standards) {
            for (KeyQuestionResult k : ratings.standard(s.id()).map(StandardRating::keyQuestions).orElse(List.of())) {
                if (k.rated()) {
                    all.add(new Figure(k.id(), k.percent(), k.published() ? null : k.tally()));
                }
                for (PromptResult pr : k.prompts()) {
                    if (pr.percent() != null) {
                        all.add(new Figure(k.id() + pr.prompt().letter(), pr.percent(), pr.tally()));
                    }
                }
            }
        }
        return all;
    }

    private void percentages(ClaimText t, List<Figure> figures, List<Standard> standards) {
        Matcher m = PERCENT.matcher(t.text());
        while (m.find()) {
            int said = Words.parse(m.group(1)).orElse(-1);
            if (said < 0) {
                continue;
            }
            Matcher cmp = COMPARED.matcher(t.text().substring(Math.max(0, m.start() - 30), m.start()));
            String compared = cmp.find() ? cmp.group(1).toLowerCase(Locale.ROOT) : "";
            boolean exact = m.group(2) == null || m.group(2).matches("\\.0+");
            if (figures.stream().anyMatch(f -> agrees(compared, exact, said, f.percent()))) {
                continue;
            }
            Figure nearest = figures.stream().min(Comparator.comparing((Figure f) -> !f.keyQuestion())
                    .thenComparingInt(f -> Math.abs(f.percent() - said))).get();
            String written = (compared.isEmpty() ? "" : compared + " ") + m.group().trim();
            out.report(t, m.start(), "the prose says " + written + " but no key question or prompt of "
                    + names(standards) + " is " + written
                    + " (" + list(figures) + ")", "write the figure meant, e.g. " + nearest.form("") + " ("
                    + nearest.percent() + " per cent), which is always right; or {{literal " + m.group().trim()
                    + "}} if the figure is not from the case sample");
        }
    }

    private static boolean agrees(String compared, boolean exact, int said, int figure) {
        return switch (compared) {
            case "more than", "over", "above", "exceeding" -> figure > said;
            case "at least" -> figure >= said;
            case "less than", "fewer than", "under", "below" -> figure < said;
            case "almost", "nearly" -> figure < said && figure >= said - 5;
            case "around", "about", "approximately", "roughly", "some" -> Math.abs(figure - said) <= 3;
            default -> exact && figure == said;
        };
    }

    private void counts(ClaimText t, List<Figure> figures, List<Standard> standards) {
        if (figures.stream().allMatch(f -> f.tally() == null)) {
            return; // published percentages only: no counts to agree with
        }
        Matcher m = COUNT.matcher(t.text());
        while (m.find()) {
            if (EVERY.matcher(t.text().substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            int part = Words.parse(m.group(1)).orElse(-1);
            int whole = Words.parse(m.group(2)).orElse(-1);
            String noun = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            String nextNoun = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            boolean ofCases = noun.isEmpty() ? whole != ratings.maxScore() : CASE_WORDS.contains(noun)
                    && !(noun.startsWith("case") && NOT_CASES_AFTER_CASE.contains(nextNoun));
            if (part < 0 || whole <= 0 || !ofCases || countAgrees(part, whole, figures)) {
                continue;
            }
            String said = m.group(1) + " of " + (m.group().contains(" the ") ? "the " : "") + m.group(2)
                    + (Set.of("cases", "children").contains(noun) ? " " + noun : "");
            List<Figure> over = figures.stream().filter(f -> f.tally() != null && f.tally().applicable() == whole)
                    .toList();
            Figure nearest = (over.isEmpty() ? figures.stream().filter(f -> f.tally() != null).toList() : over)
                    .stream().min(Comparator.comparing((Figure f) -> !f.keyQuestion()).thenComparingInt(f -> Math.abs(
                            f.tally().yes() - part) + Math.abs(f.tally().applicable() - whole))).orElse(null);
            String hint = (nearest == null ? "write the figure as {{" + figures.get(0).id() + "}}"
                    : "write the count meant, e.g. " + nearest.form("cases") + " (" + Words.number(nearest.tally()
                            .yes()) + " of the " + nearest.tally().applicable() + " cases)") + ", which is always "
                    + "right; or {{literal " + said + "}} if the count is not from the case sample";
            out.report(t, m.start(), "the prose says " + said + (over.isEmpty() ? " but no key question or prompt"
                    + " of " + names(standards) + " counts " + whole + " cases"
                    : " but the key questions and prompts of " + names(standards) + " that applied to " + whole
                            + " cases found " + counts(over)), hint);
        }
    }

    /** The pair is a yes, no or not-applicable count of some figure's cases, or a part of one of its counts. */
    private static boolean countAgrees(int part, int whole, List<Figure> figures) {
        boolean isWhole = false;
        for (Figure f : figures) {
            Tally t = f.tally();
            if (t == null) {
                continue;
            }
            int all = t.applicable() + t.notApplicable();
            if (whole == t.applicable()) {
                isWhole = true;
                if (part == t.yes() || part == t.no()) {
                    return true;
                }
            }
            if (whole == all) {
                isWhole = true;
                if (part == t.yes() || part == t.no() || part == t.notApplicable() || part == t.applicable()) {
                    return true;
                }
            }
        }
        if (isWhole) {
            return false;
        }
        return part <= whole && figures.stream().map(Figure::tally).filter(java.util.Objects::nonNull)
                .anyMatch(t -> whole == t.yes() || whole == t.no() || whole == t.notApplicable());
    }

    private static String names(List<Standard> standards) {
        return standards.size() == 1 ? "standard " + standards.get(0).id()
                : "standards " + String.join(", ", standards.stream().map(Standard::id).toList());
    }

    private static String list(List<Figure> figures) {
        List<String> shown = figures.stream().filter(f -> f.keyQuestion()).map(f -> f.id() + ": "
                + f.percent() + "%").toList();
        return String.join(", ", shown.isEmpty() ? figures.stream().map(f -> f.id() + ": " + f.percent() + "%")
                .toList() : shown);
    }

    private static String counts(List<Figure> over) {
        List<String> shown = over.stream().filter(f -> f.keyQuestion())
                .map(f -> f.id() + " " + f.tally().yes()).toList();
        return String.join(", ", shown.isEmpty() ? over.stream().map(f -> f.id() + " " + f.tally().yes()).toList()
                : shown) + " ('yes')";
    }
}
