package org.rapporteur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "watch", mixinStandardHelpOptions = true, description = "Serves a live HTML preview of a report on localhost and rebuilds it on every save.")
final class WatchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("watch is not built yet");
    }
}
