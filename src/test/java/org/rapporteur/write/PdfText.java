package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as a reader meets it, page by page, and checks that read it. */
public final class PdfText {

    private PdfText() {
    }

    /** Each page's text; NFKC folds the typographic ligatures (ﬀ, ﬁ) back into letters. */
    public static List<String> pages(byte[] pdf) {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /**
     * The contents page's lines end in page numbers; each must be the page where that heading stands.
     * Returns how many entries were checked.
     */
    public static int checkContentsPageNumbers(List<String> pages) {
        int contents = -1;
        for (int i = 0; i < pages.size() && contents < 0; i++) {
            if (pages.get(i).contains("Contents\n")) {
                contents = i;
            }
        }
        assertThat(contents).as("a contents page").isGreaterThanOrEqualTo(0);
        Matcher m = Pattern.compile("(?m)^(.+?)\\s*\\.{3,}\\s*(\\d+)\\s*$").matcher(pages.get(contents));
        int checked = 0;
        while (m.find()) {
            String title = m.group(1).replace(".", "").strip();
            int page = Integer.parseInt(m.group(2));
            String onPage = pages.get(page - 1).replace(".", "").replaceAll("\\s+", " ");
            assertThat(onPage).as("'" + title + "' on page " + page).contains(title);
            checked++;
        }
        return checked;
    }
}
