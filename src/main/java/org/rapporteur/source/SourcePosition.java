package org.rapporteur.source;

import java.nio.file.Path;

/** A place in a source file, 1-based line and column, as printed in every message. */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition startOf(Path file) {
        return new SourcePosition(file, 1, 1);
    }

    /**
     * The position as {@code file:line:column}, the file shown relative to {@code base} when it lies inside it, as one
     * printable line (a newline or escape sequence in a file name is shown escaped).
     */
    public String describe(Path base) {
        Path shown = file;
        if (base != null) {
            Path abs = file.toAbsolutePath().normalize();
            Path b = base.toAbsolutePath().normalize();
            if (abs.startsWith(b)) {
                shown = b.relativize(abs);
            }
        }
        return Printable.line(shown) + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return Printable.line(file) + ":" + line + ":" + column;
    }
}
