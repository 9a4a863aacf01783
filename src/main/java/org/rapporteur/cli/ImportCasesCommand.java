package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rapporteur.build.Pipeline;
import org.rapporteur.load.sheet.CaseImport;
import org.rapporteur.load.sheet.ImportProblems;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.source.DiagnosticPrinter;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapporteur import-cases FILE REPORT-DIR}: a workbook or CSV of case assessments (one row per case, one
 * column per key question and prompt) becomes the report's {@code cases/<type>.yaml}. Every bad cell is listed by
 * sheet, row and column; with any problem nothing is written (exit 2).
 */
@Command(name = "import-cases", mixinStandardHelpOptions = true,
        description = "Turns a spreadsheet of case assessments (.xlsx or .csv) into a report's case data:"
                + " cases/<type>.yaml for each case type present. Exit 0 when written, 2 (and nothing written)"
                + " when any cell or column is wrong.")
final class ImportCasesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the spreadsheet, .xlsx or .csv")
    Path file;

    @Parameters(index = "1", paramLabel = "REPORT-DIR", description = "the report folder, e.g. content/example-yjs")
    Path dir;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "read only this sheet of the workbook (default: every sheet whose first row names case"
                    + " columns)")
    String sheet;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "the case type of every row (court, out-of-court, ...), for sheets without a type column")
    String type;

    @Option(names = "--force", description = "replace existing cases/<type>.yaml files")
    boolean force;

    @Mixin Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        CaseImport.Outcome outcome = CaseImport.run(new CaseImport.Request(file, dir, sheet, type, force));
        for (String note : outcome.notes()) {
            out.println(Printable.line(note));
        }
        for (ImportProblems.Problem p : outcome.problems().all()) {
            err.println(p.format());
        }
        if (!outcome.ok()) {
            long errors = outcome.problems().errorCount();
            err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
            err.flush();
            return Main.BAD_INPUT;
        }
        out.println(Printable.line("imported " + outcome.total() + (outcome.total() == 1 ? " case" : " cases")
                + " from " + file + (outcome.sheets().isEmpty() || outcome.sheets().get(0) == null ? ""
                : " (" + (outcome.sheets().size() == 1 ? "sheet " : "sheets ")
                + String.join(", ", outcome.sheets().stream().map(s -> "'" + s + "'").toList()) + ")") + ":"));
        int width = outcome.written().stream().mapToInt(w -> w.type().length()).max().orElse(0);
        for (CaseImport.Written w : outcome.written()) {
            out.println(Printable.line("  " + pad(w.type(), width) + " " + String.format("%4d", w.cases()) + "  -> "
                    + w.file() + (w.replaced() ? " (replaced)" : "")));
        }
        out.flush();

        // the imported cases in the context of the whole report
        Diagnostics diagnostics = new Diagnostics();
        Optional<RatedReport> rated = Pipeline.rated(dir, diagnostics);
        if (rated.isEmpty() || diagnostics.hasErrors()) {
            DiagnosticPrinter.print(diagnostics, err);
            err.println("the cases were imported, but the report has errors (above); fix them, then run"
                    + " 'rapporteur check " + Printable.line(dir) + "'");
        } else {
            if (diagnostics.warningCount() > 0) {
                DiagnosticPrinter.print(diagnostics, err);
            }
            out.println(Printable.line(dir) + ": no errors");
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
