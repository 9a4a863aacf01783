package org.rapporteur.check;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.model.CouncilPack;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostic;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Severity;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.SourceText;

/**
 * Every character an author wrote, in every value of every file (prose, names, titles, table cells, glossary terms,
 * quotes, metadata, pack fields), checked against what can be published, each problem located at the character:
 *
 * <ul>
 *   <li>always errors, in every value: control characters other than tab and line breaks, unpaired surrogates and
 *       noncharacters. None can be printed or read; XML (and so the Word and HTML files) forbids most of them.</li>
 *   <li>warnings in a draft, errors in a final build, in every printed value: a character no font of the PDF has
 *       (once per user-perceived character, so an emoji sequence whose joiners and variation selectors no font
 *       draws is not reported when its pictures are there); a private-use character no font maps; an unassigned
 *       code point; a bidirectional embedding, override or isolate control in a name, title or other short value,
 *       and an embedding or override in prose (isolates are the proper way to set a phrase apart in prose), since
 *       they can make text display differently from how it is stored; text in a script the PDF prints without the
 *       shaping it needs (Indic and other South and South-East Asian scripts).</li>
 * </ul>
 *
 * At most {@value #MAX_LISTED} problems of each kind are listed per report, then how many more there are.
 */
public final class CharacterCheck {

    /** Which characters the PDF can show (some font has a glyph for it). */
    @FunctionalInterface
    public interface Glyphs {
        boolean has(int codePoint);
    }

    /** Keys whose values are never printed: case ids, the framework id, a pack's kind and report folder. */
    static final Set<String> UNPRINTED = Set.of("id", "framework", "pack", "report");

    static final int MAX_LISTED = 100;

    private static final String FONTS_HINT = "install the fallback fonts (see docs/fonts.md), name a house-style font"
            + " that has it, or write it another way";

    /** Scripts whose letters PDFBox draws one by one, without the reordering and conjuncts they need. */
    private static final Set<Integer> NEEDS_SHAPING = Set.of(UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI,
            UScript.GUJARATI, UScript.ORIYA, UScript.TAMIL, UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM,
            UScript.SINHALA, UScript.MYANMAR, UScript.KHMER, UScript.TIBETAN, UScript.SYRIAC, UScript.NKO,
            UScript.MONGOLIAN, UScript.JAVANESE, UScript.BALINESE, UScript.SUNDANESE, UScript.LANNA,
            UScript.CHAKMA, UScript.LEPCHA, UScript.LIMBU, UScript.BUGINESE, UScript.THAANA);

    private enum Kind { CONTROL, SURROGATE, NONCHARACTER, MISSING, PRIVATE_USE, UNASSIGNED, BIDI, NO_SHAPING }

    private final Glyphs glyphs;
    private final boolean publishing;
    private final Diagnostics diagnostics;
    private final Set<SourcePosition> prose;
    private final SourceLocator locator = new SourceLocator();
    private final Map<Kind, Integer> listed = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> unlisted = new EnumMap<>(Kind.class);
    private final Map<Kind, SourcePosition> lastUnlisted = new EnumMap<>(Kind.class);

    private CharacterCheck(Glyphs glyphs, boolean publishing, Set<SourcePosition> prose, Diagnostics diagnostics) {
        this.glyphs = glyphs;
        this.publishing = publishing;
        this.prose = prose;
        this.diagnostics = diagnostics;
    }

    /**
     * Checks the report's texts, and the pack's when there is one. {@code publishing} (a final build) turns the
     * warnings into errors.
     */
    public static void check(Report report, Optional<CouncilPack> pack, Glyphs glyphs, boolean publishing,
                             Diagnostics diagnostics) {
        Set<SourcePosition> prose = new HashSet<>();
        report.allProse().forEach(p -> prose.add(p.at()));
        pack.ifPresent(p -> p.allProse().forEach(x -> prose.add(x.at())));
        CharacterCheck check = new CharacterCheck(glyphs, publishing, prose, diagnostics);
        List<SourceText> texts = new ArrayList<>(report.texts());
        pack.ifPresent(p -> texts.addAll(p.texts()));
        texts.forEach(check::check);
        check.summarise();
    }

