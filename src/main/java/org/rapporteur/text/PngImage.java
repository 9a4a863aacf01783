package org.rapporteur.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PNG file's structure, checked chunk by chunk before any pixel is decoded: the signature, the header's size
 * and kind, every chunk's length and checksum, the end marker with nothing after it, no animation, and no
 * compressed metadata (text, colour profiles) that inflates past a limit. A PNG already in the plainest form
 * (8-bit RGB or RGBA, not interlaced, no metadata but colour and density hints) is embedded as it is; any other
 * is re-encoded in that form from its decoded pixels, so every writer meets the one kind of PNG it is known to
 * print.
 */
final class PngImage {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Chunks a plain PNG may carry; anything else (text, profiles, palettes, animation) means re-encoding. */
    private static final Set<String> PLAIN = Set.of("IHDR", "IDAT", "IEND", "sRGB", "gAMA", "cHRM", "pHYs");

    /** Inflated bytes of compressed metadata (iCCP, zTXt, iTXt) a PNG may carry, all together. */
    static final int MAX_METADATA_BYTES = 1024 * 1024;

    final int width;
    final int height;
    final boolean plain;

    private PngImage(int width, int height, boolean plain) {
        this.width = width;
        this.height = height;
        this.plain = plain;
    }

    static boolean looksLike(byte[] bytes) {
        return startsWith(bytes, SIGNATURE);
    }

    static PngImage parse(byte[] bytes) throws ImageFile.Refusal {
        int at = SIGNATURE.length;
        int width = 0;
        int height = 0;
        boolean plain = true;
        boolean sawHeader = false;
        boolean sawData = false;
        long metadata = 0;
        while (true) {
            if (bytes.length - at < 12) {
                throw damaged("it ends in the middle (the file is incomplete)");
            }
            long length = u32(bytes, at);
            String type = new String(bytes, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (length > bytes.length - at - 12) {
                throw damaged("it ends in the middle (the file is incomplete)");
            }
            int data = at + 8;
            int end = data + (int) length;
            CRC32 crc = new CRC32();
            crc.update(bytes, at + 4, 4 + (int) length);
            if (crc.getValue() != u32(bytes, end)) {
                throw damaged("a checksum does not match (the file is corrupt)");
            }
            if (!sawHeader) {
                if (!type.equals("IHDR") || length != 13) {
                    throw damaged("it has no header");
                }
                sawHeader = true;
                width = (int) Math.min(u32(bytes, data), Integer.MAX_VALUE);
                height = (int) Math.min(u32(bytes, data + 4), Integer.MAX_VALUE);
                int depth = bytes[data + 8] & 0xff;
                int colour = bytes[data + 9] & 0xff;
                int interlace = bytes[data + 12] & 0xff;
                if (width == 0 || height == 0 || !validKind(depth, colour) || bytes[data + 10] != 0
                        || bytes[data + 11] != 0 || interlace > 1) {
                    throw damaged("its header is not valid");
                }
                ImageFile.checkSize(width, height);
                plain = depth == 8 && (colour == 2 || colour == 6) && interlace == 0;
            } else if (type.equals("acTL") || type.equals("fcTL") || type.equals("fdAT")) {
                throw new ImageFile.Refusal("is an animated PNG", "reports print still pictures: save the frame "
                        + "you want as a plain PNG");
            } else if (type.equals("iCCP") || type.equals("zTXt") || type.equals("iTXt")) {
                metadata += inflatedMetadata(type, bytes, data, (int) length, MAX_METADATA_BYTES - metadata);
            } else if (type.equals("IDAT")) {
                sawData = true;
            } else if (type.equals("IEND")) {
                if (end + 4 != bytes.length) {
                    throw damaged("it has data after its end");
                }
                break;
            }
            plain &= PLAIN.contains(type);
            at = end + 4;
        }
        if (!sawData) {
            throw damaged("it has no picture data");
        }
        return new PngImage(width, height, plain);
    }

    /** Valid bit depths for each PNG colour type. */
    private static boolean validKind(int depth, int colour) {
        return switch (colour) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
    }

    /**
     * How many bytes a compressed metadata chunk inflates to, inflating no more than {@code allowance} (a chunk
     * that would inflate further is refused: a decompression bomb hidden in the metadata).
     */
    private static long inflatedMetadata(String type, byte[] bytes, int data, int length, long allowance)
            throws ImageFile.Refusal {
        int keyword = 0;
        while (keyword < length && keyword < 80 && bytes[data + keyword] != 0) {
            keyword++;
        }
        int start = data + keyword + 1;
        if (type.equals("iTXt")) {
            if (start >= data + length || bytes[start] == 0) {
                return 0; // uncompressed international text
            }
            start += 2; // compression flag and method
            for (int n = 0; n < 2; n++) { // language tag, translated keyword
                while (start < data + length && bytes[start] != 0) {
                    start++;
                }
                start++;
            }
        } else {
            start++; // compression method
        }
        if (start > data + length) {
            throw damaged("a " + type + " chunk is not valid");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, start, data + length - start);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                total += n;
                if (total > allowance) {
                    throw new ImageFile.Refusal("carries more than " + (MAX_METADATA_BYTES / (1024 * 1024))
                            + " MB of compressed metadata (text or a colour profile)",
                            "save it again without metadata (most editors offer 'export' or 'save for web')");
                }
            }
            return total;
        } catch (DataFormatException e) {
            throw damaged("a " + type + " chunk is corrupt");
        } finally {
            inflater.end();
        }
    }

    /** A PNG of the decoded pixels in the plain form: 8-bit RGB, or RGBA when the picture has transparency. */
    static byte[] encodePlain(java.awt.image.BufferedImage decoded) throws IOException {
        java.awt.image.BufferedImage plain = ImageFile.toRgb(decoded);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!javax.imageio.ImageIO.write(plain, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static ImageFile.Refusal damaged(String why) {
        return ImageFile.damaged("PNG", why);
    }

    private static long u32(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xffL) << 16) | ((b[at + 2] & 0xffL) << 8) | (b[at + 3] & 0xffL);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
