package org.rapporteur.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture an author's prose refers to ({@code ![what it shows](path)}), read and checked before it is embedded.
 * The path must name a regular file inside the folder (no web address, no data: URI, no link leading out, no
 * FIFO or device); the file must really be a PNG or JPEG (by its contents, agreeing with its name), within the
 * byte, width, height and pixel limits (read from its header before anything is decoded), and decode completely.
 * What is embedded is the checked picture in a form every writer prints (see {@link PngImage},
 * {@link JpegImage}). Every problem is a refusal with a message and what to do, never an exception.
 */
public final class ImageFile {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_SIDE = 10_000;
    public static final long MAX_PIXELS = 16_000_000L;

    private static final Map<String, String> EXTENSIONS = Map.of("png", "PNG", "jpg", "JPEG", "jpeg", "JPEG");

    private ImageFile() {
    }

    /** Why a picture cannot be embedded, and what to do. */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Refusal(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** A checked picture: what is embedded (a data: URI of {@code bytes} bytes) and how many pixels it has. */
    public record Picture(String dataUri, long bytes, long pixels) {
    }

    /**
     * The picture {@code destination} (as typed in the prose) names inside {@code folder}, ready to embed.
     *
     * @throws Refusal with a message that completes "image 'destination' ..." and a hint
     */
    public static Picture read(Path folder, String destination) throws Refusal {
        Located file = resolve(folder, destination);
        byte[] bytes = read(file.real());
        String format = format(bytes, file.extension());
        if (format.equals("PNG")) {
            PngImage png = PngImage.parse(bytes);
            BufferedImage decoded = decode(bytes, "PNG", png.width, png.height);
            try {
                return picture("image/png", png.plain ? bytes : PngImage.encodePlain(decoded), png.width, png.height);
            } catch (IOException e) {
                throw damaged("PNG", "it cannot be re-encoded");
            }
        }
        JpegImage jpeg = JpegImage.parse(bytes);
        decode(jpeg.stripped, "JPEG", jpeg.width, jpeg.height);
        return picture("image/jpeg", jpeg.stripped, jpeg.width, jpeg.height);
    }

    /** A picture's file, links resolved, and the extension of the name it was referred to by. */
    private record Located(Path real, String extension) {
    }

    /** The file a destination names, refusing anything that is not a plain relative path inside the folder. */
    private static Located resolve(Path folder, String destination) throws Refusal {
        String typed = destination == null ? "" : destination.strip();
        if (typed.isEmpty()) {
            throw new Refusal("has no file name", "write the picture's path between the parentheses: "
                    + "![what it shows](pictures/chart.png)");
        }
        if (typed.regionMatches(true, 0, "data:", 0, 5)) {
            throw new Refusal("is written into the text as a data: URI", "save the picture as a PNG or JPEG file "
                    + "in the report folder and refer to it by its path");
        }
        if (typed.contains(":") || typed.startsWith("//")) {
            throw new Refusal("is not in the report folder", "copy the image into the report folder and refer to "
                    + "it by its relative path; nothing is fetched from the web");
        }
        if (typed.contains("?") || typed.contains("#")) {
            throw new Refusal("has a query or fragment (? or #) after its path",
                    "refer to the file by its path alone");
        }
        String path;
        try {
            path = URLDecoder.decode(typed.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refusal("is not a valid path (a % is not followed by two hexadecimal digits)",
                    "write the file's path as it is, e.g. pictures/my chart.png");
        }
        if (path.contains("\\")) {
            throw new Refusal("has a backslash in its path", "separate folders with /, e.g. pictures/chart.png");
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal("has control characters in its path", "rename the file");
        }
        Path root = folder.toAbsolutePath().normalize();
        Path target;
        try {
            target = root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new Refusal("is not a valid path", "rename the file");
        }
        if (path.startsWith("/") || !target.startsWith(root) || target.equals(root)) {
            throw new Refusal("is outside the report folder", "copy the image into the report folder");
        }
        String name = target.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!EXTENSIONS.containsKey(ext)) {
            throw new Refusal("is not a PNG or JPEG file", "convert it to PNG");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal("cannot be found", "check the path: it is relative to the folder of the report");
        }
        Path real;
        try {
            real = target.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw new Refusal("links outside the report folder", "copy the image into the report folder");
            }
        } catch (IOException e) {
            throw new Refusal("cannot be read (it may be a link that points nowhere)", "check the path");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal("is not a regular file (a folder, pipe or device has this name)",
                    "give the path of a PNG or JPEG file");
        }
        return new Located(real, ext);
    }

