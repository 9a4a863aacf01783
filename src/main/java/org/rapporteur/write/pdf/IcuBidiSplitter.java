package org.rapporteur.write.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Splits a paragraph into runs of one direction with ICU's implementation of the Unicode Bidirectional Algorithm
 * (UAX #9), so that the PDF orders Arabic and Hebrew right to left, numbers and Latin text inside them left to
 * right, and an English paragraph quoting an Arabic name keeps both in order. One splitter per paragraph.
 */
final class IcuBidiSplitter implements BidiSplitter {

    /** Makes a splitter for each paragraph openhtmltopdf lays out. */
    static final BidiSplitterFactory FACTORY = IcuBidiSplitter::new;

    private final Bidi bidi = new Bidi();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
        bidi.setPara(paragraph, defaultDirection, null);
    }

    @Override
    public int countTextRuns() {
        return bidi.countRuns();
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
        BidiRun run = bidi.getVisualRun(index);
        return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
    }

    @Override
    public byte getBaseDirection(String paragraph) {
        return Bidi.getBaseDirection(paragraph);
    }
}
