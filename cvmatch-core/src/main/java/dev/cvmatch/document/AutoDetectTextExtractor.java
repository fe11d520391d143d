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
 * <p>By default PDF, DOCX, ODT and TXT are read by the embedded extractors, and scanned PDFs, PNG and JPEG by the
 * {@linkplain OcrEngine#findDefault() default OCR engine} when it is installed (looked up at the first scan, not when
 * the extractor is built); without it they raise {@link dev.cvmatch.OcrRequiredException}.
 *
 * <pre>{@code
 * DocumentTextExtractor extractor = AutoDetectTextExtractor.builder()
 *         .limits(DocumentLimits.defaults().withMaxPages(10))
 *         .ocr(myOcrEngine)                                      // or .ocr(null) to refuse scans
 *         .extractor(DocumentFormat.DOCX, myDocxExtractor)       // optional override
 *         .build();
 * }</pre>
 */
public final class AutoDetectTextExtractor implements DocumentTextExtractor {

    private final Map<DocumentFormat, DocumentTextExtractor> extractors;

    private AutoDetectTextExtractor(Map<DocumentFormat, DocumentTextExtractor> extractors) {
        this.extractors = new EnumMap<>(extractors);
    }

    /**
     * Starts a builder with the embedded extractors for PDF, DOCX, ODT, TXT, and PNG/JPEG through OCR.
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
        private DocumentLimits limits = DocumentLimits.defaults();
        private OcrEngine ocr = DefaultOcrEngine.INSTANCE;

        private Builder() {
        }

        /**
         * Sets the limits of the embedded extractors (PDF, DOCX, ODT, TXT, images).
         *
         * @param limits bytes, pages, characters and time allowed per document
         * @return this builder
         */
        public Builder limits(DocumentLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The OCR engine for scanned PDFs and PNG/JPEG images. Default: {@link OcrEngine#findDefault()}.
         *
         * @param engine the engine, or {@code null} to refuse scans with {@link dev.cvmatch.OcrRequiredException}
         * @return this builder
         */
        public Builder ocr(OcrEngine engine) {
            this.ocr = engine;
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
            Map<DocumentFormat, DocumentTextExtractor> all = new EnumMap<>(DocumentFormat.class);
            all.put(DocumentFormat.PDF, new PdfBoxTextExtractor(limits, ocr));
            all.put(DocumentFormat.DOCX, new PoiDocxTextExtractor(limits));
            all.put(DocumentFormat.ODT, new OdfTextExtractor(limits));
            all.put(DocumentFormat.TXT, new PlainTextExtractor(limits));
            ImageTextExtractor images = new ImageTextExtractor(limits, ocr);
            all.put(DocumentFormat.PNG, images);
            all.put(DocumentFormat.JPEG, images);
            all.putAll(extractors);
            return new AutoDetectTextExtractor(all);
        }
    }
}
