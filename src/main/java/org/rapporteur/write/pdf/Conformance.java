package org.rapporteur.write.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What makes a rendered PDF PDF/A-3u and PDF/UA-1 besides its tags, and the same bytes for the same input: the sRGB
 * output intent, the Info dictionary and XMP metadata agreeing with each other, the document language, dates at
 * the timestamp in UTC, and a file identifier derived from the XHTML and the timestamp.
 */
final class Conformance {

    /** The sRGB ICC profile for the PDF/A output intent. */
    private static volatile byte[] srgbProfile;

    private Conformance() {
    }

    /** The sRGB ICC profile, read once per JVM. */
    static byte[] srgb() {
        byte[] profile = srgbProfile;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgbProfile = profile;
        }
        return profile;
    }

    /** Writes the metadata, language, dates and file identifier into the rendered document. */
    static void finish(PDDocument pdf, Metadata meta, Instant timestamp, String xhtml) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.setTimeInMillis(timestamp.toEpochMilli());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        if (meta.author() != null) {
            info.setAuthor(meta.author());
        }
        if (meta.subject() != null) {
            info.setSubject(meta.subject());
        }
        if (meta.keywords() != null) {
            info.setKeywords(meta.keywords());
        }
        info.setCreator(PdfWriter.CREATOR);
        info.setProducer(PdfWriter.PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.setDocumentInformation(info);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(meta.language());
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(meta.xmp(timestamp).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        byte[] id = Arrays.copyOf(sha256(xhtml + "\n" + timestamp), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
