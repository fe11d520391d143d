package dev.cvmatch.document;

import dev.cvmatch.LimitExceededException;
import dev.cvmatch.internal.io.BoundedZipInputStream;
import dev.cvmatch.internal.io.LimitGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Detects a document's format from its bytes (magic numbers and container contents), never from a file name.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatDetector {

    private static final int MAX_ZIP_ENTRIES_SCANNED = 200;
    private static final int TEXT_PROBE = 8192;

    private FormatDetector() {
    }

    /**
     * Detects the format of a document.
     *
     * @param content the document bytes (only the beginning is read for most formats)
     * @return the detected format; {@link DocumentFormat#UNKNOWN} when nothing matches
     */
    public static DocumentFormat detect(byte[] content) {
        Objects.requireNonNull(content, "content");
        int n = content.length;
        if (n == 0) {
            return DocumentFormat.UNKNOWN;
        }
        if (startsWith(content, 0xEF, 0xBB, 0xBF) || startsWith(content, 0xFF, 0xFE)
                || startsWith(content, 0xFE, 0xFF) || startsWith(content, 0, 0, 0xFE, 0xFF)) {
            return DocumentFormat.TXT;
        }
        if (indexOf(content, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return DocumentFormat.PDF;
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return detectZip(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return DocumentFormat.DOC;
        }
        if (startsWith(content, '{', '\\', 'r', 't', 'f')) {
            return DocumentFormat.RTF;
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G')) {
            return DocumentFormat.PNG;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return DocumentFormat.JPEG;
        }
        return looksLikeText(content) ? DocumentFormat.TXT : DocumentFormat.UNKNOWN;
    }

    private static DocumentFormat detectZip(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        // entries skipped are inflated too: bound them so that a decompression bomb cannot stall detection
        try (ZipInputStream zip = new BoundedZipInputStream(content, new LimitGuard(DocumentLimits.defaults()))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES_SCANNED) {
                String name = entry.getName();
                if ("mimetype".equals(name)) {
                    byte[] type = zip.readNBytes(100);
                    if (new String(type, StandardCharsets.US_ASCII).trim()
                            .startsWith("application/vnd.oasis.opendocument.text")) {
                        return DocumentFormat.ODT;
                    }
                } else if ("[Content_Types].xml".equals(name)) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    word = true;
                }
                if (contentTypes && word) {
                    return DocumentFormat.DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException | LimitExceededException e) {
            // a damaged archive or a decompression bomb: judge from what was seen so far
        }
        if (word) {
            return DocumentFormat.DOCX;
        }
        return DocumentFormat.ZIP;
    }

    /**
     * Text, as real text files are: any byte-order mark, UTF-16 or UTF-32 without one (told from where the zero bytes
     * fall), and 8-bit text in which stray NUL bytes (padding between lines, a damaged copy) are ignored. What is left
     * once the NULs are put aside must be mostly printable: at most one control character in 50 besides tab, line
     * breaks, form feed, vertical tab and the DOS end-of-file mark.
     */
    private static boolean looksLikeText(byte[] content) {
        if (utf16or32WithoutBom(content) != null) {
            return true;
        }
        int n = Math.min(content.length, TEXT_PROBE);
        int control = 0;
        int printable = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                continue;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1A
                    || b == 0x7F) {
                control++;
            } else {
                printable++;
            }
        }
        return printable > 0 && control <= (printable + control) / 50;
    }

    /**
     * The charset of text in UTF-16 or UTF-32 without a byte-order mark, from where its zero bytes fall (each ASCII
     * character has its zero bytes at the same offsets), or {@code null}.
     *
     * @param content the bytes
     * @return {@code UTF-16LE}, {@code UTF-16BE}, {@code UTF-32LE}, {@code UTF-32BE} or {@code null}
     */
    static java.nio.charset.Charset utf16or32WithoutBom(byte[] content) {
        int n = Math.min(content.length, TEXT_PROBE) & ~3;
        if (n < 4) {
            return null;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                zeros[i & 3]++;
            }
        }
        int quarter = n / 4;
        boolean[] mostly = new boolean[4];
        boolean[] rarely = new boolean[4];
        for (int k = 0; k < 4; k++) {
            mostly[k] = zeros[k] > quarter * 0.6;
            rarely[k] = zeros[k] < quarter * 0.05;
        }
        if (rarely[0] && mostly[1] && mostly[2] && mostly[3]) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (mostly[0] && mostly[1] && mostly[2] && rarely[3]) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        if (rarely[0] && rarely[2] && mostly[1] && mostly[3]) {
            return StandardCharsets.UTF_16LE;
        }
        if (mostly[0] && mostly[2] && rarely[1] && rarely[3]) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle, int within) {
        int limit = Math.min(content.length - needle.length, within);
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