    private static byte[] read(Path file) throws Refusal {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Refusal("cannot be read", "check that the file is readable");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refusal("is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB", "make it smaller: save it "
                    + "with fewer pixels, or a photograph as JPEG");
        }
        if (bytes.length == 0) {
            throw new Refusal("is an empty file", "save the picture again");
        }
        return bytes;
    }

    /** The file's real format, from its first bytes, which must agree with its name. */
    private static String format(byte[] bytes, String ext) throws Refusal {
        String named = EXTENSIONS.get(ext);
        String real = PngImage.looksLike(bytes) ? "PNG" : JpegImage.looksLike(bytes) ? "JPEG" : null;
        if (real == null) {
            throw new Refusal("is " + otherFormat(bytes) + ", not a PNG or JPEG picture", "convert it to PNG (or "
                    + "JPEG for a photograph) and give the file the matching name");
        }
        if (!real.equals(named)) {
            throw new Refusal("is a " + real + " picture but its name ends in ." + ext, "rename it to end in ."
                    + real.toLowerCase(Locale.ROOT).replace("jpeg", "jpg"));
        }
        return real;
    }

    /** What a file that is not PNG or JPEG seems to be, for the message. */
    private static String otherFormat(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 256), StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
            return "a GIF picture";
        }
        if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WEBP", 8)) {
            return "a WebP picture";
        }
        if (head.startsWith("BM")) {
            return "a BMP picture";
        }
        if (head.startsWith("II*\0") || head.startsWith("MM\0*")) {
            return "a TIFF picture";
        }
        if (head.length() >= 12 && head.startsWith("ftyp", 4)) {
            return "an HEIC or AVIF picture";
        }
        if (head.startsWith("%PDF")) {
            return "a PDF document";
        }
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<svg") || (lower.startsWith("<?xml") && lower.contains("<svg"))) {
            return "an SVG drawing";
        }
        if (head.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c != 0x7f))) {
            return "text";
        }
        return "not a picture this program knows";
    }

    /** Refuses a picture larger than the limits, from the size its header gives. */
    static void checkSize(long width, long height) throws Refusal {
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new Refusal("is " + width + " x " + height + " pixels; a picture may have at most "
                    + String.format(Locale.UK, "%,d", MAX_SIDE) + " pixels a side and "
                    + MAX_PIXELS / 1_000_000 + " million pixels", "scale it down: 2,000 pixels across is "
                    + "plenty for a printed page");
        }
    }

    static Refusal damaged(String format, String why) {
        return new Refusal("is a damaged " + format + " file (" + why + ")", "open it in an image editor and save "
                + "it again, or export it afresh");
    }

    /**
     * Every pixel, decoded by the JDK's reader with its warnings treated as errors (a truncated JPEG only warns),
     * and metadata ignored (PngImage has already bounded it).
     */
    private static BufferedImage decode(byte[] bytes, String format, int width, int height) throws Refusal {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw damaged(format, "no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String[] warning = {null};
                reader.addIIOReadWarningListener((source, message) -> warning[0] = message);
                BufferedImage image = reader.read(0);
                if (warning[0] != null) {
                    throw damaged(format, "its picture data is incomplete or corrupt");
                }
                if (image.getWidth() != width || image.getHeight() != height) {
                    throw damaged(format, "its size does not match its header");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String what = e.getMessage() != null && e.getMessage().contains("Unsupported Image Type")
                    ? "its colours are of a kind that cannot be read" : "its picture data cannot be decoded";
            throw damaged(format, what);
        }
    }

    /**
     * The picture as 8-bit sRGB pixels (with alpha when it has transparency). Grey pictures are copied sample by
     * sample: Java's grey colour space is linear, and converting through it would lighten them.
     */
    static BufferedImage toRgb(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        boolean grey = image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY
                && !(image.getColorModel() instanceof java.awt.image.IndexColorModel);
        java.awt.image.Raster raster = image.getRaster();
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            if (grey) {
                int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
                int alphaMax = alpha ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
                for (int x = 0; x < row.length; x++) {
                    int v = raster.getSample(x, y, 0) * 255 / max;
                    int a = alpha ? raster.getSample(x, y, 1) * 255 / alphaMax : 255;
                    row[x] = (a << 24) | (v << 16) | (v << 8) | v;
                }
            } else {
                image.getRGB(0, y, row.length, 1, row, 0, row.length);
            }
            out.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        return out;
    }

    private static Picture picture(String type, byte[] bytes, int width, int height) {
        return new Picture("data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes), bytes.length,
                (long) width * height);
    }
}