    private void check(SourceText t) {
        String s = t.text();
        if (plain(s)) {
            return;
        }
        boolean printed = t.isKey() || !UNPRINTED.contains(t.key());
        boolean isProse = !t.isKey() && (prose.contains(t.at()) || "text".equals(t.key()));
        Map<Kind, Finding> found = new EnumMap<>(Kind.class);
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(s);
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
             start = end, end = clusters.next()) {
            List<Integer> missing = new ArrayList<>();
            for (int i = start; i < end; ) {
                int cp = s.codePointAt(i);
                Kind kind = problem(cp, printed, isProse);
                if (kind == Kind.MISSING) {
                    missing.add(cp);
                } else if (kind != null) {
                    note(found, kind, t, i, List.of(cp));
                }
                i += Character.charCount(cp);
            }
            if (!missing.isEmpty()) {
                note(found, Kind.MISSING, t, start, missing);
            }
        }
        found.values().forEach(this::report);
    }

    /** Nothing to look at: printable ASCII, tabs and line breaks (most values). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c > 0x7E) && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private Kind problem(int cp, boolean printed, boolean isProse) {
        if (cp == '\n' || cp == '\t' || cp == '\r') {
            return null;
        }
        int type = UCharacter.getType(cp);
        if (type == UCharacter.CONTROL) {
            return Kind.CONTROL;
        }
        if (type == UCharacter.SURROGATE) {
            return Kind.SURROGATE;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.NONCHARACTER_CODE_POINT)) {
            return Kind.NONCHARACTER;
        }
        if (!printed) {
            return null;
        }
        if (isBidiControl(cp)) {
            return !isProse || cp <= 0x202E ? Kind.BIDI : null;
        }
        if (type == UCharacter.PRIVATE_USE) {
            return glyphs.has(cp) ? null : Kind.PRIVATE_USE;
        }
        if (type == UCharacter.UNASSIGNED) {
            return Kind.UNASSIGNED;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return null; // joiners, variation selectors, invisible marks: drawn as nothing either way
        }
        if (!glyphs.has(cp)) {
            return Kind.MISSING;
        }
        return NEEDS_SHAPING.contains(UScript.getScript(cp)) ? Kind.NO_SHAPING : null;
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** The first problem of a kind in a value, with where, and how many more the value has. */
    private static final class Finding {
        final Kind kind;
        final SourceText text;
        final int offset;
        final List<Integer> codePoints;
        final Set<Integer> scripts = new HashSet<>();
        int more;

        Finding(Kind kind, SourceText text, int offset, List<Integer> codePoints) {
            this.kind = kind;
            this.text = text;
            this.offset = offset;
            this.codePoints = codePoints;
        }
    }

    private static void note(Map<Kind, Finding> found, Kind kind, SourceText t, int offset, List<Integer> cps) {
        Finding f = found.get(kind);
        if (f == null) {
            f = new Finding(kind, t, offset, cps);
            found.put(kind, f);
        } else {
            f.more++;
        }
        if (kind == Kind.NO_SHAPING) {
            f.scripts.add(UScript.getScript(cps.get(0)));
        }
    }

    private void report(Finding f) {
        SourcePosition at = locator.positionOf(f.text, f.offset);
        if (listed.getOrDefault(f.kind, 0) >= MAX_LISTED) {
            unlisted.merge(f.kind, 1, Integer::sum);
            lastUnlisted.put(f.kind, at);
            return;
        }
        listed.merge(f.kind, 1, Integer::sum);
        Severity severity = switch (f.kind) {
            case CONTROL, SURROGATE, NONCHARACTER -> Severity.ERROR;
            default -> publishing ? Severity.ERROR : Severity.WARNING;
        };
        diagnostics.add(new Diagnostic(severity, at, message(f), hint(f), null));
    }

    private void summarise() {
        unlisted.forEach((kind, count) -> diagnostics.add(new Diagnostic(
                publishing || kind == Kind.CONTROL || kind == Kind.SURROGATE || kind == Kind.NONCHARACTER
                        ? Severity.ERROR : Severity.WARNING,
                lastUnlisted.get(kind), count + " more texts have the same problem as the " + MAX_LISTED
                        + " listed (" + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                "fix the ones listed and check again", null)));
    }

    private static String message(Finding f) {
        int cp = f.codePoints.get(0);
        String more = f.more == 0 ? "" : "; " + f.more + " more in this text";
        return switch (f.kind) {
            case CONTROL -> "control character " + describe(cp) + " in the text: it prints as nothing" + more;
            case SURROGATE -> "a broken character: " + hex(cp) + " is half of a surrogate pair" + more;
            case NONCHARACTER -> hex(cp) + " is a Unicode noncharacter, not for use in text" + more;
            case MISSING -> (f.codePoints.size() == 1 ? describe(cp) : sequence(f.codePoints))
                    + " cannot be printed: no font of the PDF has it, so '#' or nothing would stand in its place"
                    + more;
            case PRIVATE_USE -> "private-use character " + hex(cp) + " has no agreed meaning and no font shows it,"
                    + " so it would be left out of the PDF" + more;
            case UNASSIGNED -> hex(cp) + " is not an assigned Unicode character, so nothing can print it" + more;
            case BIDI -> describe(cp) + " can make the text display in a different order from how it is stored"
                    + " (possible spoofing)" + more;
            case NO_SHAPING -> scriptNames(f.scripts) + " text (" + describe(cp) + ") cannot be set correctly in the"
                    + " PDF: it needs shaping the PDF renderer does not fully do, so letters can be unjoined or"
                    + " misplaced and the PDF's text (search, copy, screen readers) comes out garbled";
        };
    }

    private String hint(Finding f) {
        return switch (f.kind) {
            case CONTROL -> "remove it: control characters cannot be published (the Word and HTML files forbid them)";
            case SURROGATE -> "write the character itself, or escape it whole as \\U0001F600";
            case NONCHARACTER, UNASSIGNED -> "remove it";
            case MISSING -> FONTS_HINT;
            case PRIVATE_USE -> "replace it with the character meant, or name a house-style font that maps it";
            case BIDI -> "remove it: Rapporteur orders right-to-left text itself"
                    + (f.text.isKey() || !"text".equals(f.text.key()) ? "" : "; set a phrase apart with isolates"
                    + " (U+2067 ... U+2069) instead");
            case NO_SHAPING -> publishing ? "write it in transliteration, or publish it in the Word and HTML files,"
                    + " which show it correctly" : "the Word and HTML files show it correctly; a final build refuses it";
        };
    }

    private static String scriptNames(Set<Integer> scripts) {
        return String.join(", ", scripts.stream().sorted().map(UScript::getName).map(n -> n.replace('_', ' '))
                .toList());
    }

    private static String sequence(List<Integer> cps) {
        List<String> parts = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (int cp : cps) {
            parts.add(hex(cp) + " " + name(cp));
            raw.appendCodePoint(cp);
        }
        return "'" + raw + "' (" + String.join(", ", parts) + ")";
    }

    /** {@code 'x' (U+XXXX NAME)}, the character itself shown only when it is visible and harmless on a terminal. */
    static String describe(int cp) {
        return visible(cp) ? "'" + new String(Character.toChars(cp)) + "' (" + hex(cp) + " " + name(cp) + ")"
                : hex(cp) + " " + name(cp);
    }

    private static boolean visible(int cp) {
        int type = UCharacter.getType(cp);
        return switch (type) {
            case UCharacter.CONTROL, UCharacter.FORMAT, UCharacter.SURROGATE, UCharacter.PRIVATE_USE,
                 UCharacter.UNASSIGNED, UCharacter.LINE_SEPARATOR, UCharacter.PARAGRAPH_SEPARATOR,
                 UCharacter.NON_SPACING_MARK, UCharacter.ENCLOSING_MARK, UCharacter.COMBINING_SPACING_MARK -> false;
            default -> !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
        };
    }

    static String hex(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    static String name(int cp) {
        String name = UCharacter.getName(cp);
        if (name == null || name.isEmpty()) {
            name = Character.isValidCodePoint(cp) && Character.isDefined(cp) ? Character.getName(cp) : null;
        }
        return name == null ? "" : name;
    }
}
