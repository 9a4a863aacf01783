package org.rapporteur.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rapporteur.source.Printable;
import org.rapporteur.write.Writers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --format pdf,docx,...}, shared by the commands that write (or time writing) outputs. */
final class FormatsOption {

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "formats, comma-separated: pdf, docx, html (the default: all three), xhtml")
    List<String> formats;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The formats asked for (or the defaults), each once; an unknown one is a usage error (exit status 2). */
    List<String> names() {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : formats == null ? Writers.defaultFormats() : formats) {
            String name = f.trim().toLowerCase(Locale.ROOT);
            if (!Writers.exists(name)) {
                throw new ParameterException(spec.commandLine(), "unknown format '" + Printable.line(f)
                        + "'; formats are " + String.join(", ", Writers.formats()));
            }
            wanted.add(name);
        }
        return List.copyOf(wanted);
    }
}
