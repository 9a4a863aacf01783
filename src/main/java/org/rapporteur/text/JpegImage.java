package org.rapporteur.text;

import java.io.ByteArrayOutputStream;

/**
 * A JPEG file's structure, walked marker by marker before any pixel is decoded: the frame header's size and kind
 * (8-bit baseline or progressive, grey or colour; CMYK, 12-bit, lossless and arithmetic-coded JPEGs are refused,
 * as the writers cannot print them), and the end marker. The copy that is embedded keeps only what a picture
 * needs to be shown: camera metadata (EXIF, with its location and time), XMP, comments, colour profiles and
 * anything after the end marker are left out.
 */
final class JpegImage {

    static final byte[] START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP0 = 0xE0;
    private static final int APP14 = 0xEE;
    private static final int COM = 0xFE;

    final int width;
    final int height;
    final byte[] stripped;

    private JpegImage(int width, int height, byte[] stripped) {
        this.width = width;
        this.height = height;
        this.stripped = stripped;
    }

    static boolean looksLike(byte[] bytes) {
        return PngImage.startsWith(bytes, START);
    }

    static JpegImage parse(byte[] bytes) throws ImageFile.Refusal {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
        kept.write(0xFF);
        kept.write(0xD8);
        int at = 2;
        int width = -1;
        int height = -1;
        boolean inScans = false;
        while (true) {
            if (at + 1 >= bytes.length) {
                throw damaged("it ends in the middle (the file is incomplete)");
            }
            if ((bytes[at] & 0xff) != 0xFF) {
                throw damaged("a marker is missing");
            }
            int marker = bytes[at + 1] & 0xff;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == EOI) {
                if (width < 0 || !inScans) {
                    throw damaged("it has no picture data");
                }
                kept.write(0xFF);
                kept.write(EOI);
                return new JpegImage(width, height, kept.toByteArray());
            }
            if (at + 3 >= bytes.length) {
                throw damaged("it ends in the middle (the file is incomplete)");
            }
            int length = ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
            int end = at + 2 + length;
            if (length < 2 || end > bytes.length) {
                throw damaged("it ends in the middle (the file is incomplete)");
            }
            if (isFrame(marker)) {
                if (width >= 0) {
                    throw damaged("it has two frame headers");
                }
                if (length < 8) {
                    throw damaged("its frame header is not valid");
                }
                int precision = bytes[at + 4] & 0xff;
                height = ((bytes[at + 5] & 0xff) << 8) | (bytes[at + 6] & 0xff);
                width = ((bytes[at + 7] & 0xff) << 8) | (bytes[at + 8] & 0xff);
                int components = bytes[at + 9] & 0xff;
                checkKind(marker, precision, components);
                if (width == 0 || height == 0) {
                    throw damaged("its frame header gives no size");
                }
                ImageFile.checkSize(width, height);
            }
            boolean metadata = (marker >= APP0 && marker <= 0xEF && marker != APP0 && marker != APP14)
                    || marker == COM;
            if (!metadata) {
                kept.write(bytes, at, end - at);
            }
            at = end;
            if (marker == SOS) {
                if (width < 0) {
                    throw damaged("its picture data comes before its frame header");
                }
                inScans = true;
                int data = scanEnd(bytes, at);
                kept.write(bytes, at, data - at);
                at = data;
            }
        }
    }

    /** The end of a scan's entropy-coded data: the next marker that is not a restart or a stuffed byte. */
    private static int scanEnd(byte[] bytes, int from) throws ImageFile.Refusal {
        for (int i = from; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xFF) {
                int next = bytes[i + 1] & 0xff;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return i;
                }
            }
        }
        throw damaged("it ends in the middle (the file is incomplete)");
    }

    /** SOF0-SOF15 (but not DHT, JPG, DAC, which share the range). */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static void checkKind(int marker, int precision, int components) throws ImageFile.Refusal {
        if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
            throw new ImageFile.Refusal("is a lossless, hierarchical or arithmetic-coded JPEG, which cannot be "
                    + "printed", "save it again as a standard JPEG or as PNG");
        }
        if (precision != 8) {
            throw new ImageFile.Refusal("is a " + precision + "-bit JPEG, which cannot be printed",
                    "save it again as a standard 8-bit JPEG");
        }
        if (components == 4) {
            throw new ImageFile.Refusal("is a CMYK JPEG (colours for a printing press), which cannot be shown",
                    "save it again as an RGB JPEG or as PNG");
        }
        if (components != 1 && components != 3) {
            throw damaged("its frame header is not valid");
        }
    }

    private static ImageFile.Refusal damaged(String why) {
        return ImageFile.damaged("JPEG", why);
    }
}
