package dev.cvmatch.document;

/**
 * Document formats cvmatch recognises from their bytes (see {@link FormatDetector}).
 *
 * <p>{@link #isReadable()} tells whether the embedded extractors read the format's text without OCR; images are read
 * through OCR, and the other formats are recognised only so that the error message can name what was received.
 */
public enum DocumentFormat {
    /** Portable Document Format. */
    PDF("application/pdf", true),
    /** Office Open XML word-processing document (Word 2007+). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    /** OpenDocument text (LibreOffice, OpenOffice). */
    ODT("application/vnd.oasis.opendocument.text", true),
    /** Plain text in UTF-8, UTF-16 (with a byte-order mark) or Windows-1252. */
    TXT("text/plain", true),
    /** Legacy binary Word document (Word 97-2003); not read. */
    DOC("application/msword", false),
    /** Rich Text Format; not read. */
    RTF("application/rtf", false),
    /** PNG image; read through an {@link OcrEngine} when one is available. */
    PNG("image/png", false),
    /** JPEG image; read through an {@link OcrEngine} when one is available. */
    JPEG("image/jpeg", false),
    /** Other ZIP archive (not an office document). */
    ZIP("application/zip", false),
    /** Unrecognised binary content. */
    UNKNOWN("application/octet-stream", false);

    private final String mediaType;
    private final boolean readable;

    DocumentFormat(String mediaType, boolean readable) {
        this.mediaType = mediaType;
        this.readable = readable;
    }

    /**
     * The IANA media type of the format.
     *
     * @return the media type, e.g. {@code application/pdf}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Whether the default extractor of cvmatch-core reads this format.
     *
     * @return {@code true} for PDF, DOCX, ODT and TXT
     */
    public boolean isReadable() {
        return readable;
    }
}
