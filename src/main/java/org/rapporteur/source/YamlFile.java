package org.rapporteur.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into a node tree, safely: nothing is constructed from tags, sizes, nesting and aliases
 * are limited, and every failure becomes a located diagnostic rather than an exception.
 */
public final class YamlFile {

    /** Content files larger than this are refused before they are parsed. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** Levels of mappings and lists inside each other (the top-level mapping is the first). */
    public static final int MAX_NESTING = 32;
    static final int MAX_COLLECTION_ALIASES = 8;
    static final int MAX_CODE_POINTS = (int) MAX_BYTES;

    private YamlFile() {
    }

    /**
     * The file's single document, or empty (with diagnostics) when it cannot be read. Only a regular file is
     * opened: a named pipe, socket or device is refused before anything reads it, and no more than
     * {@link #MAX_BYTES} are ever read. Whether the file may be read at all (links out of the folder) is the
     * caller's {@link FolderBoundary}.
     */
    public static Optional<YamlValue> read(Path file, Diagnostics diagnostics) {
        SourcePosition start = SourcePosition.startOf(file);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            diagnostics.error(start, "cannot read the file: " + FolderBoundary.reason(e),
                    "check that it exists and is readable");
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            diagnostics.error(start, "expected a YAML file but this is a folder",
                    "rename the folder or move it out of the report");
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            diagnostics.error(start, "this is " + FolderBoundary.describeSpecial(file) + ", not a regular file",
                    "Rapporteur reads only regular files: replace it with a file, or move it away");
            return Optional.empty();
        }
        if (attributes.size() > MAX_BYTES) {
            return tooLarge(start, attributes.size(), diagnostics);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since its size was read
        } catch (IOException e) {
            diagnostics.error(start, "cannot read the file: " + FolderBoundary.reason(e),
                    "check that it exists and is readable");
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            return tooLarge(start, bytes.length, diagnostics);
        }
        return decode(file, bytes, diagnostics).flatMap(text -> parse(file, text, diagnostics));
    }

    private static Optional<YamlValue> tooLarge(SourcePosition start, long size, Diagnostics diagnostics) {
        diagnostics.error(start, "file is " + Math.max(1, size / (1024 * 1024)) + " MB; content files may be at most "
                + (MAX_BYTES / (1024 * 1024)) + " MB", "split it into several files or move data out of it");
        return Optional.empty();
    }

    /** Parses text already in memory (used for files and for tests). */
    public static Optional<YamlValue> parse(Path file, String text, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported, with both places, by YamlMap
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING + 1); // a backstop: BoundedParser refuses deeper nesting first
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        try {
            Composer composer = new Composer(new BoundedParser(new ParserImpl(new StreamReader(
                    new StringReader(text)), options), MAX_NESTING), new Resolver(), options);
            Node node = composer.getSingleNode();
            if (node == null) {
                return Optional.of(YamlValue.empty(file));
            }
            return Optional.of(new YamlValue(node, file, diagnostics));
        } catch (BoundedParser.Refused e) {
            diagnostics.error(at(file, e.mark()), e.getMessage(), e.hint());
        } catch (MarkedYAMLException e) {
            YamlSyntax plain = YamlSyntax.explain(file, text, e);
            diagnostics.error(plain.at(), plain.message(), plain.hint());
        } catch (ReaderException e) {
            int codePoint = forbiddenCharacter(text, e);
            diagnostics.error(positionOfCharacter(file, text, codePoint), "the character "
                    + String.format("U+%04X", codePoint) + " is not allowed in YAML",
                    "delete it (control characters often come with text pasted from other programs)");
        } catch (YAMLException e) {
            SourcePosition where = String.valueOf(e.getMessage()).contains("code points")
                    ? positionOfCodePoint(file, text, MAX_CODE_POINTS) : SourcePosition.startOf(file);
            diagnostics.error(where, "YAML refused: " + e.getMessage(), limitHint(e));
        } catch (RuntimeException e) {
            // SnakeYAML can fail on pathological input with other runtime exceptions (e.g. deep recursion)
            diagnostics.error(SourcePosition.startOf(file), "YAML could not be read: " + e.getClass().getSimpleName(),
                    "simplify the file's structure");
        } catch (StackOverflowError e) {
            diagnostics.error(SourcePosition.startOf(file), "YAML is nested too deeply",
                    "content may nest at most " + MAX_NESTING + " levels");
        }
        return Optional.empty();
    }

    private static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            diagnostics.error(positionOfByte(file, bytes, bad), "the file is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + ")", "save the file as UTF-8 in your editor");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    private static SourcePosition positionOfByte(Path file, byte[] bytes, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, index - lineStart))
                    .toString();
        } catch (CharacterCodingException e) {
            before = " ".repeat(index - lineStart);
        }
        return new SourcePosition(file, line, before.codePointCount(0, before.length()) + 1);
    }

    /** The character SnakeYAML's reader refused: the first one YAML forbids (NUL, most controls, U+FFFE...). */
    private static int forbiddenCharacter(String text, ReaderException e) {
        return text.codePoints().filter(cp -> !StreamReader.isPrintable(cp)).findFirst().orElse(e.getCodePoint());
    }

    /** Where the first {@code codePoint} in the text is (the start of the file when it is not there). */
    private static SourcePosition positionOfCharacter(Path file, String text, int codePoint) {
        int index = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), index++) {
            if (text.codePointAt(i) == codePoint) {
                return positionOfCodePoint(file, text, index);
            }
        }
        return SourcePosition.startOf(file);
    }

    /**
     * Where the code point at {@code index} (0-based) of {@code text} is, counting lines and columns as SnakeYAML's
     * marks do (line breaks: LF, CR not before LF, NEL, LS and PS; columns in code points).
     */
    private static SourcePosition positionOfCodePoint(Path file, String text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int n = 0; n < index && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean lineBreak = cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029
                    || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'));
            if (lineBreak) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    static SourcePosition at(Path file, Mark mark) {
        if (mark == null) {
            return SourcePosition.startOf(file);
        }
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String limitHint(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("aliases")) {
            return "anchors and aliases (&name, *name) are not supported in report content: write the values out";
        }
        if (m.contains("Nesting Depth")) {
            return "content may nest at most " + MAX_NESTING + " levels";
        }
        if (m.contains("code points")) {
            return "split the file";
        }
        return "check the file";
    }
}
