package org.rapporteur.source;

import java.io.IOException;
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

    /** The file's single document, or empty (with diagnostics) when it cannot be read. */
    public static Optional<YamlValue> read(Path file, Diagnostics diagnostics) {
        SourcePosition start = SourcePosition.startOf(file);
        if (Files.isDirectory(file)) {
            diagnostics.error(start, "expected a YAML file but this is a folder",
                    "rename the folder or move it out of the report");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(start, "file is " + (size / (1024 * 1024)) + " MB; content files may be at most "
                        + (MAX_BYTES / (1024 * 1024)) + " MB", "split it into several files or move data out of it");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(start, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
            return Optional.empty();
        }
        return decode(file, bytes, diagnostics).flatMap(text -> parse(file, text, diagnostics));
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
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            diagnostics.error(at(file, mark), "YAML syntax: " + describe(e), syntaxHint(e));
        } catch (ReaderException e) {
            diagnostics.error(SourcePosition.startOf(file), "unreadable character: " + e.getMessage(),
                    "remove control characters from the file");
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

    /** Where the code point at {@code index} (0-based) of {@code text} is. */
    private static SourcePosition positionOfCodePoint(Path file, String text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int n = 0; n < index && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
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

    private static String describe(MarkedYAMLException e) {
        StringBuilder b = new StringBuilder();
        if (e.getProblem() != null) {
            b.append(e.getProblem());
        }
        if (e.getContext() != null && !e.getContext().equals(e.getProblem())) {
            if (b.length() > 0) {
                b.append(" ");
            }
            b.append("(").append(e.getContext()).append(")");
        }
        return b.length() == 0 ? "invalid YAML" : b.toString().replaceAll("\\s+", " ").trim();
    }

    private static String syntaxHint(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "put text that contains ': ' in quotes, or use a block scalar (|)";
        }
        if (problem.contains("could not find expected ':'")) {
            return "each line of a mapping needs 'key: value'; check the indentation of the line above";
        }
        return "check the indentation and quoting at this point";
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
