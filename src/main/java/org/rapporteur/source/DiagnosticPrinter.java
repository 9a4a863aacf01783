package org.rapporteur.source;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.rapporteur.source.Diagnostic;
import org.rapporteur.source.Diagnostics;

/** Prints diagnostics as {@code file:line:column: severity: message}, paths relative to the working folder. */
public final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    public static void print(Diagnostics diagnostics, PrintWriter err) {
        Path base = Path.of("").toAbsolutePath();
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d.format(base));
        }
        long errors = diagnostics.errorCount();
        long warnings = diagnostics.warningCount();
        if (errors + warnings > 0) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        err.flush();
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
