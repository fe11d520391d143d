package dev.cvmatch.document;

import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.UnsupportedFormatException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Detects a document's format from its bytes ({@link FormatDetector}) and hands it to the extractor registered for
 * that format. Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentTextExtractor extractor = AutoDetectTextExtractor.builder()
 *         .extractor(DocumentFormat.PDF, myOcrAwarePdfExtractor)   // optional override
 *         .build();
 * }</pre>
 */
public final class AutoDetectTextExtractor implements DocumentTextExtractor {

    private final Map<DocumentFormat, DocumentTextExtractor> extractors;

    private AutoDetectTextExtractor(Map<DocumentFormat, DocumentTextExtractor> extractors) {
        this.extractors = new EnumMap<>(extractors);
    }

    /**
     * Starts a builder preloaded with the embedded extractors for PDF, DOCX, ODT and TXT.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * @throws EmptyDocumentException if the content is empty
     * @throws UnsupportedFormatException if no extractor is registered for the detected format
     */
    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            throw new EmptyDocumentException("The file is empty (0 bytes)");
        }
        DocumentFormat format = FormatDetector.detect(content);
        DocumentTextExtractor extractor = extractors.get(format);
        if (extractor == null && format == DocumentFormat.DOC && PoiDocxTextExtractor.isEncryptedOoxml(content)) {
            throw new dev.cvmatch.EncryptedDocumentException(
                    "The Office document is protected by a password; ask the candidate for an unprotected copy");
        }
        if (extractor == null) {
            throw new UnsupportedFormatException(describeUnsupported(format));
        }
        return extractor.extract(content);
    }

    private static String describeUnsupported(DocumentFormat format) {
        switch (format) {
            case DOC:
                return "Legacy Word 97-2003 (.doc) files are not supported, or the Office file is encrypted; "
                        + "save it as PDF or DOCX";
            case RTF:
                return "RTF files are not supported; save the CV as PDF or DOCX";
            case PNG:
            case JPEG:
                return "The file is an image (" + format + "), not a text document; OCR is needed to read it";
            case ZIP:
                return "The file is a ZIP archive that is not a Word or OpenDocument document";
            default:
                return "The file is not a PDF, DOCX, ODT or text document (unrecognised content)";
        }
    }

    /** Builds an {@link AutoDetectTextExtractor}. Not thread-safe. */
    public static final class Builder {
        private final Map<DocumentFormat, DocumentTextExtractor> extractors = new EnumMap<>(DocumentFormat.class);

        private Builder() {
            limits(DocumentLimits.defaults());
        }

        /**
         * Sets the limits of the embedded extractors (PDF, DOCX, ODT, TXT), replacing them.
         *
         * @param limits bytes, pages, characters and time allowed per document
         * @return this builder
         */
        public Builder limits(DocumentLimits limits) {
            extractors.put(DocumentFormat.PDF, new PdfBoxTextExtractor(limits));
            extractors.put(DocumentFormat.DOCX, new PoiDocxTextExtractor(limits));
            extractors.put(DocumentFormat.ODT, new OdfTextExtractor(limits));
            extractors.put(DocumentFormat.TXT, new PlainTextExtractor(limits));
            return this;
        }

        /**
         * Registers (or replaces) the extractor used for a format.
         *
         * @param format the format
         * @param extractor the extractor
         * @return this builder
         */
        public Builder extractor(DocumentFormat format, DocumentTextExtractor extractor) {
            extractors.put(Objects.requireNonNull(format, "format"), Objects.requireNonNull(extractor, "extractor"));
            return this;
        }

        /**
         * Builds the extractor.
         *
         * @return an immutable extractor
         */
        public AutoDetectTextExtractor build() {
            return new AutoDetectTextExtractor(extractors);
        }
    }
}
