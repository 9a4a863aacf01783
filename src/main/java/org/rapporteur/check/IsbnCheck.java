package org.rapporteur.check;

import java.util.Optional;
import org.rapporteur.model.Isbn;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.SourceText;

/**
 * The report's ISBN ({@code isbn:} in report.yaml), in every mode: an ISBN-13 with the right check digit; an ISBN-10
 * with the right check digit is converted to its ISBN-13 with a warning; anything else is an error at the character
 * at fault, a wrong check digit naming the one expected. A value still marked TODO is left to the placeholder check.
 */
final class IsbnCheck {

    private IsbnCheck() {
    }

    static void check(Report report, Diagnostics diagnostics) {
        String isbn = report.metadata().isbn();
        if (isbn == null || isbn.isBlank() || isbn.contains("TODO")) {
            return;
        }
        Optional<SourceText> written = report.texts().stream()
                .filter(t -> !t.isKey() && "isbn".equals(t.key()) && isbn.equals(t.text())).findFirst();
        SourceLocator locator = new SourceLocator();
        Isbn.Reading reading = Isbn.read(isbn);
        if (reading instanceof Isbn.Wrong w) {
            diagnostics.error(at(report, written, locator, w.offset()), w.problem(), w.hint());
        } else if (reading instanceof Isbn.Valid v && v.isbn().converted()) {
            diagnostics.warning(at(report, written, locator, 0), "ISBN-10 " + v.isbn().isbn10()
                    + " is converted to its ISBN-13, " + v.isbn().printed() + ", which the report prints and its"
                    + " metadata carry", "write the ISBN-13 in report.yaml");
        }
    }

    private static SourcePosition at(Report report, Optional<SourceText> written, SourceLocator locator, int offset) {
        return written.map(t -> offset < t.text().length() ? locator.positionOf(t, offset) : t.at())
                .orElseGet(() -> SourcePosition.startOf(report.dir().resolve("report.yaml")));
    }
}
