package org.rapporteur.cli;

import java.io.PrintWriter;
import org.rapporteur.source.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where a command prints, shared by every command: picocli's standard output and error (so tests can capture them),
 * and the one way a command refuses its input.
 */
@Command // picocli takes a class as a mixin only when it is annotated; this one adds no options
final class Console {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code rapporteur: message} (made printable) on standard error; returns exit status 2 (bad input). */
    int refuse(String message) {
        PrintWriter err = err();
        err.println(Printable.line("rapporteur: " + message));
        err.flush();
        return Main.BAD_INPUT;
    }

    /** A mistake in the arguments: picocli prints {@code message} and the usage, exit status 2. */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
