package dev.cvmatch.internal.pdf;

import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.internal.io.LimitGuard;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads the glyphs of each page with PDFBox and lays them out with {@link LayoutAnalyzer}. Internal. */
public final class PdfGlyphReader extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();
    private final LimitGuard guard;
    private int seen;
    private int operators;
    /** The font whose style the {@code styled} fields hold ({@link #style}); null before the first glyph. */
    private PDFont styledFont;
    private String styledName;
    private boolean styledBold;
    private boolean styledItalic;

    private PdfGlyphReader(LimitGuard guard) {
        super();
        this.guard = guard;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        output = Writer.nullWriter(); // the stripper writes each page's text: nothing here reads it
    }

    /**
     * Reads the pages of a loaded PDF.
     *
     * @param pages the document's pages, in order ({@link PdfFile#pages})
     * @param guard the limits of this extraction
     * @return the extracted document; pages without text have no lines
     * @throws IOException if PDFBox fails while reading a page
     * @throws dev.cvmatch.LimitExceededException if a limit is exceeded
     */
    public static ExtractedDocument read(List<PDPage> pages, LimitGuard guard) throws IOException {
        checkContent(pages, guard);
        PdfGlyphReader reader = new PdfGlyphReader(guard);
        ExtractedDocument.Builder builder = ExtractedDocument.builder(DocumentFormat.PDF);
        int block = 0;
        LayoutAnalyzer.Gutter gutter = null;
        for (int i = 1; i <= pages.size(); i++) {
            guard.checkTime();
            PDPage page = pages.get(i - 1);
            PDRectangle box = page.getCropBox();
            float width = box == null ? 612f : box.getWidth();
            float height = box == null ? 792f : box.getHeight();
            if (page.getRotation() % 180 != 0) {
                float t = width;
                width = height;
                height = t;
            }
            reader.glyphs.clear();
            // what PDFTextStripper.writeText(document) does for a one-page range, without a PDDocument: a page
            // without contents is skipped; the stripper's page range is left at its default (all pages)
            if (page.hasContents()) {
                reader.processPage(page);
            }
            builder.startPage(width, height);
            LayoutAnalyzer.Page analysed = LayoutAnalyzer.analyze(reader.glyphs, width, block, gutter);
            List<LayoutAnalyzer.Line> lines = analysed.lines();
            gutter = analysed.gutter();
            for (LayoutAnalyzer.Line line : lines) {
                boolean footer = isFooter(line, lines, height);
                builder.addLine(line.text(), line.box(), line.style(),
                        footer ? dev.cvmatch.document.Region.FOOTER : line.region(), line.block());
                block = Math.max(block, line.block() + 1);
            }
            guard.checkCharacters(builder.length());
        }
        return builder.build();
    }

    /**
     * A page footer ("Name – CV – page 1/2"): a short line in the bottom margin, set apart from the text above it.
     * A page whose text runs on into the margin (HTML printed by a browser) has no footer there: the line follows
     * the one above at its usual leading.
     */
    private static boolean isFooter(LayoutAnalyzer.Line line, List<LayoutAnalyzer.Line> lines, float height) {
        if (line.box() == null || line.box().y() <= 0.93f * height || line.text().length() >= 80) {
            return false;
        }
        float margin = 0.93f * height;
        float above = -1f;
        for (LayoutAnalyzer.Line other : lines) {
            BoundingBox b = other.box();
            if (b != null && other != line && b.y() <= margin && b.bottom() <= line.box().y() + 0.5f
                    && b.x() < line.box().right() && line.box().x() < b.right()) {
                above = Math.max(above, b.bottom());
            }
        }
        float leading = Math.max(4f, line.box().height());
        return above < 0 || line.box().y() - above > 1.5f * leading;
    }

    /**
     * Scans every page's content streams for what PDFBox cannot parse in bounded memory, before text extraction or
     * rendering touches them (see {@link ContentStreamScanner}).
     *
     * @param pages the document's pages
     * @param guard the limits of this extraction
     * @throws IOException if a stream cannot be decoded
     */
    public static void checkContent(List<PDPage> pages, LimitGuard guard) throws IOException {
        ContentStreamScanner scanner = new ContentStreamScanner(guard);
        for (PDPage page : pages) {
            guard.checkTime();
            scanner.checkPage(page);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ((++operators & 0xFFF) == 0) {
            guard.checkTime(); // content without text (or forms drawing forms) never reaches processTextPosition
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if ((++seen & 0x7FF) == 0) {
            guard.checkTime();
            guard.checkCharacters(seen);
        }
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        float dir = text.getDir();
        if (dir != 0f) {
            return; // rotated or vertical text (decorations, side labels) is not part of the reading flow
        }
        PDFont font = text.getFont();
        if (font == null || font != styledFont) {
            style(font);
        }
        float size = text.getFontSizeInPt();
        if (size <= 0) {
            size = text.getHeightDir();
        }
        float height = Math.max(text.getHeightDir(), 0.6f * size);
        glyphs.add(new Glyph(normalizeUnicode(unicode), text.getXDirAdj(), text.getWidthDirAdj(), text.getYDirAdj(),
                height, size, styledName, styledBold, styledItalic));
    }

    /**
     * Reads a font's name, weight and slant into the {@code styled} fields. Runs of glyphs share their font, and
     * the name (lower-cased and searched) and the descriptor's entries (dictionary look-ups) were read for every
     * glyph: a fifth of the reader's own time. A font's dictionary does not change while its page is read.
     */
    private void style(PDFont font) {
        styledFont = font;
        String fontName = font == null ? null : font.getName();
        boolean bold = false;
        boolean italic = false;
        if (fontName != null) {
            String lower = fontName.toLowerCase(Locale.ROOT);
            bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
                    || lower.contains("semibold") || lower.contains("demi");
            italic = lower.contains("italic") || lower.contains("oblique");
            int plus = fontName.indexOf('+');
            if (plus == 6) {
                fontName = fontName.substring(plus + 1); // subset prefix ABCDEF+
            }
        }
        if (font != null) {
            PDFontDescriptor descriptor = font.getFontDescriptor();
            if (descriptor != null) {
                bold |= descriptor.isForceBold() || descriptor.getFontWeight() >= 600;
                italic |= descriptor.isItalic();
            }
        }
        styledName = fontName;
        styledBold = bold;
        styledItalic = italic;
    }

    private static String normalizeUnicode(String unicode) {
        if (unicode.length() == 1) {
            char c = unicode.charAt(0);
            if (c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202F') {
                return " ";
            }
            if (c < '\uFB00' || c > '\uFB06') {
                return unicode;
            }
        }
        // ligatures (fi, fl, ffi...) and other compatibility forms become plain letters
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFKC);
            }
        }
        return unicode;
    }
}
