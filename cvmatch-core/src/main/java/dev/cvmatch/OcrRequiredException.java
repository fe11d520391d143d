package dev.cvmatch;

/**
 * Thrown when a document has no usable text layer (a scanned PDF, a photo, a PNG or JPEG image) and no OCR engine is
 * available to read it.
 *
 * <p>cvmatch never returns an empty CV for such a file. Add the optional {@code net.sourceforge.tess4j:tess4j}
 * dependency and install Tesseract with its French and English data (on Debian: {@code apt-get install tesseract-ocr
 * tesseract-ocr-fra tesseract-ocr-eng}), or configure another {@link dev.cvmatch.document.OcrEngine}, and the same
 * call reads the scan. {@link #getMessage()} says which of these is missing.
 */
public class OcrRequiredException extends EmptyDocumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing, in words a user can act on
     */
    public OcrRequiredException(String message) {
        super(message);
    }
}
