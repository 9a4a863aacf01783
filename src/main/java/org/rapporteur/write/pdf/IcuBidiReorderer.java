package org.rapporteur.write.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * Prepares right-to-left runs for a PDF, which draws glyphs left to right with no shaping of its own: Arabic letters
 * take their joining forms (ICU's ArabicShaping, to the presentation forms the fonts map), and a run is reversed for
 * drawing with mirrored brackets. Text that cannot be shaped is drawn unshaped rather than lost. Stateless, so one
 * instance serves every document.
 */
final class IcuBidiReorderer implements BidiReorderer {

    static final IcuBidiReorderer INSTANCE = new IcuBidiReorderer();

    private static final int LOGICAL = ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;

    private IcuBidiReorderer() {
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    @Override
    public String shapeText(String text) {
        return shape(text, ArabicShaping.LETTERS_SHAPE);
    }

    @Override
    public String deshapeText(String text) {
        return shape(text, ArabicShaping.LETTERS_UNSHAPE);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static String shape(String text, int letters) {
        try {
            // a shaper per call: cheap, and safe whatever thread renders
            return new ArabicShaping(LOGICAL | letters).shape(text);
        } catch (ArabicShapingException | RuntimeException e) {
            return text;
        }
    }
}
