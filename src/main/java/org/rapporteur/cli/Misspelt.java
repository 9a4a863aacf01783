package org.rapporteur.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapporteur.source.Printable;
import org.rapporteur.source.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command or option that does not exist, said in plain words with the nearest that does ({@code rapporteur biuld}:
 * "unknown command 'biuld'; did you mean 'build'?"), and where to see them all. Other usage errors keep picocli's
 * message and the usage.
 */
final class Misspelt {

    private Misspelt() {
    }

    /**
     * The lines to print for an argument nothing matched: a command misspelt (on a command that has subcommands) or
     * an unknown option; empty for other usage errors.
     */
    static Optional<List<String>> explain(CommandLine.ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        CommandLine cmd = e.getCommandLine();
        CommandSpec spec = cmd.getCommandSpec();
        String name = spec.qualifiedName();
        List<String> unmatched = u.getUnmatched();
        if (!cmd.getSubcommands().isEmpty()) {
            Optional<String> command = unmatched.stream().filter(a -> !a.startsWith("-")).findFirst();
            if (command.isPresent()) {
                List<String> commands = new ArrayList<>(cmd.getSubcommands().keySet());
                return Optional.of(List.of(name + ": unknown command '" + command.get() + "'"
                        + Suggestions.closest(command.get(), commands).map(c -> "; did you mean '" + c + "'?")
                                .orElse("; the commands are " + String.join(", ", commands)),
                        "Run '" + name + " --help' to see what each command does."));
            }
        }
        Optional<String> option = unmatched.stream().filter(a -> a.startsWith("-")).findFirst();
        if (option.isEmpty()) {
            return Optional.empty();
        }
        String typed = option.get().contains("=") ? option.get().substring(0, option.get().indexOf('='))
                : option.get();
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            names.addAll(List.of(o.names()));
        }
        return Optional.of(List.of(name + ": unknown option '" + typed + "'"
                + Suggestions.closest(typed, names).map(n -> "; did you mean '" + n + "'?").orElse(""),
                "Run '" + name + " --help' to see its options."));
    }

    /** Prints the explanation (made printable), or returns false when there is none. */
    static boolean print(CommandLine.ParameterException e, java.io.PrintWriter err) {
        Optional<List<String>> lines = explain(e);
        lines.ifPresent(l -> l.forEach(line -> err.println(Printable.line(line))));
        return lines.isPresent();
    }
}
