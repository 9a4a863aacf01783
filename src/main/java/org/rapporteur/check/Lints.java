package org.rapporteur.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.framework.Framework;
import org.rapporteur.model.Prose;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostic;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Severity;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.Suggestions;

/**
 * House-style lints over every piece of prose. Each has a rule id and is a warning unless a report's
 * {@code lints:} sets it to error or off.
 */
public final class Lints {

    /** A lint rule: its id, what it looks for, and its default level. */
    public enum Rule {
        PER_CENT("per-cent", "'%' in prose instead of 'per cent'"),
        SMALL_NUMBERS("small-numbers", "numbers under ten written as figures in prose"),
        CHILD_FIRST("child-first", "labelling language such as 'offender' for a child"),
        US_SPELLING("us-spelling", "US spellings"),
        RATING_STYLE("rating-style", "ratings not in single quotes and sentence case");

        final String id;
        final String description;

        Rule(String id, String description) {
            this.id = id;
            this.description = description;
        }

        public String id() {
            return id;
        }

        public String description() {
            return description;
        }
    }

    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?\\s?%");
    private static final Pattern SMALL = Pattern.compile(
            "(?<![\\w.,/:£$%#-])([1-9])(?![\\w.,/:%°-])(?!\\s?(?:per cent|%|am|pm|st|nd|rd|th)\\b)");
    private static final Pattern SMALL_EXEMPT_BEFORE = Pattern.compile(
            "(?i)(section|outcome|standard|question|level|year|page|tier|stage|annexe|annex|chapter|table|"
                    + "recommendation|phase|part|grade|key|of)\\s$");
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s+(?:(?:to|and|-|–)\\s+\\d{1,2}\\s+)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern CHILD_LABELS = Pattern.compile("\\b(young offenders?|offenders?|juvenile"
            + " delinquents?|juveniles?|perpetrators?)\\b");
    private static final Map<String, String> US = usSpellings();
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    private final Report report;
    private final Framework framework;
    private final Diagnostics diagnostics;
    private final Map<String, String> levels;
    private final java.util.Optional<RatingWording> ratingWords;

    private Lints(Framework framework, Report report, Diagnostics diagnostics) {
        this.framework = framework;
        this.report = report;
        this.diagnostics = diagnostics;
        this.levels = report.metadata().lints();
        this.ratingWords = RatingWording.of(framework);
    }

    public static void run(Framework framework, Report report, Diagnostics diagnostics) {
        Lints lints = new Lints(framework, report, diagnostics);
        if (!lints.settingsAreValid()) {
            return;
        }
        for (Prose p : report.allProse()) {
            lints.lint(p);
        }
    }

    public static List<Rule> rules() {
        return Arrays.asList(Rule.values());
    }

    private boolean settingsAreValid() {
        List<String> ids = rules().stream().map(Rule::id).toList();
        boolean ok = true;
        for (String id : levels.keySet()) {
            if (!ids.contains(id)) {
                String hint = Suggestions.didYouMean(id, ids);
                diagnostics.error(report.metadata().lintsAt().get(id), "unknown lint '" + id + "'",
                        hint != null ? hint : "lints are " + String.join(", ", ids));
                ok = false;
            }
        }
        return ok;
    }

    private void lint(Prose p) {
        String text = withoutLinksAndReferences(p.markdown());
        String sentences = withoutTableRows(text); // figures and '%' belong in tables
        find(p, sentences, Rule.PER_CENT, PERCENT, m -> "'%' in prose", "write 'per cent' ('%' belongs in tables)");
        Matcher small = SMALL.matcher(sentences);
        while (small.find()) {
            String before = text.substring(Math.max(0, small.start() - 16), small.start());
            String after = text.substring(small.end(), Math.min(text.length(), small.end() + 24));
            if (!SMALL_EXEMPT_BEFORE.matcher(before).find() && !lineStartsList(text, small.start())
                    && !DATE_AFTER.matcher(after).find()) {
                int n = Integer.parseInt(small.group(1));
                report(p, Rule.SMALL_NUMBERS, small.start(), "'" + n + "' in figures",
                        "write numbers under ten in words: '" + org.rapporteur.text.Words.number(n) + "'");
            }
        }
        if ("child".equals(framework.childTerm())) {
            find(p, text, Rule.CHILD_FIRST, CHILD_LABELS, m -> "'" + m.group(1) + "' labels a child",
                    "use child-first language: 'child' or 'children', or describe what they did");
        }
        Matcher us = WORD.matcher(text);
        while (us.find()) {
            String word = us.group();
            String uk = US.get(word.toLowerCase(Locale.ROOT));
            if (uk == null) {
                continue;
            }
            report(p, Rule.US_SPELLING, us.start(), "US spelling '" + word + "'",
                    "write '" + matchCase(word, uk) + "'");
        }
        ratingWords.ifPresent(words -> lintRatings(p, text, words));
    }

