package dev.cvmatch.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds minimal OpenDocument text packages for tests: a stored {@code mimetype} entry, then the parts given. */
public final class OdtPackage {

    private OdtPackage() {
    }

    /**
     * An ODT whose only part is {@code content.xml}.
     *
     * @param contentXml the content part
     * @return the package bytes
     */
    public static byte[] of(String contentXml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            putStored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes an uncompressed entry (size and CRC up front, as ZIP requires for STORED).
     *
     * @param zip the archive being written
     * @param name the entry name
     * @param content the entry bytes
     * @throws IOException if writing fails
     */
    public static void putStored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
    }
}
