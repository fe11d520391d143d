package dev.cvmatch.azure.documentintelligence.implementation;

import com.azure.ai.documentintelligence.models.AnalyzeResult;
import com.azure.ai.documentintelligence.models.DocumentFontStyle;
import com.azure.ai.documentintelligence.models.DocumentFontWeight;
import com.azure.ai.documentintelligence.models.DocumentLine;
import com.azure.ai.documentintelligence.models.DocumentPage;
import com.azure.ai.documentintelligence.models.DocumentParagraph;
import com.azure.ai.documentintelligence.models.DocumentSpan;
import com.azure.ai.documentintelligence.models.DocumentStyle;
import com.azure.ai.documentintelligence.models.DocumentTable;
import com.azure.ai.documentintelligence.models.DocumentTableCell;
import com.azure.ai.documentintelligence.models.LengthUnit;
import com.azure.ai.documentintelligence.models.ParagraphRole;
import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.document.Region;
import dev.cvmatch.document.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a Document Intelligence {@link AnalyzeResult} into cvmatch's {@link ExtractedDocument}. Internal: see
 * {@code AzureDocumentIntelligenceTextExtractor} for the mapping rules.
 */
public final class AnalyzeResultMapper {

    /** Points per inch. */
    private static final float POINTS_PER_INCH = 72f;
    /** Width in points of an A4 page, the scale given to image documents measured in pixels. */
    private static final float A4_WIDTH_POINTS = 595.3f;

    private AnalyzeResultMapper() {
    }

    /** A span of the result's content with what it says about the lines inside it. */
    private record Mark(int start, int end, int paragraph, Region region, boolean heading) {
    }

    /** A font style over a span of the content. */
    private record Styled(int start, int end, boolean bold, boolean italic) {
    }

    /**
     * Maps a result.
     *
     * @param result the service's result
     * @param format the format of the analysed document
     * @return the document, lines in the service's reading order
     */
    public static ExtractedDocument toDocument(AnalyzeResult result, DocumentFormat format) {
        Mark[] marks = marks(result);
        List<Styled> styles = styles(result.getStyles());
        ExtractedDocument.Builder builder = ExtractedDocument.builder(format);
        List<DocumentPage> pages = result.getPages() == null ? List.of() : result.getPages();
        int blockBase = 0;
        for (DocumentPage page : pages) {
            boolean pixels = LengthUnit.PIXEL.equals(page.getUnit());
            double width = page.getWidth() == null ? 0 : page.getWidth();
            double height = page.getHeight() == null ? 0 : page.getHeight();
            float scale = pixels ? (width > 0 ? A4_WIDTH_POINTS / (float) width : 1f) : POINTS_PER_INCH;
            builder.startPage((float) width * scale, (float) height * scale);
            int maxBlock = -1;
            List<DocumentLine> lines = page.getLines() == null ? List.of() : page.getLines();
            for (int i = 0; i < lines.size(); i++) {
                DocumentLine line = lines.get(i);
                String text = line.getContent();
                if (text == null || text.isBlank()) {
                    continue;
                }
                int offset = firstOffset(line.getSpans());
                int end = lastEnd(line.getSpans());
                Mark mark = offset >= 0 ? find(marks, offset) : null;
                // lines of no paragraph (the read model) each form their own block
                int block = blockBase + (mark != null ? mark.paragraph : marks.length + i);
                maxBlock = Math.max(maxBlock, block);
                BoundingBox box = box(line.getPolygon(), scale);
                boolean bold = mark != null && mark.heading || covered(styles, offset, end, true);
                boolean italic = covered(styles, offset, end, false);
                float size = box == null ? 0f : box.height() / 1.2f;
                TextStyle style = new TextStyle(pixels ? TextStyle.OCR_FONT_NAME : null, size, bold, italic,
                        allCaps(text));
                builder.addLine(text, box, style, mark == null ? Region.BODY : mark.region, block);
            }
            blockBase = maxBlock + 1;
        }
        return builder.build();
    }

