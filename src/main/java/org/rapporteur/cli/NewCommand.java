package org.rapporteur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Starts a new report folder with every section of a framework's report.")
final class NewCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("new is not built yet");
    }
}
