package org.rapporteur.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.SourceText;
import org.rapporteur.source.YamlFile;

/**
 * Where a character of a {@link SourceText} stands in its file: the n-th occurrence of that character inside the
 * scalar as written, itself or (in a double-quoted scalar) as a backslash escape. Lines and columns count code points
 * and line breaks as the YAML reader does. Falls back to the start of the scalar when the file cannot be read again
 * or no longer matches. Each file is read at most once per locator.
 */
final class SourceLocator {

    private final Map<Path, int[]> files = new HashMap<>();

    SourcePosition positionOf(SourceText text, int offset) {
        String s = text.text();
        int target = s.codePointAt(offset);
        int wanted = 0;
        for (int i = 0; i < offset; ) {
            int cp = s.codePointAt(i);
            wanted += cp == target ? 1 : 0;
            i += Character.charCount(cp);
        }
        int[] cps = files.computeIfAbsent(text.at().file(), SourceLocator::read);
        if (cps == null || text.start() < 0 || text.end() > cps.length || text.start() > text.end()) {
            return text.at();
        }
        Cursor at = new Cursor(text.at());
        int seen = 0;
        for (int i = text.start(); i < text.end(); ) {
            int cp = cps[i];
            int length = 1;
            int meant = cp;
            if (text.escapes() && cp == '\\' && i + 1 < text.end()) {
                int[] escape = escape(cps, i + 1, text.end());
                meant = escape[0];
                length = 1 + escape[1];
            }
            if (meant == target) {
                if (seen == wanted) {
                    return at.position(text.at().file());
                }
                seen++;
            }
            for (int j = i; j < i + length; j++) {
                at.step(cps, j);
            }
            i += length;
        }
        return text.at();
    }

    /** The text of the file a value came from, as code points (after a byte-order mark); null if unreadable. */
    int[] codePoints(Path file) {
        return files.computeIfAbsent(file, SourceLocator::read);
    }

    /**
     * Where the character at code-point index {@code index} of the file stands, counting lines and columns from the
     * start of {@code text} (which must come before it in the same file).
     */
    SourcePosition positionOfIndex(SourceText text, int index) {
        int[] cps = codePoints(text.at().file());
        if (cps == null || text.start() < 0 || index > cps.length || index < text.start()) {
            return text.at();
        }
        Cursor at = new Cursor(text.at());
        for (int j = text.start(); j < index; j++) {
            at.step(cps, j);
        }
        return at.position(text.at().file());
    }

    /** The character a YAML double-quoted escape stands for, and how many code points follow the backslash. */
    private static int[] escape(int[] cps, int at, int end) {
        int c = cps[at];
        int digits = switch (c) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (digits > 0) {
            if (at + digits >= end) {
                return new int[] {-1, 1};
            }
            StringBuilder hex = new StringBuilder();
            for (int k = 1; k <= digits; k++) {
                hex.appendCodePoint(cps[at + k]);
            }
            try {
                int value = Integer.parseInt(hex.toString(), 16);
                // an escaped surrogate pair (\uD83D\uDE00) stands for one character
                if (Character.isHighSurrogate((char) value) && digits == 4 && at + 10 < end && cps[at + 5] == '\\'
                        && cps[at + 6] == 'u') {
                    int[] low = escape(cps, at + 6, end);
                    if (low[0] >= 0 && Character.isLowSurrogate((char) low[0])) {
                        return new int[] {Character.toCodePoint((char) value, (char) low[0]), digits + 2 + low[1]};
                    }
                }
                return new int[] {value, 1 + digits};
            } catch (NumberFormatException e) {
                return new int[] {-1, 1};
            }
        }
        int meant = switch (c) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 't', '\t' -> 9;
            case 'n' -> 10;
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> 13;
            case 'e' -> 0x1B;
            case 'N' -> 0x85;
            case '_' -> 0xA0;
            case 'L' -> 0x2028;
            case 'P' -> 0x2029;
            default -> c; // \\ \" \/ and a space stand for themselves; a line break continues the line
        };
        return new int[] {meant, 1};
    }

    private static int[] read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > YamlFile.MAX_BYTES) {
                return null;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.codePoints().toArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A line and column that move over code points as the YAML reader counts them (CRLF is one break). */
    private static final class Cursor {
        private int line;
        private int column;

        Cursor(SourcePosition start) {
            this.line = start.line();
            this.column = start.column();
        }

        void step(int[] cps, int j) {
            int c = cps[j];
            boolean crlf = c == '\r' && j + 1 < cps.length && cps[j + 1] == '\n';
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || (c == '\r' && !crlf)) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }

        SourcePosition position(Path file) {
            return new SourcePosition(file, line, column);
        }
    }
}
