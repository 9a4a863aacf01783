package org.rapporteur.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.rapporteur.source.Printable;

/** The rapporteur command. Exit status: 0 fine, 2 bad input (reported), 1 a fault in Rapporteur itself. */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, version = "rapporteur 0.1.0",
        description = "Writes, rates and publishes inspection reports from YAML content.",
        subcommands = {NewCommand.class, CheckCommand.class, RatingsCommand.class, BuildCommand.class,
                WatchCommand.class, ImportCasesCommand.class, BenchmarkCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAULT = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static {
        // POI and PDFBox log through log4j-api; with no backend it complains on stderr. Keep it quiet, and on stderr.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.logFile") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.logFile", "system.err");
        }
    }

    /**
     * Runs the command line and exits with its status. Standard output carries only what the command prints (JSON,
     * tables, "wrote ..." lines), so scripts can read it: anything a library or the JVM writes to {@code System.out}
     * goes to standard error instead.
     */
    public static void main(String[] args) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        System.exit(run(args, new PrintWriter(stdout, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("rapporteur: internal error: " + Printable.line(e));
            err.println("This is a fault in Rapporteur, not in your content. Run with RAPPORTEUR_DEBUG=1 for details.");
            if (System.getenv("RAPPORTEUR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return FAULT;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            if (!Misspelt.print(e, err)) {
                err.println("rapporteur: " + Printable.line(e.getMessage()));
                e.getCommandLine().usage(err);
            }
            return BAD_INPUT;
        });
        int status = cli.execute(args);
        out.flush();
        if (out.checkError() && status == 0) {
            // A full disk or a closed pipe behind standard output: what the command printed is incomplete, and a
            // script reading it must not take it for the whole answer.
            err.println("rapporteur: could not write to standard output (a full disk, or the reading end closed);"
                    + " what was printed is incomplete");
            status = BAD_INPUT;
        }
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
