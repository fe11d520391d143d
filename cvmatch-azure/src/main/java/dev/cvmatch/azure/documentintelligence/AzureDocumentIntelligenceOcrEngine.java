package dev.cvmatch.azure.documentintelligence;

import com.azure.ai.documentintelligence.DocumentIntelligenceClient;
import com.azure.ai.documentintelligence.models.AnalyzeDocumentOptions;
import com.azure.ai.documentintelligence.models.AnalyzeResult;
import com.azure.ai.documentintelligence.models.DocumentLine;
import com.azure.ai.documentintelligence.models.DocumentPage;
import com.azure.ai.documentintelligence.models.DocumentParagraph;
import com.azure.ai.documentintelligence.models.DocumentSpan;
import com.azure.ai.documentintelligence.models.DocumentWord;
import com.azure.ai.documentintelligence.models.StringIndexType;
import dev.cvmatch.azure.documentintelligence.implementation.AnalyzeResultMapper;
import dev.cvmatch.azure.documentintelligence.implementation.Analysis;
import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.OcrEngine;
import dev.cvmatch.document.OcrLine;
import dev.cvmatch.document.OcrWord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * An {@link OcrEngine} backed by Azure AI Document Intelligence ({@code prebuilt-read} by default): only the pages
 * that need OCR are sent (scanned PDF pages, PNG and JPEG CVs); born-digital documents stay with the embedded
 * extractors and cost nothing. The words come back with their boxes and go through cvmatch's own layout analysis,
 * like Tesseract's:
 *
 * <pre>{@code
 * OcrEngine azureOcr = AzureDocumentIntelligenceOcrEngine.builder()
 *         .endpoint("https://my-resource.cognitiveservices.azure.com/")
 *         .credential(new AzureKeyCredential(System.getenv("DOCUMENT_INTELLIGENCE_KEY")))
 *         .build();
 * CvParser parser = CvParser.builder()
 *         .extractor(AutoDetectTextExtractor.builder().ocr(azureOcr).build())
 *         .build();
 * }</pre>
 *
 * <p>Each page image is sent as PNG (JPEG when the PNG would pass 4 MB, the free tier's limit). Errors as for
 * {@link AzureDocumentIntelligenceTextExtractor}. Thread-safe.
 */
public final class AzureDocumentIntelligenceOcrEngine implements OcrEngine {

    /** The model used unless {@link Builder#modelId(String)} says otherwise. */
    public static final String DEFAULT_MODEL_ID = "prebuilt-read";
    private static final int MAX_PNG_BYTES = 4 * 1024 * 1024;

    private final DocumentIntelligenceClient client;
    private final String modelId;
    private final String locale;
    private final Duration timeout;
    private final Duration pollInterval;

    private AzureDocumentIntelligenceOcrEngine(Builder b) {
        this.client = b.resolveClient();
        this.modelId = b.modelId;
        this.locale = b.locale;
        this.timeout = b.timeout;
        this.pollInterval = b.pollInterval;
    }

    /**
     * Starts configuring an engine.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<OcrLine> recognize(BufferedImage image, int dotsPerInch) {
        Objects.requireNonNull(image, "image");
        AnalyzeDocumentOptions options = new AnalyzeDocumentOptions(encode(image))
                .setStringIndexType(StringIndexType.UTF16_CODE_UNIT);
        if (locale != null) {
            options.setLocale(locale);
        }
        AnalyzeResult result = Analysis.run(client, modelId, options, pollInterval, timeout);
        List<OcrLine> out = new ArrayList<>();
        if (result.getPages() == null || result.getPages().isEmpty()) {
            return out;
        }
        DocumentPage page = result.getPages().get(0);
        // the service measures an image in its own pixels: scale them to the image we were given, in case it differs
        double scale = page.getWidth() == null || page.getWidth() <= 0 ? 1 : image.getWidth() / page.getWidth();
        List<DocumentWord> words = page.getWords() == null ? List.of() : page.getWords();
        List<DocumentParagraph> paragraphs = result.getParagraphs() == null ? List.of() : result.getParagraphs();
        List<DocumentLine> lines = page.getLines() == null ? List.of() : page.getLines();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            if (line.getContent() == null || line.getContent().isBlank()) {
                continue;
            }
            BoundingBox box = AnalyzeResultMapper.box(line.getPolygon(), (float) scale);
            if (box == null) {
                continue;
            }
            List<OcrWord> lineWords = new ArrayList<>();
            double confidence = 0;
            for (DocumentWord word : words) {
                if (word.getSpan() != null && inside(line.getSpans(), word.getSpan().getOffset())) {
                    BoundingBox wordBox = AnalyzeResultMapper.box(word.getPolygon(), (float) scale);
                    if (wordBox != null) {
                        lineWords.add(new OcrWord(word.getContent(), wordBox, (float) word.getConfidence()));
                        confidence += word.getConfidence();
                    }
                }
            }
            float lineConfidence = lineWords.isEmpty() ? 0.9f : (float) (confidence / lineWords.size());
            out.add(new OcrLine(line.getContent(), box, lineConfidence, block(paragraphs, line, i), lineWords));
        }
        return out;
    }

    private static boolean inside(List<DocumentSpan> spans, int offset) {
        if (spans == null) {
            return false;
        }
        for (DocumentSpan s : spans) {
            if (offset >= s.getOffset() && offset < s.getOffset() + s.getLength()) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph holding the line, or a block of its own. */
    private static int block(List<DocumentParagraph> paragraphs, DocumentLine line, int index) {
        if (line.getSpans() != null && !line.getSpans().isEmpty()) {
            int offset = line.getSpans().get(0).getOffset();
            for (int p = 0; p < paragraphs.size(); p++) {
                if (inside(paragraphs.get(p).getSpans(), offset)) {
                    return p;
                }
            }
        }
        return paragraphs.size() + index;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            if (png.size() <= MAX_PNG_BYTES) {
                return png.toByteArray();
            }
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(rgb, "jpg", jpeg);
            return jpeg.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the page image", e);
        }
    }

    /** Configures an {@link AzureDocumentIntelligenceOcrEngine}: a client, or an endpoint and a credential. */
    public static final class Builder extends DocumentIntelligenceBuilder<Builder> {

        private Builder() {
            super(DEFAULT_MODEL_ID, Duration.ofMinutes(1), Duration.ofMillis(500));
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws IllegalStateException if neither a client nor an endpoint and a credential were given
         */
        public AzureDocumentIntelligenceOcrEngine build() {
            return new AzureDocumentIntelligenceOcrEngine(this);
        }
    }
}
