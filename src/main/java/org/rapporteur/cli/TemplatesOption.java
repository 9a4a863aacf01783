package org.rapporteur.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --templates DIR}, shared by every command that renders or checks against a report kind's templates. */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "the templates folder, a folder per report kind (default: the project's)")
    Path templates;

    /** --templates, else the templates folder of the Rapporteur installation, else ./templates. */
    Path root() {
        if (templates != null) {
            return templates;
        }
        String home = System.getProperty("rapporteur.home");
        if (home != null && Files.isDirectory(Path.of(home, "templates"))) {
            return Path.of(home, "templates");
        }
        return Path.of("templates");
    }
}