    private void lintRatings(Prose p, String text, RatingWording words) {
        words.titleCased().ifPresent(caps -> find(p, text, Rule.RATING_STYLE, caps,
                m -> "'" + m.group() + "' is not in sentence case", m -> "write " + words.canonical(m.group())));
        find(p, text, Rule.RATING_STYLE, words.ratedUnquoted(), m -> "the rating '" + m.group(1)
                + "' is not in single quotes", m -> "write " + words.canonical(m.group(1)));
        Matcher quoted = words.quoted().matcher(text);
        while (quoted.find()) {
            String canonical = words.canonical(quoted.group(1));
            if (!quoted.group().equals(canonical)) {
                report(p, Rule.RATING_STYLE, quoted.start(), "the rating " + quoted.group() + " is not in sentence case",
                        "write " + canonical);
            }
        }
    }

    private interface Message {
        String of(Matcher m);
    }

    private void find(Prose p, String text, Rule rule, Pattern pattern, Message message, String hint) {
        find(p, text, rule, pattern, message, m -> hint);
    }

    private void find(Prose p, String text, Rule rule, Pattern pattern, Message message, Message hint) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            report(p, rule, m.start(), message.of(m), hint.of(m));
        }
    }

    private void report(Prose p, Rule rule, int offset, String message, String hint) {
        String level = levels.getOrDefault(rule.id(), "warning");
        if (level.equals("off")) {
            return;
        }
        SourcePosition at = p.positionAt(offset);
        diagnostics.add(new Diagnostic(level.equals("error") ? Severity.ERROR : Severity.WARNING, at, message, hint,
                rule.id()));
    }

    private static boolean lineStartsList(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(lineStart, at).isBlank() && at + 1 < text.length() && text.charAt(at + 1) == '.';
    }

    /** Blanks out link targets, {{figure}} references and note marks (keeping offsets) so they are not linted. */
    static String withoutLinksAndReferences(String md) {
        StringBuilder b = new StringBuilder(md);
        Matcher links = Pattern.compile("\\]\\(([^)]*)\\)|<https?://[^>]*>|\\{\\{[^}]*}}|\\[\\^[^\\]\\s]*\\]")
                .matcher(md);
        while (links.find()) {
            for (int i = links.start(); i < links.end(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    /** Blanks out the lines of pipe tables (any line with a '|'), keeping offsets. */
    private static String withoutTableRows(String text) {
        return Pattern.compile("(?m)^[^\\n]*\\|[^\\n]*$").matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    private static String matchCase(String original, String replacement) {
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    private static Map<String, String> usSpellings() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] pairs = {
            {"organization", "organisation"}, {"organizations", "organisations"}, {"organize", "organise"},
            {"organized", "organised"}, {"behavior", "behaviour"}, {"behaviors", "behaviours"},
            {"behavioral", "behavioural"}, {"center", "centre"}, {"centers", "centres"}, {"color", "colour"},
            {"analyze", "analyse"}, {"analyzed", "analysed"}, {"analyzing", "analysing"},
            {"prioritize", "prioritise"}, {"prioritized", "prioritised"}, {"recognize", "recognise"},
            {"recognized", "recognised"}, {"emphasize", "emphasise"}, {"minimize", "minimise"},
            {"summarize", "summarise"}, {"specialized", "specialised"}, {"realize", "realise"},
            {"favor", "favour"}, {"favorable", "favourable"}, {"honor", "honour"}, {"labor", "labour"},
            {"neighbor", "neighbour"}, {"neighborhood", "neighbourhood"}, {"neighborhoods", "neighbourhoods"},
            {"defense", "defence"}, {"offense", "offence"}, {"offenses", "offences"},
            {"counseling", "counselling"}, {"counselor", "counsellor"}, {"traveled", "travelled"},
            {"traveling", "travelling"}, {"modeling", "modelling"}, {"enrollment", "enrolment"},
            {"fulfill", "fulfil"}, {"program", "programme"}, {"programs", "programmes"},
            {"catalog", "catalogue"}, {"dialog", "dialogue"}, {"pediatric", "paediatric"},
            {"mom", "mum"}, {"license", "licence"}, {"practicing", "practising"}, {"judgment", "judgement"},
            {"aging", "ageing"}, {"acknowledgment", "acknowledgement"}, {"toward", "towards"},
        };
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return m;
    }

    static List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        rules().forEach(r -> ids.add(r.id()));
        return ids;
    }
}
