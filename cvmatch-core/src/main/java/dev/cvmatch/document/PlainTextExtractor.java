package dev.cvmatch.document;

import dev.cvmatch.CorruptDocumentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads plain text: UTF-8 (with or without byte-order mark), UTF-16 and UTF-32 (with a byte-order mark, or recognised
 * from where their zero bytes fall) and, when the bytes are not valid UTF-8, Windows-1252 - unless valid multi-byte
 * UTF-8 sequences outnumber the invalid ones four to one, in which case the file is UTF-8 with a few damaged bytes,
 * read as U+FFFD. Lines end with LF, CRLF, CR, a vertical tab (Word's manual line break) or a Unicode line separator; a form feed starts a new page. Control characters (stray NUL bytes
 * between lines, a byte-order mark in the middle of the file where two files were joined) are dropped and the text
 * around them kept. An HTML page (a CV saved from a browser or a résumé builder) is read as a browser lays it out:
 * one line per block element, table cells separated by tabs, no tags, scripts or styles. A file of symbols without a single letter or digit is not a document
 * ({@link CorruptDocumentException}); white space alone is an empty document. Stateless and thread-safe.
 */
public final class PlainTextExtractor implements DocumentTextExtractor {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final DocumentLimits limits;

    /** Creates the extractor with the {@linkplain DocumentLimits#defaults() default limits}. */
    public PlainTextExtractor() {
        this(DocumentLimits.defaults());
    }

    /**
     * Creates the extractor.
     *
     * @param limits bytes, pages (form feeds), characters and time allowed per document
     */
    public PlainTextExtractor(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        dev.cvmatch.internal.io.LimitGuard guard = new dev.cvmatch.internal.io.LimitGuard(limits);
        guard.checkBytes(content.length);
        String text = decode(content);
        if (dev.cvmatch.internal.io.HtmlText.looksLikeHtml(text)) {
            text = dev.cvmatch.internal.io.HtmlText.toText(text); // a CV saved as a web page
        }
        guard.checkCharacters(text.length());
        if (!text.isBlank() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // "%" saved as cv.pdf, a few stray bytes: white space is an empty document, symbols alone no document
            throw new CorruptDocumentException("The file holds " + content.length + " byte"
                    + (content.length == 1 ? "" : "s") + " of symbols and no letter: it is not a valid document "
                    + "(truncated, or not a CV)");
        }
        ExtractedDocument.Builder builder = ExtractedDocument.builder(DocumentFormat.TXT).guard(guard);
        String[] pages = text.split("\f", -1);
        for (String page : pages) {
            builder.startPage(0, 0);
            for (String line : page.split("\r\n|[\r\n\u000B\u2028\u2029]", -1)) {
                builder.addLine(stripControls(line), null, null, Region.BODY, 0);
            }
        }
        return builder.build();
    }

    /**
     * Decodes text bytes, choosing the charset from the byte-order mark, zero-byte pattern or UTF-8 validity.
     *
     * @param content the bytes
     * @return the decoded text without byte-order mark
     * @throws CorruptDocumentException if UTF-16 content is malformed
     */
    static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return strictOrReplace(content, 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE && content[2] == 0
                && content[3] == 0) {
            return strictUtf16(content, 4, Charset.forName("UTF-32LE"));
        }
        if (content.length >= 4 && content[0] == 0 && content[1] == 0 && (content[2] & 0xFF) == 0xFE
                && (content[3] & 0xFF) == 0xFF) {
            return strictUtf16(content, 4, Charset.forName("UTF-32BE"));
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return strictUtf16(content, 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return strictUtf16(content, 2, StandardCharsets.UTF_16BE);
        }
        Charset wide = FormatDetector.utf16or32WithoutBom(content);
        if (wide != null) {
            return strictUtf16(content, 0, wide);
        }
        // 8-bit text; stray NUL bytes decode to U+0000 and are dropped with the other control characters
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            // Mostly UTF-8 with a few damaged sequences (a truncated copy, one bad byte) stays UTF-8, the damage
            // becoming U+FFFD; reading it all as Windows-1252 would garble every accented letter of the file.
            return mostlyUtf8(content) ? new String(content, StandardCharsets.UTF_8)
                    : new String(content, WINDOWS_1252);
        }
    }

    /** At least four valid multi-byte UTF-8 sequences for each invalid one: UTF-8 with damage, not Windows-1252. */
    static boolean mostlyUtf8(byte[] content) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < content.length) {
            int b = content[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            boolean ok = length > 0 && i + length <= content.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (content[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && valid >= 4 * invalid;
    }

    private static String strictOrReplace(byte[] content, int offset, Charset charset) {
        return new String(content, offset, content.length - offset, charset);
    }

    private static String strictUtf16(byte[] content, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new CorruptDocumentException("The text file claims to be " + charset.name().substring(0, 6)
                    + " but its bytes are malformed", e);
        }
    }

    private static String stripControls(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c == 0x7F || c == '\uFEFF';
            if (control && sb == null) {
                sb = new StringBuilder(line.length());
                sb.append(line, 0, i);
            } else if (!control && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? line : sb.toString();
    }
}
