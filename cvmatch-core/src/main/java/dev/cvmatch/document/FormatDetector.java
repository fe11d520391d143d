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
                || startsWith(content, 0xFE, 0xFF)) {
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

    private static boolean looksLikeText(byte[] content) {
        int n = Math.min(content.length, TEXT_PROBE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return looksLikeUtf16WithoutBom(content);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control <= n / 100;
    }

    private static boolean looksLikeUtf16WithoutBom(byte[] content) {
        int n = Math.min(content.length, TEXT_PROBE) & ~1;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int half = n / 2;
        return half > 0 && (zeroOdd > half * 0.6 && zeroEven < half * 0.05
                || zeroEven > half * 0.6 && zeroOdd < half * 0.05);
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
