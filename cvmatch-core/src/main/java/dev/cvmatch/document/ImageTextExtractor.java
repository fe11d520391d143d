package dev.cvmatch.document;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.CvMatchException;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.UnsupportedFormatException;
import dev.cvmatch.internal.io.LimitGuard;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads a PNG or JPEG CV (a scan, a phone photo of a page) with an {@link OcrEngine}.
 *
 * <p>The image size is checked from its header against {@link DocumentLimits#maxImagePixels()} before anything is
 * decoded, and large images are decoded subsampled to about 12 megapixels (A4 at 300 dpi is 8.7), so memory stays
 * bounded. The resolution is estimated from the width, assuming the image shows one A4 or Letter page. Without an OCR
 * engine, {@link #extract(byte[])} throws {@link dev.cvmatch.OcrRequiredException}; it never returns an empty
 * document.
 *
 * <p>Thread-safe when its engine is.
 */
public final class ImageTextExtractor implements DocumentTextExtractor {

    private static final double PAGE_WIDTH_INCHES = 8.27;

    private final DocumentLimits limits;
    private final OcrEngine ocr;

    /** Creates the extractor with the default limits and the {@linkplain OcrEngine#findDefault() default OCR}. */
    public ImageTextExtractor() {
        this(DocumentLimits.defaults(), DefaultOcrEngine.INSTANCE);
    }

    /**
     * Creates the extractor.
     *
     * @param limits the limits applied to every image
     * @param ocr the OCR engine, or {@code null} to refuse images with {@link dev.cvmatch.OcrRequiredException}
     */
    public ImageTextExtractor(DocumentLimits limits, OcrEngine ocr) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ocr = ocr;
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        LimitGuard guard = new LimitGuard(limits);
        guard.checkBytes(content.length);
        DocumentFormat format = FormatDetector.detect(content);
        if (format != DocumentFormat.PNG && format != DocumentFormat.JPEG) {
            throw new UnsupportedFormatException("The file is not a PNG or JPEG image (detected: " + format + ")");
        }
        OcrEngine engine;
        BufferedImage image;
        int sourceWidth;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new CorruptDocumentException("The " + format + " image cannot be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                sourceWidth = reader.getWidth(0);
                int sourceHeight = reader.getHeight(0);
                if (sourceWidth <= 0 || sourceHeight <= 0) {
                    throw new CorruptDocumentException("The " + format + " image has no pixels");
                }
                guard.checkImagePixels(sourceWidth, sourceHeight);
                engine = OcrPages.require(ocr, "The file is an image (" + format + ")");
                ImageReadParam param = reader.getDefaultReadParam();
                long pixels = (long) sourceWidth * sourceHeight;
                int step = (int) Math.ceil(Math.sqrt((double) pixels / OcrPages.MAX_OCR_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CvMatchException) {
                throw (CvMatchException) e;
            }
            throw new CorruptDocumentException("The " + format + " image is damaged or cannot be decoded ("
                    + e.getMessage() + ")", e);
        }
        guard.checkTime();
        double dpi = Math.max(50, Math.min(600, sourceWidth / PAGE_WIDTH_INCHES)) * image.getWidth() / sourceWidth;
        ExtractedDocument.Builder builder = ExtractedDocument.builder(format).guard(guard);
        OcrPages.addPage(builder, engine, image, (float) dpi, guard, 0);
        ExtractedDocument document = builder.build();
        if (!document.hasText()) {
            throw new EmptyDocumentException("OCR found no text in the " + format + " image; it may be a photo "
                    + "rather than a document, or too blurred to read");
        }
        return document;
    }
}
