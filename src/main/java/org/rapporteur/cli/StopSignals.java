package org.rapporteur.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP as a request to stop, for a command that runs until stopped ({@code watch}):
 * the command stops cleanly and exits 0, where the JVM's own handling would exit 130, 143 or 129, which scripts and
 * process managers read as a failure. A signal the process was started to ignore (nohup, a background job) stays
 * ignored. {@link #close()} puts back the handlers that were there before, unless a signal has already asked to stop:
 * then the process is ending, and a second Ctrl+C pressed while it ends (often: impatience) must not turn the clean
 * stop into the JVM's exit 130, so the stop handler stays (running the stop again does nothing).
 */
final class StopSignals implements AutoCloseable {

    private static final List<String> NAMES = List.of("INT", "TERM", "HUP");

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile boolean received;

    private StopSignals() {
    }

    /** Runs {@code stop} (on a signal's own thread) when one of the signals arrives. */
    static StopSignals install(Runnable stop) {
        StopSignals installed = new StopSignals();
        SignalHandler handler = signal -> {
            installed.received = true;
            stop.run();
        };
        for (String name : NAMES) {
            try {
                Signal signal = new Signal(name);
                installed.previous.put(signal, Signal.handle(signal, handler));
            } catch (IllegalArgumentException e) {
                // not on this system, or kept by the JVM (-Xrs): its usual meaning stays
            }
        }
        return installed;
    }

    @Override
    public void close() {
        if (received) {
            return; // stopping on a signal: later signals stop again, which does nothing
        }
        previous.forEach((signal, handler) -> {
            try {
                Signal.handle(signal, handler);
            } catch (IllegalArgumentException e) {
                // as it was
            }
        });
    }
}