    private static Mark[] marks(AnalyzeResult result) {
        List<Mark> out = new ArrayList<>();
        List<DocumentParagraph> paragraphs = result.getParagraphs() == null ? List.of() : result.getParagraphs();
        List<int[]> cells = new ArrayList<>();
        for (DocumentTable table : result.getTables() == null ? List.<DocumentTable>of() : result.getTables()) {
            for (DocumentTableCell cell : table.getCells() == null ? List.<DocumentTableCell>of() : table.getCells()) {
                for (DocumentSpan span : cell.getSpans() == null ? List.<DocumentSpan>of() : cell.getSpans()) {
                    cells.add(new int[] {span.getOffset(), span.getOffset() + span.getLength()});
                }
            }
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            DocumentParagraph paragraph = paragraphs.get(p);
            ParagraphRole role = paragraph.getRole();
            for (DocumentSpan span : paragraph.getSpans() == null ? List.<DocumentSpan>of() : paragraph.getSpans()) {
                int start = span.getOffset();
                int end = start + span.getLength();
                Region region = Region.BODY;
                if (ParagraphRole.PAGE_HEADER.equals(role)) {
                    region = Region.HEADER;
                } else if (ParagraphRole.PAGE_FOOTER.equals(role) || ParagraphRole.PAGE_NUMBER.equals(role)) {
                    region = Region.FOOTER;
                } else if (inside(cells, start)) {
                    region = Region.TABLE;
                }
                boolean heading = ParagraphRole.TITLE.equals(role) || ParagraphRole.SECTION_HEADING.equals(role);
                out.add(new Mark(start, end, p, region, heading));
            }
        }
        Mark[] marks = out.toArray(new Mark[0]);
        Arrays.sort(marks, (a, b) -> Integer.compare(a.start, b.start));
        return marks;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The mark whose span holds the offset (binary search over spans sorted by start). */
    private static Mark find(Mark[] marks, int offset) {
        int lo = 0;
        int hi = marks.length - 1;
        Mark best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (marks[mid].start <= offset) {
                best = marks[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best != null && offset < best.end ? best : null;
    }

    private static List<Styled> styles(List<DocumentStyle> styles) {
        List<Styled> out = new ArrayList<>();
        if (styles == null) {
            return out;
        }
        for (DocumentStyle style : styles) {
            boolean bold = DocumentFontWeight.BOLD.equals(style.getFontWeight());
            boolean italic = DocumentFontStyle.ITALIC.equals(style.getFontStyle());
            if (!bold && !italic) {
                continue;
            }
            for (DocumentSpan span : style.getSpans() == null ? List.<DocumentSpan>of() : style.getSpans()) {
                out.add(new Styled(span.getOffset(), span.getOffset() + span.getLength(), bold, italic));
            }
        }
        return out;
    }

    /** Whether most of [start, end) is bold (or italic). */
    private static boolean covered(List<Styled> styles, int start, int end, boolean bold) {
        if (start < 0 || end <= start || styles.isEmpty()) {
            return false;
        }
        int covered = 0;
        for (Styled s : styles) {
            if (bold ? s.bold : s.italic) {
                covered += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
            }
        }
        return covered * 2 > end - start;
    }

    private static int firstOffset(List<DocumentSpan> spans) {
        return spans == null || spans.isEmpty() ? -1 : spans.get(0).getOffset();
    }

    private static int lastEnd(List<DocumentSpan> spans) {
        if (spans == null || spans.isEmpty()) {
            return -1;
        }
        DocumentSpan last = spans.get(spans.size() - 1);
        return last.getOffset() + last.getLength();
    }

    /**
     * The axis-aligned box of a polygon [x1, y1, x2, y2, ...], scaled.
     *
     * @param polygon the service's polygon
     * @param scale the factor applied to every coordinate
     * @return the box, or {@code null} without a polygon
     */
    public static BoundingBox box(List<Double> polygon, float scale) {
        if (polygon == null || polygon.size() < 4) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < polygon.size(); i += 2) {
            double x = polygon.get(i);
            double y = polygon.get(i + 1);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new BoundingBox((float) minX * scale, (float) minY * scale, (float) (maxX - minX) * scale,
                (float) (maxY - minY) * scale);
    }

    private static boolean allCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
