package org.rapporteur.text;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pictures one document embeds: each file read and checked once however often it is shown, and all of them
 * together within the document's budget. Every reference embeds its own copy (the HTML carries each), and every
 * picture's pixels are decoded by the writers, so a picture shown a thousand times, or a thousand pictures, would
 * otherwise exhaust the memory.
 */
final class EmbeddedPictures {

    /** Bytes of pictures one document may embed, every reference counted. */
    static final long MAX_BYTES = 25L * 1024 * 1024;

    /** Pixels of pictures one document may embed, every reference counted. */
    static final long MAX_PIXELS = 200_000_000L;

    private final Path folder;
    private final Map<String, Object> checked = new HashMap<>();
    private long bytes;
    private long pixels;

    EmbeddedPictures(Path folder) {
        this.folder = folder;
    }

    /**
     * The data: URI to embed for {@code destination}.
     *
     * @throws ImageFile.Refusal when the picture is refused, or would take the document past its budget
     */
    String embed(String destination) throws ImageFile.Refusal {
        Object known = checked.get(destination);
        if (known == null) {
            try {
                known = ImageFile.read(folder, destination);
            } catch (ImageFile.Refusal refusal) {
                known = refusal;
            }
            checked.put(destination, known);
        }
        if (known instanceof ImageFile.Refusal refusal) {
            throw refusal;
        }
        ImageFile.Picture picture = (ImageFile.Picture) known;
        if (bytes + picture.bytes() > MAX_BYTES || pixels + picture.pixels() > MAX_PIXELS) {
            throw new ImageFile.Refusal("takes the document's pictures past " + MAX_BYTES / (1024 * 1024)
                    + " MB or " + String.format(Locale.UK, "%,d", MAX_PIXELS / 1_000_000) + " million pixels (each "
                    + "time a picture is shown counts)", "make the pictures smaller (JPEG for photographs, 2,000 "
                    + "pixels across is plenty), or show fewer");
        }
        bytes += picture.bytes();
        pixels += picture.pixels();
        return picture.dataUri();
    }
}
