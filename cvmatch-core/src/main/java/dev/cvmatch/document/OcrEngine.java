package dev.cvmatch.document;

import dev.cvmatch.internal.ocr.DefaultOcr;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * Optical character recognition of one page image, used by the extractors for scanned PDFs and PNG/JPEG CVs.
 *
 * <p>cvmatch ships {@link TesseractOcrEngine}, a local engine that works when the optional tess4j dependency and the
 * native Tesseract library are present. Implement this interface to plug in another engine. Implementations must be
 * thread-safe: one instance serves every extraction of an application.
 */
public interface OcrEngine {

    /**
     * Recognises the text lines of a page image, in reading order.
     *
     * @param image the page image (any type; engines convert as they need)
     * @param dotsPerInch the resolution the image was rendered or scanned at, used to size the text
     * @return the lines found, in reading order; empty when the image holds no text
     * @throws dev.cvmatch.CvMatchException if the engine fails on this image
     */
    List<OcrLine> recognize(BufferedImage image, int dotsPerInch);

    /**
     * The local OCR engine when it can run here: tess4j on the class path, the native Tesseract library installed
     * and its French or English data found (see {@link TesseractOcrEngine}). Looked up once per JVM; the engine is
     * shared.
     *
     * @return the default engine, or empty when OCR is not available (see {@link #unavailableReason()})
     */
    static Optional<OcrEngine> findDefault() {
        return DefaultOcr.engine();
    }

    /**
     * Why {@link #findDefault()} is empty, in words a user can act on.
     *
     * @return the reason, or an empty string when the default engine is available
     */
    static String unavailableReason() {
        return DefaultOcr.unavailableReason();
    }
}
