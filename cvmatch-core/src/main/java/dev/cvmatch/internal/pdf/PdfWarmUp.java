package dev.cvmatch.internal.pdf;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Starts, once per JVM and on a background thread, what PDFBox initialises on the first PDF with a font it does
 * not embed (nearly every CV made by a word processor or an HTML-to-PDF tool uses one): its font mapper, which
 * reads the system fonts' cache and checks every font file (about 130 ms in a fresh JVM), and the metrics of the
 * standard Helvetica fonts. Called when an extractor is built, so that this overlaps the first document's loading
 * instead of adding to it. Nothing is changed in PDFBox: these are its own lazily created singletons, created a
 * little earlier. Internal.
 */
public final class PdfWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private PdfWarmUp() {
    }

    /** Starts the warm-up unless it has started already. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                FontMappers.instance();
                new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            } catch (RuntimeException | LinkageError e) {
                // the first document meets the same failure in the caller's thread and reports it there
            }
        }, "cvmatch-pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }
}
