package dev.cvmatch.document;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Stands for {@link OcrEngine#findDefault()} in the extractors, so that Tesseract is looked up only when a scan
 * arrives, not when an extractor is built.
 */
final class DefaultOcrEngine implements OcrEngine {

    static final DefaultOcrEngine INSTANCE = new DefaultOcrEngine();

    private DefaultOcrEngine() {
    }

    @Override
    public List<OcrLine> recognize(BufferedImage image, int dotsPerInch) {
        return OcrPages.require(this, "The document is an image").recognize(image, dotsPerInch);
    }

    @Override
    public String toString() {
        return "default OCR engine";
    }
}
