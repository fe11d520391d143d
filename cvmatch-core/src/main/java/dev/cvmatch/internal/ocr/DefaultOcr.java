package dev.cvmatch.internal.ocr;

import dev.cvmatch.document.OcrEngine;
import dev.cvmatch.document.TesseractOcrEngine;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up the default OCR engine once per JVM. Set the system property {@code cvmatch.ocr.disabled=true} to turn the
 * lookup off. Not part of the API.
 */
public final class DefaultOcr {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultOcr.class);

    private DefaultOcr() {
    }

    private static final class Holder {
        static final Optional<OcrEngine> ENGINE;
        static final String REASON;

        static {
            OcrEngine engine = null;
            String reason = "";
            if (Boolean.getBoolean("cvmatch.ocr.disabled")) {
                reason = "OCR is turned off (system property cvmatch.ocr.disabled)";
            } else if (!TesseractOcrEngine.isTess4jPresent()) {
                reason = "no OCR engine: add net.sourceforge.tess4j:tess4j and install Tesseract "
                        + "(tesseract-ocr, tesseract-ocr-fra, tesseract-ocr-eng) to read scans";
            } else {
                try {
                    TesseractOcrEngine tesseract = TesseractOcrEngine.builder().build();
                    Runtime.getRuntime().addShutdownHook(new Thread(tesseract::close, "cvmatch-ocr-shutdown"));
                    engine = tesseract;
                    LOG.debug("OCR engine: {}", engine);
                } catch (IllegalStateException | LinkageError e) {
                    reason = e.getMessage();
                    LOG.debug("No OCR engine: {}", reason);
                }
            }
            ENGINE = Optional.ofNullable(engine);
            REASON = reason;
        }
    }

    /**
     * The default engine.
     *
     * @return the engine, or empty
     */
    public static Optional<OcrEngine> engine() {
        return Holder.ENGINE;
    }

    /**
     * Why there is no default engine.
     *
     * @return the reason, or an empty string
     */
    public static String unavailableReason() {
        return Holder.REASON;
    }
}
