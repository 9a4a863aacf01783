package org.rapporteur.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.rapporteur.source.SourcePosition;

/** A piece of Markdown an author typed, and where. It is data: never evaluated as a template. */
public record Prose(String markdown, SourcePosition at) {

    public boolean isBlank() {
        return markdown == null || markdown.isBlank();
    }

    /**
     * Where a place inside the prose (0-based line and column of the Markdown text) is in the YAML file: block
     * scalars (|) start on the line after their key, indented; quoted scalars one column after the quote.
     */
    public SourcePosition positionOf(int lineIndex, int columnIndex) {
        List<String> lines = fileLines();
        boolean block = at.line() - 1 < lines.size() && isBlockIndicator(lines.get(at.line() - 1), at.column() - 1);
        if (block) {
            // a block scalar's indentation is its first non-blank line's; deeper lines keep the rest as content
            int indent = 0;
            for (int i = at.line(); i < lines.size(); i++) {
                String text = lines.get(i);
                if (!text.isBlank()) {
                    while (indent < text.length() && text.charAt(indent) == ' ') {
                        indent++;
                    }
                    break;
                }
            }
            return new SourcePosition(at.file(), at.line() + 1 + lineIndex, indent + 1 + columnIndex);
        }
        int quote = 0;
        if (at.line() - 1 < lines.size()) {
            String text = lines.get(at.line() - 1);
            int c = at.column() - 1;
            quote = c < text.length() && (text.charAt(c) == '"' || text.charAt(c) == '\'') ? 1 : 0;
        }
        return lineIndex == 0 ? new SourcePosition(at.file(), at.line(), at.column() + quote + columnIndex)
                : new SourcePosition(at.file(), at.line() + lineIndex, 1 + columnIndex);
    }

    /** Where a character offset of the Markdown text is in the YAML file. */
    public SourcePosition positionAt(int offset) {
        String before = markdown.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return positionOf(line, offset - (before.lastIndexOf('\n') + 1));
    }

    private static boolean isBlockIndicator(String line, int column) {
        return column < line.length() && (line.charAt(column) == '|' || line.charAt(column) == '>');
    }

    private List<String> fileLines() {
        try {
            return Files.readAllLines(at.file(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
