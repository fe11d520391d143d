package dev.cvmatch.azure.documentintelligence;

import com.azure.ai.documentintelligence.DocumentIntelligenceClient;
import com.azure.ai.documentintelligence.models.AnalyzeDocumentOptions;
import com.azure.ai.documentintelligence.models.AnalyzeResult;
import com.azure.ai.documentintelligence.models.DocumentAnalysisFeature;
import com.azure.ai.documentintelligence.models.StringIndexType;
import com.azure.core.exception.HttpResponseException;
import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.LimitExceededException;
import dev.cvmatch.UnsupportedFormatException;
import dev.cvmatch.azure.documentintelligence.implementation.AnalyzeResultMapper;
import dev.cvmatch.azure.documentintelligence.implementation.Analysis;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.document.FormatDetector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DocumentTextExtractor} backed by Azure AI Document Intelligence (the {@code prebuilt-layout} model by
 * default): scanned and photographed CVs are read by Azure's OCR, and every document comes back as the same
 * {@link ExtractedDocument} of pages, lines, positions and styles that the embedded extractors produce, so
 * {@code CvParser} parses it unchanged:
 *
 * <pre>{@code
 * DocumentTextExtractor azure = AzureDocumentIntelligenceTextExtractor.builder()
 *         .endpoint("https://my-resource.cognitiveservices.azure.com/")
 *         .credential(new AzureKeyCredential(System.getenv("DOCUMENT_INTELLIGENCE_KEY")))
 *         .build();
 * CvParser parser = CvParser.builder().extractor(azure).build();
 * }</pre>
 *
 * <p>Mapping: each Document Intelligence line becomes a line (reading order as returned), its polygon a box in
 * points from the top-left corner (inches × 72; image pixels scaled to an A4-wide page), its paragraph the layout
 * block; paragraphs with the role {@code title} or {@code sectionHeading} are marked bold (they are headings),
 * {@code pageHeader} and {@code pageFooter}/{@code pageNumber} lines get the regions {@code HEADER} and
 * {@code FOOTER}, table cells {@code TABLE}. With {@link Builder#styleFont(boolean)} (a paid add-on), bold and
 * italic come from the service's font styles. Lines of image documents are marked as read by OCR.
 *
 * <p>Limits: documents over {@link DocumentLimits#maxBytes()} and formats the service does not read (plain text,
 * ODT, legacy .doc, RTF) are refused before anything is sent; only the first {@link DocumentLimits#maxPages()} pages
 * are analysed (and billed); a result over {@link DocumentLimits#maxCharacters()} is refused. The service's
 * verdict that a file is corrupt or too large becomes {@link CorruptDocumentException} or
 * {@link LimitExceededException}; other service errors (authentication, quota, throttling after the client's
 * retries) propagate as the Azure SDK's {@link HttpResponseException}. An analysis that runs longer than
 * {@link Builder#timeout(Duration)} is abandoned with {@link LimitExceededException}.
 *
 * <p>Thread-safe; the underlying {@link DocumentIntelligenceClient} is shared. Nothing of the document is logged.
 */
public final class AzureDocumentIntelligenceTextExtractor implements DocumentTextExtractor {

    /** The model used unless {@link Builder#modelId(String)} says otherwise. */
    public static final String DEFAULT_MODEL_ID = "prebuilt-layout";

    private static final Logger LOG = LoggerFactory.getLogger(AzureDocumentIntelligenceTextExtractor.class);

    /** What the service reads, among the formats cvmatch detects. */
    private static final Set<DocumentFormat> SUPPORTED = EnumSet.of(DocumentFormat.PDF, DocumentFormat.DOCX,
            DocumentFormat.PNG, DocumentFormat.JPEG);

    private final DocumentIntelligenceClient client;
    private final String modelId;
    private final boolean styleFont;
    private final String locale;
    private final DocumentLimits limits;
    private final Duration timeout;
    private final Duration pollInterval;

    private AzureDocumentIntelligenceTextExtractor(Builder b) {
        this.client = b.resolveClient();
        this.modelId = b.modelId;
        this.styleFont = b.styleFont;
        this.locale = b.locale;
        this.limits = b.limits;
        this.timeout = b.timeout;
        this.pollInterval = b.pollInterval;
    }

    /**
     * Starts configuring an extractor.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length > limits.maxBytes()) {
            throw new LimitExceededException("bytes", "The document is " + content.length
                    + " bytes, over the limit of " + limits.maxBytes() + " bytes");
        }
        DocumentFormat format = FormatDetector.detect(content);
        if (!SUPPORTED.contains(format)) {
            throw new UnsupportedFormatException("Azure AI Document Intelligence does not read this format ("
                    + format + "); send PDF, DOCX, PNG or JPEG, or use the embedded extractor for it");
        }
        AnalyzeDocumentOptions options = new AnalyzeDocumentOptions(content)
                .setStringIndexType(StringIndexType.UTF16_CODE_UNIT)
                .setPages(List.of("1-" + limits.maxPages()));
        List<DocumentAnalysisFeature> features = new ArrayList<>();
        if (styleFont) {
            features.add(DocumentAnalysisFeature.STYLE_FONT);
        }
        if (!features.isEmpty()) {
            options.setDocumentAnalysisFeatures(features);
        }
        if (locale != null) {
            options.setLocale(locale);
        }
        AnalyzeResult result = Analysis.run(client, modelId, options, pollInterval, timeout);
        ExtractedDocument document = AnalyzeResultMapper.toDocument(result, format);
        if (document.text().length() > limits.maxCharacters()) {
            throw new LimitExceededException("characters", "The document holds " + document.text().length()
                    + " characters, over the limit of " + limits.maxCharacters());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Document Intelligence read a {} document: {} pages, {} lines", format,
                    document.pages().size(), document.lines().size());
        }
        return document;
    }

    /**
     * Configures a {@link AzureDocumentIntelligenceTextExtractor}. Give either a ready {@link DocumentIntelligenceClient}
     * (your own HTTP client, retries, logging) or an endpoint and a credential.
     */
    public static final class Builder extends DocumentIntelligenceBuilder<Builder> {
        private boolean styleFont;
        private DocumentLimits limits = DocumentLimits.defaults();

        private Builder() {
            super(DEFAULT_MODEL_ID, Duration.ofMinutes(2), Duration.ofSeconds(1));
        }

        /**
         * Asks for font styles (bold, italic) — the {@code styleFont} add-on, billed per page. Off by default:
         * headings are recognised from paragraph roles without it.
         *
         * @param enabled whether to request font styles
         * @return this builder
         */
        public Builder styleFont(boolean enabled) {
            this.styleFont = enabled;
            return this;
        }

        /**
         * Size, page and character limits (the time budget of the embedded extractors does not apply: see
         * {@link #timeout(Duration)}).
         *
         * @param documentLimits the limits
         * @return this builder
         */
        public Builder limits(DocumentLimits documentLimits) {
            this.limits = Objects.requireNonNull(documentLimits, "documentLimits");
            return this;
        }

        /**
         * Builds the extractor.
         *
         * @return the extractor
         * @throws IllegalStateException if neither a client nor an endpoint and a credential were given
         */
        public AzureDocumentIntelligenceTextExtractor build() {
            return new AzureDocumentIntelligenceTextExtractor(this);
        }
    }
}
