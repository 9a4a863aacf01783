package org.rapporteur.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A Word package rewritten so that equal content gives equal bytes. */
final class ZipNormaliser {

    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ZipNormaliser() {
    }

    /**
     * The same package with its entries sorted ([Content_Types].xml, then _rels/.rels, then by name) and every
     * entry stamped with {@code time} (UTC, clamped to the zip range), so equal content gives equal bytes.
     */
    static byte[] normalise(byte[] zip, Instant time) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((x, y) -> {
            int c = Integer.compare(rank(x), rank(y));
            return c != 0 ? c : x.compareTo(y);
        });
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (t.isBefore(EARLIEST)) {
            t = EARLIEST;
        } else if (t.isAfter(LATEST)) {
            t = LATEST;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTimeLocal(t);
                z.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(z);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        return name.equals("_rels/.rels") ? 1 : 2;
    }
}
