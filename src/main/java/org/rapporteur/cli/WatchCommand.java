package org.rapporteur.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rapporteur.build.BuildSettings;
import org.rapporteur.build.ReportBuild;
import org.rapporteur.preview.BuildResult;
import org.rapporteur.preview.Preview;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.write.DocumentWriter;
import org.rapporteur.write.Writers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapporteur watch}: serves the HTML of a report on http://127.0.0.1:PORT/ and rebuilds it on every save,
 * in this JVM, in memory (nothing is written to build-output). Runs until stopped: Ctrl+C, SIGTERM or SIGHUP (at any
 * moment, also during the first build) close the preview, free the port and exit 0; so does an interrupt.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Serves a live HTML preview of a report on localhost and rebuilds it on every save.")
public final class WatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT-DIR", description = "the report folder, e.g. content/example-yjs")
    Path dir;

    @Option(names = "--port", paramLabel = "N",
            description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}); 0 picks a free one")
    int port = Preview.DEFAULT_PORT;

    @Mixin TemplatesOption templates;

    @Mixin Console console;

    @Override
    public Integer call() {
        PrintWriter err = console.err();
        if (port < 0 || port > 65535) {
            throw console.usageError("--port must be 0 to 65535, not " + port);
        }
        if (!Files.isDirectory(dir)) {
            return console.refuse(dir + ": no such report folder");
        }
        if (BuildCommand.settings(List.of("html"), true, null, templates.root(), err).isEmpty()) {
            return Main.BAD_INPUT;
        }
        Preview preview = preview(dir, templates.root(), port, console.out(), err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            preview.close();
            stopped.countDown();
        };
        Thread hook = new Thread(stop, "rapporteur-watch-stop"); // for any other way the JVM is told to end
        Runtime.getRuntime().addShutdownHook(hook);
        try (StopSignals signals = StopSignals.install(stop)) {
            try {
                preview.start();
            } catch (BindException e) {
                return console.refuse("port " + port + " on 127.0.0.1 is in use"
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                        + "; stop what uses it, or choose another with --port N (--port 0 picks a free one)");
            } catch (IOException e) {
                if (stopped.getCount() == 0) {
                    return Main.OK;
                }
                return console.refuse("cannot serve the preview on 127.0.0.1:" + port + ": " + e.getMessage());
            }
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
        return Main.OK;
    }

    /** A preview of {@code reportDir} built as {@code rapporteur build --draft --format html} would, not started. */
    public static Preview preview(Path reportDir, Path templatesRoot, int port, PrintWriter out, PrintWriter err) {
        BuildSettings settings = BuildSettings.of(List.of("html"), true, null, templatesRoot);
        return new Preview(reportDir, templatesRoot, reportDir.toString(), port, () -> render(reportDir, settings),
                out, err);
    }

    /**
     * One draft build of the report's HTML, in memory: load, check and rate (as {@code check}), render, and the HTML
     * writer into a byte array. Diagnostics are printed exactly as {@code check} prints them.
     */
    static BuildResult render(Path dir, BuildSettings settings) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ReportBuild.Rendered rendered = new ReportBuild(settings).render(dir, diagnostics);
        Optional<DocumentWriter> writer = rendered.ok() ? Writers.create("html", rendered.style()) : Optional.empty();
        if (writer.isEmpty() || diagnostics.hasErrors()) {
            return BuildResult.failed(lines(diagnostics), diagnostics.errorCount());
        }
        ByteArrayOutputStream html = new ByteArrayOutputStream(256 * 1024);
        writer.get().write(rendered.document(), html);
        return BuildResult.page(html.toByteArray(), lines(diagnostics));
    }

    private static List<String> lines(Diagnostics diagnostics) {
        StringWriter text = new StringWriter();
        DiagnosticPrinter.print(diagnostics, new PrintWriter(text));
        return text.toString().lines().toList();
    }
}
