package dev.cvmatch.internal.pdf;

import java.io.File;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Development aid: prints the segments (runs of glyphs between wide gaps) of one PDF page with their geometry, the
 * input of the layout analysis, to see why a page is cut (or not) into columns. Not a test.
 *
 * <p>usage: {@code java -cp ... dev.cvmatch.internal.pdf.DumpSegments FILE PAGE}
 */
public final class DumpSegments {
    private DumpSegments() {
    }

    public static void main(String[] args) throws Exception {
        int page = Integer.parseInt(args[1]);
        try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getUnicode() == null || t.getUnicode().isEmpty() || t.getDir() != 0f) {
                        return;
                    }
                    float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
                    glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(),
                            Math.max(t.getHeightDir(), 0.6f * size), size, null, false, false));
                }
            };
            stripper.setSortByPosition(false);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.writeText(document, Writer.nullWriter());
            List<Segment> segments = LayoutAnalyzer.segments(glyphs);
            segments.sort(Comparator.comparingDouble((Segment s) -> s.baseline).thenComparingDouble(s -> s.x));
            for (Segment s : segments) {
                System.out.printf("y%6.1f x%6.1f-%6.1f fs%4.1f | %s%n", s.baseline, s.x, s.right, s.fontSize, s.text);
            }
        }
    }
}
