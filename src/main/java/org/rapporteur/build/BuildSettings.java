package org.rapporteur.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How to build: the formats to write, draft or final, where outputs go, the templates folder, and the build date
 * ({@code SOURCE_DATE_EPOCH}, read once by {@link BuildDate}). One value, made by the command line (or the preview,
 * or the benchmark) and passed down the pipeline.
 *
 * @param formats   format names in the order asked ("pdf", "docx", "html", "xhtml")
 * @param draft     true marks every page DRAFT; false is a final, publishable build
 * @param out       the output folder; each report's outputs go into a folder of its name inside it
 * @param templates the templates folder, holding a folder per report kind
 * @param buildDate the date stamped into outputs; empty dates each document from its publication month
 */
public record BuildSettings(List<String> formats, boolean draft, Path out, Path templates,
                            Optional<Instant> buildDate) {

    public BuildSettings {
        formats = List.copyOf(formats);
    }

    /** Settings that build with the date the environment sets. */
    public static BuildSettings of(List<String> formats, boolean draft, Path out, Path templates) {
        return new BuildSettings(formats, draft, out, templates, BuildDate.fromEnvironment());
    }
}
