package dev.cvmatch.document;

import dev.cvmatch.OcrRequiredException;
import dev.cvmatch.internal.io.LimitGuard;
import dev.cvmatch.internal.pdf.LayoutAnalyzer;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns OCR lines into pages of an {@link ExtractedDocument}, shared by the PDF and image extractors.
 *
 * <p>Boxes are converted from pixels to points (1/72 inch) with the image resolution, so that the parser sees the
 * same geometry as for a born-digital PDF. OCR gives no font: lines carry the font name {@value #OCR_FONT} and a size
 * estimated from the line height.
 */
final class OcrPages {

    /** The font name of lines read by OCR; the parser reports documents made of them. */
    static final String OCR_FONT = TextStyle.OCR_FONT_NAME;
    /** Resolution scanned PDF pages are rendered at for OCR. */
    static final float RENDER_DPI = 300f;
    /** Largest image handed to OCR; A4 at 300 dpi is 8.7 megapixels. Larger pages and photos are downsampled. */
    static final long MAX_OCR_PIXELS = 12_000_000L;

    private OcrPages() {
    }

    /**
     * The engine to use, or the "needs OCR" failure.
     *
     * @param engine the configured engine: {@code null} for none, {@link DefaultOcrEngine#INSTANCE} for the default
     * @param what the document, as the message should name it
     * @return an engine that can run
     * @throws OcrRequiredException if there is none
     */
    static OcrEngine require(OcrEngine engine, String what) {
        if (engine == null) {
            throw new OcrRequiredException(what + "; it needs OCR, which is turned off for this extractor");
        }
        if (engine == DefaultOcrEngine.INSTANCE) {
            return OcrEngine.findDefault().orElseThrow(() -> new OcrRequiredException(what + "; it needs OCR, "
                    + "and " + OcrEngine.unavailableReason()));
        }
        return engine;
    }

    /**
     * Recognises one page image and appends it as a page.
     *
     * @param builder the document being built
     * @param engine the OCR engine
     * @param image the page image
     * @param dpi its resolution
     * @param guard the limits of this extraction
     * @param firstBlock the block number of the page's first block
     * @return the block number after the page's last block
     */
    static int addPage(ExtractedDocument.Builder builder, OcrEngine engine, BufferedImage image, float dpi,
            LimitGuard guard, int firstBlock) {
        guard.checkTime();
        List<OcrLine> lines = engine.recognize(image, Math.round(dpi));
        guard.checkTime();
        float scale = 72f / dpi;
        float pageWidth = image.getWidth() * scale;
        builder.startPage(pageWidth, image.getHeight() * scale);
        if (!lines.isEmpty() && lines.stream().allMatch(l -> !l.words().isEmpty())) {
            return layoutFromWords(builder, lines, scale, pageWidth, firstBlock);
        }
        int next = firstBlock;
        for (OcrLine line : lines) {
            BoundingBox px = line.box();
            BoundingBox box = new BoundingBox(px.x() * scale, px.y() * scale, px.width() * scale,
                    px.height() * scale);
            TextStyle style = new TextStyle(OCR_FONT, box.height() / 1.2f, false, false, dev.cvmatch.internal.parse.Texts.isAllCaps(line.text()));
            builder.addLine(line.text(), box, style, Region.BODY, firstBlock + line.block());
            next = Math.max(next, firstBlock + line.block() + 1);
        }
        return next;
    }

    /**
     * Redoes the layout from word boxes with the PDF layout analysis (columns, sidebars, row-aligned dates), which
     * orders two-column CVs better than the OCR engine's blocks. Words of one OCR line share the line's baseline.
     */
    private static int layoutFromWords(ExtractedDocument.Builder builder, List<OcrLine> lines, float scale,
            float pageWidth, int firstBlock) {
        List<LayoutAnalyzer.Box> boxes = new ArrayList<>();
        for (OcrLine line : lines) {
            float size = line.box().height() * scale / 1.15f;
            float baseline = line.box().bottom() * scale - 0.2f * size;
            for (OcrWord word : line.words()) {
                boxes.add(new LayoutAnalyzer.Box(word.text(), word.box().x() * scale, word.box().width() * scale,
                        baseline, size));
            }
        }
        int next = firstBlock;
        for (LayoutAnalyzer.Line line : LayoutAnalyzer.analyzeBoxes(boxes, pageWidth, firstBlock, OCR_FONT)) {
            builder.addLine(line.text(), line.box(), line.style(), line.region(), line.block());
            next = Math.max(next, line.block() + 1);
        }
        return next;
    }

    /**
     * The resolution to render a page of this size at so that it stays within {@link #MAX_OCR_PIXELS}.
     *
     * @param widthPoints page width in points
     * @param heightPoints page height in points
     * @return at most {@link #RENDER_DPI}
     */
    static float renderDpi(float widthPoints, float heightPoints) {
        double squareInches = Math.max(1e-3, (widthPoints / 72.0) * (heightPoints / 72.0));
        double dpi = Math.min(RENDER_DPI, Math.sqrt(MAX_OCR_PIXELS / squareInches));
        return (float) Math.max(1.0, dpi);
    }
}
