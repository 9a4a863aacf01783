package org.rapporteur.build;

import java.io.PrintWriter;
import org.rapporteur.source.Printable;

/**
 * A batch's progress on standard error, as each report finishes (from any thread): a bar that redraws itself on a
 * terminal, else one line per report.
 */
final class Progress {

    private final int total;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private int done;
    private int failed;

    Progress(int total, PrintWriter err) {
        this.total = total;
        this.err = err;
    }

    synchronized void finished(ReportBuild.Result r) {
        done++;
        if (!r.ok()) {
            failed++;
        }
        String name = Printable.line(r.dir().getFileName());
        if (terminal) {
            int width = 30;
            int filled = width * done / total;
            err.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                    + (failed > 0 ? " (" + failed + " failed)" : "") + "  " + Batch.abbreviate(name, 36) + "   ");
        } else {
            err.println("[" + done + "/" + total + "] " + name + (r.ok() ? " built" : " FAILED"));
        }
        err.flush();
    }

    /** Clears the bar, on a terminal, for what is printed next. */
    synchronized void clear() {
        if (terminal) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
