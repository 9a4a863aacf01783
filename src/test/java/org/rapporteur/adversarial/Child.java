package org.rapporteur.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.rapporteur.ReportFolder.Run;

/**
 * Rapporteur as a child process ({@code java -cp <this class path> org.rapporteur.cli.Main ...}), its output
 * collected as it comes, for the families that need a real process: signals, closed pipes, what reaches stdout.
 */
final class Child {

    /** How long any wait lasts at most: a guard against hangs, not a measure of speed. */
    static final long GUARD_MS = 120_000;

    final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;
    private volatile boolean stdoutClosed;

    private Child(Process process) {
        this.process = process;
        outReader = collect(process.getInputStream(), out, "child-stdout");
        errReader = collect(process.getErrorStream(), err, "child-stderr");
    }

    /** Starts {@code rapporteur ARGS} in {@code dir}, with {@code jvmOptions} before the main class. */
    static Child start(Path dir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(defaultSignals());
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.rapporteur.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("RAPPORTEUR_DEBUG");
        return new Child(pb.start());
    }

    /** Runs {@code rapporteur ARGS} to the end, stdin closed. */
    static Run run(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Child child = start(dir, jvmOptions, args);
        child.process.getOutputStream().close();
        try {
            return child.exit();
        } finally {
            child.kill();
        }
    }

    /**
     * {@code env --default-signal} where it exists: a process started from a non-interactive shell in the
     * background inherits SIGINT ignored, and Rapporteur rightly keeps it so; the tests want Ctrl+C's usual meaning.
     */
    private static List<String> defaultSignals() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT,TERM,HUP", "true").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0
                    ? List.of("env", "--default-signal=INT,TERM,HUP") : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static Thread collect(InputStream in, StringBuffer into, String name) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // closed by the test (the reader stopped early)
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Waits until stdout shows what {@code seen} looks for. */
    void awaitOut(Predicate<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GUARD_MS);
        while (!seen.test(out())) {
            assertThat(System.nanoTime()).as("waiting for stdout; got:\n" + out() + "\nstderr:\n" + err())
                    .isLessThan(deadline);
            if (!process.isAlive()) {
                outReader.join(2000);
                assertThat(seen.test(out())).as("ended (" + process.exitValue() + ") before printing what was"
                        + " expected:\n" + out() + "\nstderr:\n" + err()).isTrue();
            }
            Thread.sleep(10);
        }
    }

    /** Closes the reading end of the process's stdout, as {@code head} does when it has its lines. */
    void closeStdout() throws IOException {
        stdoutClosed = true;
        process.getInputStream().close();
    }

    /** True while the process runs. */
    boolean alive() {
        return process.isAlive();
    }

    /** {@code kill -NAME pid}. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -" + name).isZero();
    }

    /**
     * {@code kill -NAME pid} as a later key press: the process may end between the last press and this one, and then
     * kill finds no process, which is no fault of the process.
     */
    void signalAgain(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        if (kill.exitValue() != 0) {
            assertThat(process.waitFor(5, TimeUnit.SECONDS)).as("kill -" + name + " failed, so the process had ended")
                    .isTrue();
        }
    }

    /** Waits for the end; the exit status and everything printed. */
    Run exit() throws InterruptedException {
        assertThat(process.waitFor(GUARD_MS, TimeUnit.MILLISECONDS)).as("the process ended\n" + out()
                + "\nstderr:\n" + err()).isTrue();
        errReader.join(5000);
        if (!stdoutClosed) {
            outReader.join(5000);
        }
        return new Run(process.exitValue(), out(), err());
    }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
