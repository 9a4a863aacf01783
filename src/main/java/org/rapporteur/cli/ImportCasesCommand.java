package org.rapporteur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "import-cases", mixinStandardHelpOptions = true, description = "Turns a spreadsheet of case assessments (.xlsx or .csv) into a report's case data.")
final class ImportCasesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("import-cases is not built yet");
    }
}
