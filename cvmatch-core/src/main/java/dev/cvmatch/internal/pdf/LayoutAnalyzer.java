package dev.cvmatch.internal.pdf;

import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.Region;
import dev.cvmatch.document.TextStyle;
import dev.cvmatch.internal.parse.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the glyphs of one PDF page into lines in reading order.
 *
 * <p>Glyphs are grouped into baselines, baselines into segments (split at wide horizontal gaps), and segments are
 * ordered by a recursive X-Y cut that prefers vertical cuts: a page with a sidebar or two columns is read column by
 * column, a full-width banner above columns is read first. A vertical gap is only accepted as a column gutter when
 * the text on both sides is substantial and not row-aligned (a right-aligned date beside a job title is part of the
 * same line, not a column). Stateless; one instance per page analysis.
 */
public final class LayoutAnalyzer {

    /** A line produced by the analysis. */
    public record Line(String text, BoundingBox box, TextStyle style, Region region, int block) {
    }

    private static final float MIN_GUTTER = 7f;
    /**
     * The order of {@code Comparator.comparingDouble(g -> g.baseline).thenComparingDouble(g -> g.x)} (a float widened
     * to double compares as the float does), without two lambda calls and two widenings per comparison: sorting the
     * glyphs of a page was a tenth of the PDF extraction.
     */
    private static final Comparator<Glyph> BY_BASELINE_THEN_X = (a, b) -> {
        int c = Float.compare(a.baseline, b.baseline);
        return c != 0 ? c : Float.compare(a.x, b.x);
    };
    private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x, b.x);
    /** {@code Comparator.comparingDouble(s -> s.x)}'s order for segments. */
    private static final Comparator<Segment> SEGMENT_BY_X = (a, b) -> Float.compare(a.x, b.x);
    private static final int MAX_DEPTH = 24;

    /**
     * The gutter between a sidebar and the main column found on a page: the blank band from {@code from} to
     * {@code to} (points from the left edge), and which side the sidebar is on.
     *
     * @param from the band's left edge
     * @param to the band's right edge
     * @param sidebarLeft whether the sidebar is the left column
     */
    record Gutter(float from, float to, boolean sidebarLeft) {
    }

    /**
     * One page analysed.
     *
     * @param lines the lines in reading order
     * @param gutter the page's sidebar gutter, or {@code null}
     */
    record Page(List<Line> lines, Gutter gutter) {
    }

    private final float pageWidth;
    private final List<Line> out = new ArrayList<>();
    private int blockCounter;
    /** The sidebar gutter of the previous page, which a page continuing the same design keeps. */
    private final Gutter previousGutter;
    private Gutter gutter;
    /** The height of the page's text, from its first line's top to its last line's bottom. */
    private float textHeight;

    private LayoutAnalyzer(float pageWidth, int firstBlock, Gutter previousGutter) {
        this.pageWidth = pageWidth;
        this.blockCounter = firstBlock;
        this.previousGutter = previousGutter;
    }

    /**
     * Analyses one page.
     *
     * @param glyphs the page's horizontal glyphs, any order
     * @param pageWidth the page width in points
     * @param firstBlock the block index to start numbering from
     * @return the lines in reading order
     */
    static List<Line> analyze(List<Glyph> glyphs, float pageWidth, int firstBlock) {
        return analyze(glyphs, pageWidth, firstBlock, null).lines();
    }

    /**
     * Analyses one page of a document whose previous page may have had a sidebar: where this page's own text does
     * not show a column gutter (a sidebar's last two lines beside the main column, on its rows by coincidence) but
     * none of its text crosses the previous page's sidebar gutter, the page is cut there too.
     *
     * @param glyphs the page's horizontal glyphs, any order
     * @param pageWidth the page width in points
     * @param firstBlock the block index to start numbering from
     * @param previousGutter the previous page's sidebar gutter, or {@code null}
     * @return the lines in reading order and the page's own sidebar gutter
     */
    static Page analyze(List<Glyph> glyphs, float pageWidth, int firstBlock, Gutter previousGutter) {
        LayoutAnalyzer analyzer = new LayoutAnalyzer(pageWidth, firstBlock, previousGutter);
        List<Segment> segments = segments(glyphs);
        if (!segments.isEmpty()) {
            analyzer.textHeight = extentBottom(segments) - extentTop(segments);
            analyzer.cut(segments, Region.BODY, 0);
        }
        return new Page(analyzer.out, analyzer.gutter);
    }

    /**
     * A piece of text placed on a page by something other than PDFBox (an OCR word), in points.
     *
     * @param text the text
     * @param x left edge
     * @param width width
     * @param baseline baseline, from the top of the page
     * @param fontSize estimated font size
     */
    public record Box(String text, float x, float width, float baseline, float fontSize) {
    }

    /**
     * Analyses one page of placed words, as for PDF glyphs.
     *
     * @param boxes the words, any order
     * @param pageWidth the page width in points
     * @param firstBlock the block index to start numbering from
     * @param fontName the font name the lines get
     * @return the lines in reading order
     */
    public static List<Line> analyzeBoxes(List<Box> boxes, float pageWidth, int firstBlock, String fontName) {
        List<Glyph> glyphs = new ArrayList<>(boxes.size());
        for (Box b : boxes) {
            glyphs.add(new Glyph(b.text(), b.x(), b.width(), b.baseline(), 0.75f * b.fontSize(), b.fontSize(),
                    fontName, false, false));
            // words are words: a space follows each, however narrow the gap
            glyphs.add(new Glyph(" ", b.x() + b.width(), 0f, b.baseline(), 0.75f * b.fontSize(), b.fontSize(),
                    fontName, false, false));
        }
        return analyze(glyphs, pageWidth, firstBlock);
    }

    // ---------------------------------------------------------------- glyphs -> segments

    static List<Segment> segments(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(BY_BASELINE_THEN_X);
        List<Segment> result = new ArrayList<>();
        List<Glyph> lineGlyphs = new ArrayList<>();
        float lineBaseline = Float.NaN;
        for (Glyph g : sorted) {
            if (!lineGlyphs.isEmpty()) {
                float tolerance = Math.max(1.5f, 0.35f * Math.min(g.fontSize, lineGlyphs.get(0).fontSize));
                if (g.baseline - lineBaseline > tolerance) {
                    splitLine(lineGlyphs, result);
                    lineGlyphs.clear();
                }
            }
            if (lineGlyphs.isEmpty()) {
                lineBaseline = g.baseline;
            }
            lineGlyphs.add(g);
        }
        if (!lineGlyphs.isEmpty()) {
            splitLine(lineGlyphs, result);
        }
        return result;
    }

    private static void splitLine(List<Glyph> line, List<Segment> result) {
        line.sort(BY_X);
        List<Glyph> current = new ArrayList<>();
        Glyph previous = null;
        // the last glyph of current that is not a space, kept as glyphs are added (not searched for at each glyph);
        // the gap is measured from its right edge, or from current's first glyph when current holds only spaces
        Glyph lastInk = null;
        for (Glyph g : line) {
            if (previous != null && !g.isSpace()) {
                float size = Math.max(4f, Math.min(g.fontSize, previous.fontSize));
                float gap = g.x - (lastInk != null ? lastInk.right() : current.isEmpty() ? 0 : current.get(0).x);
                // text set in another size or weight, with no space typed between (a sidebar's link overflowing its
                // column up to the main column's bold title on the same row): two runs, at a narrower gap
                boolean otherStyle = !previous.isSpace() && (previous.bold != g.bold
                        || Math.abs(previous.fontSize - g.fontSize) > 0.1f * size);
                if (gap > (otherStyle ? Math.max(0.5f * size, 5f) : Math.max(0.8f * size, 6f))) {
                    addSegment(current, result);
                    current.clear();
                    lastInk = null;
                }
            }
            if (previous != null && g.text.equals(previous.text) && Math.abs(g.x - previous.x) < 0.5f) {
                continue; // overprinted glyph ("fake bold")
            }
            current.add(g);
            if (!g.isSpace()) {
                lastInk = g;
            }
            previous = g;
        }
        addSegment(current, result);
    }

    private static void addSegment(List<Glyph> glyphs, List<Segment> result) {
        int first = 0;
        int last = glyphs.size() - 1;
        while (first <= last && glyphs.get(first).isSpace()) {
            first++;
        }
        while (last >= first && glyphs.get(last).isSpace()) {
            last--;
        }
        if (first > last) {
            return;
        }
        // sized for one character a glyph and a space between words: no copy while the text grows
        StringBuilder text = new StringBuilder(2 * (last - first + 1));
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        // counts per font and size, in maps only once a second font or size shows up: most segments have one of
        // each, and the dominant key of a one-key map is that key (the maps are filled as before once made, so
        // ties between keys resolve in the same order)
        String oneFont = null;
        int oneFontCount = 0;
        Map<String, Integer> fonts = null;
        float oneSize = 0f;
        int oneSizeCount = 0;
        Map<Float, Integer> sizes = null;
        int bold = 0;
        int italic = 0;
        int ink = 0;
        Glyph prev = null;
        for (int i = first; i <= last; i++) {
            Glyph g = glyphs.get(i);
            if (g.isSpace()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                prev = null;
                continue;
            }
            if (prev != null) {
                float gap = g.x - prev.right();
                if (gap > 0.17f * Math.min(g.fontSize, prev.fontSize) && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
            text.append(g.text);
            top = Math.min(top, g.baseline - g.height);
            bottom = Math.max(bottom, g.baseline + 0.2f * g.height);
            String glyphFont = g.fontName == null ? "" : g.fontName;
            if (fonts != null) {
                fonts.merge(glyphFont, 1, Integer::sum);
            } else if (oneFontCount == 0 || oneFont.equals(glyphFont)) {
                oneFont = glyphFont;
                oneFontCount++;
            } else {
                fonts = new HashMap<>();
                fonts.merge(oneFont, oneFontCount, Integer::sum);
                fonts.merge(glyphFont, 1, Integer::sum);
            }
            float glyphSize = Math.round(g.fontSize * 2) / 2f;
            if (sizes != null) {
                sizes.merge(glyphSize, 1, Integer::sum);
            } else if (oneSizeCount == 0 || Float.valueOf(oneSize).equals(glyphSize)) {
                oneSize = glyphSize;
                oneSizeCount++;
            } else {
                sizes = new HashMap<>();
                sizes.merge(oneSize, oneSizeCount, Integer::sum);
                sizes.merge(glyphSize, 1, Integer::sum);
            }
            if (g.bold) {
                bold++;
            }
            if (g.italic) {
                italic++;
            }
            ink++;
            prev = g;
        }
        Glyph start = glyphs.get(first);
        Glyph end = glyphs.get(last);
        String font = fonts != null ? dominant(fonts) : oneFont;
        Float size = sizes != null ? dominant(sizes) : oneSizeCount > 0 ? Float.valueOf(oneSize) : null;
        result.add(new Segment(text.toString(), start.x, end.right(), top, bottom, start.baseline,
                size == null ? 0f : size, font == null || font.isEmpty() ? null : font,
                bold * 2 > ink, italic * 2 > ink));
    }

    private static <K> K dominant(Map<K, Integer> counts) {
        K best = null;
        int max = -1;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- X-Y cut

    private void cut(List<Segment> segs, Region region, int depth) {
        if (segs.size() > 1 && depth < MAX_DEPTH) {
            // the segments by x, sorted once: each side of each gap below is a subsequence of segs, so filtering
            // this list gives the side as sorting it (by x, ties in segs' order) would
            List<Segment> byX = new ArrayList<>(segs);
            byX.sort(SEGMENT_BY_X);
            VerticalCut vertical = findVerticalCut(segs, byX, pageWidth, false);
            if (vertical != null && isLabelMargin(vertical.left, vertical.right, pageWidth)) {
                mergeLabelMargin(vertical.left, vertical.right, region, depth);
                return;
            }
            if (vertical != null) {
                Region leftRegion = region;
                Region rightRegion = region;
                float leftWidth = extentRight(vertical.left) - extentX(vertical.left);
                float rightWidth = extentRight(vertical.right) - extentX(vertical.right);
                if (leftWidth < rightWidth && leftWidth < 0.42f * pageWidth) {
                    leftRegion = Region.SIDEBAR;
                } else if (rightWidth < leftWidth && rightWidth < 0.42f * pageWidth) {
                    rightRegion = Region.SIDEBAR;
                }
                // a sidebar running down most of the page's text, not a grid of cards in one part of it
                if (gutter == null && leftRegion != rightRegion && Math.max(extentBottom(vertical.left),
                        extentBottom(vertical.right)) - Math.min(extentTop(vertical.left), extentTop(vertical.right))
                        >= 0.6f * textHeight) {
                    gutter = new Gutter(extentRight(vertical.left), extentX(vertical.right),
                            leftRegion == Region.SIDEBAR);
                }
                cut(vertical.left, leftRegion, depth + 1);
                cut(vertical.right, rightRegion, depth + 1);
                return;
            }
            if (depth == 0 && previousGutter != null && region == Region.BODY && cutAtPreviousGutter(segs)) {
                return;
            }
            List<Float> gaps = horizontalGaps(segs);
            // a banner (or footer) spanning columns: split it off when the rest has a column gutter
            for (float gap : gaps) {
                if (!mayHaveGutter(byX, gap)) {
                    continue; // neither side has a vertical gap: findVerticalCut would find nothing
                }
                List<Segment> above = new ArrayList<>();
                List<Segment> below = new ArrayList<>();
                for (Segment s : segs) {
                    (s.top < gap ? above : below).add(s);
                }
                List<Segment> aboveByX = new ArrayList<>(above.size());
                List<Segment> belowByX = new ArrayList<>(below.size());
                for (Segment s : byX) {
                    (s.top < gap ? aboveByX : belowByX).add(s);
                }
                if (findVerticalCut(below, belowByX, pageWidth, true) != null
                        || findVerticalCut(above, aboveByX, pageWidth, true) != null) {
                    cut(above, region, depth + 1);
                    cut(below, region, depth + 1);
                    return;
                }
            }
        }
        emitLeaf(segs, region);
    }

    private record VerticalCut(List<Segment> left, List<Segment> right, float width) {
    }

    /**
     * Cuts a page at the previous page's sidebar gutter when no text crosses it and the sidebar side is the narrow
     * one here too, with at least two lines on each side.
     */
    private boolean cutAtPreviousGutter(List<Segment> segs) {
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        for (Segment s : segs) {
            if (s.right <= previousGutter.from() + 2f) {
                left.add(s);
            } else if (s.x >= previousGutter.to() - 2f) {
                right.add(s);
            } else {
                return false;
            }
        }
        if (distinctBaselines(left) < 2 || distinctBaselines(right) < 2) {
            return false;
        }
        List<Segment> side = previousGutter.sidebarLeft() ? left : right;
        List<Segment> main = side == left ? right : left;
        if (extentRight(side) - extentX(side) >= extentRight(main) - extentX(main)) {
            return false;
        }
        gutter = previousGutter;
        cut(left, previousGutter.sidebarLeft() ? Region.SIDEBAR : Region.BODY, 1);
        cut(right, previousGutter.sidebarLeft() ? Region.BODY : Region.SIDEBAR, 1);
        return true;
    }

    /**
     * A left margin of labels beside the text they label, not a sidebar: narrow, made of short items (section
     * labels, date ranges) set apart from each other, where a sidebar is a column of text read row after row
     * ("WORK EXPERIENCE" over "2019-05 TO PRESENT", then the next entry's dates further down, Europass labels).
     */
    private static boolean isLabelMargin(List<Segment> left, List<Segment> right, float pageWidth) {
        float leftWidth = extentRight(left) - extentX(left);
        if (left.isEmpty() || right.size() < 2 || leftWidth > 0.3f * pageWidth
                || extentX(right) < extentRight(left)) {
            return false;
        }
        boolean labels = true;
        for (Segment s : left) {
            if (s.text.length() > 40) {
                return false;
            }
            labels &= Texts.isAllCaps(s.text) || s.text.chars().anyMatch(Character::isDigit);
        }
        if (rightAligned(left)) {
            return true; // labels set flush against what they label (Europass), however close their rows
        }
        // a few labels beside a much longer text: two headings one under the other (an empty section's) do not
        // make a column read row after row
        boolean fewLabels = labels && left.size() <= 4 && right.size() >= 3 * left.size();
        if (denseRows(left) && !fewLabels || right.size() >= 4 && !denseRows(right)) {
            return false;
        }
        return labels || left.size() >= 4 && left.size() * 2 <= right.size();
    }

    /**
     * Whether most items of a column (three or more, 60 % of them) end on one right edge, more than start on its
     * left edge: labels set flush against the text they label (Europass), which a sidebar, set flush left, is not.
     */
    private static boolean rightAligned(List<Segment> column) {
        if (column.size() < 3) {
            return false;
        }
        int best = 0;
        for (Segment a : column) {
            int same = 0;
            for (Segment b : column) {
                if (Math.abs(a.right - b.right) <= 1.5f) {
                    same++;
                }
            }
            best = Math.max(best, same);
        }
        float left = extentX(column);
        int flushLeft = 0;
        for (Segment s : column) {
            if (Math.abs(s.x - left) <= 1.5f) {
                flushLeft++;
            }
        }
        return best * 10 >= column.size() * 6 && best > flushLeft;
    }

    /**
     * Reads a label margin with the text it labels: each label goes with the line or block of text (an entry, a
     * paragraph) facing it. A label without digits (a section heading, "Langue(s) maternelle(s)") comes before the
     * block it faces (its first row or its middle: headings are top-aligned or centred), or before the line it faces
     * when the block already has one ("Autre(s) langue(s)" beside the language grid), or before the next block when
     * it faces the blank between two; otherwise after the block (it labels an empty section); a label wrapped over
     * two lines stays one. One with digits
     * (an entry's dates) joins the line it faces as a cell after a tab, as if printed at the end of the title's
     * line, or else comes after the block's first line.
     */
    private void mergeLabelMargin(List<Segment> left, List<Segment> right, Region region, int depth) {
        int start = out.size();
        cut(right, region, depth + 1);
        List<Line> body = new ArrayList<>(out.subList(start, out.size()));
        out.subList(start, out.size()).clear();
        emitLeaf(left, region);
        List<Line> labels = new ArrayList<>(out.subList(start, out.size()));
        out.subList(start, out.size()).clear();
        if (body.isEmpty()) {
            out.addAll(labels);
            return;
        }
        // blocks of the body: a vertical gap wider than the usual leading starts a new one
        List<Integer> blockStarts = new ArrayList<>();
        blockStarts.add(0);
        for (int i = 1; i < body.size(); i++) {
            BoundingBox a = body.get(i - 1).box();
            BoundingBox b = body.get(i).box();
            float h = Math.max(4f, Math.max(a.height(), b.height()));
            if (b.y() - a.bottom() > 1.2f * h || b.y() < a.y() - h) {
                blockStarts.add(i);
            }
        }
        int[] blockOf = new int[body.size()];
        float[] blockBottoms = new float[blockStarts.size()];
        for (int i = 0; i < blockStarts.size(); i++) {
            int to = i + 1 < blockStarts.size() ? blockStarts.get(i + 1) : body.size();
            for (int k = blockStarts.get(i); k < to; k++) {
                blockOf[k] = i;
                blockBottoms[i] = Math.max(blockBottoms[i], body.get(k).box().bottom());
            }
        }
        // each label goes into a slot: before or after one body line, or after the whole block
        List<List<Line>> beforeLine = new ArrayList<>();
        List<List<Line>> afterLine = new ArrayList<>();
        List<List<Line>> onLine = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            beforeLine.add(new ArrayList<>());
            afterLine.add(new ArrayList<>());
            onLine.add(new ArrayList<>());
        }
        List<List<Line>> trailing = new ArrayList<>();
        boolean[] headed = new boolean[blockStarts.size()];
        for (int i = 0; i < blockStarts.size(); i++) {
            trailing.add(new ArrayList<>());
        }
        Line previousLabel = null;
        List<Line> previousSlot = null;
        for (Line label : labels) {
            float tolerance = 0.6f * Math.max(4f, label.box().height());
            boolean digits = label.text().chars().anyMatch(Character::isDigit);
            int facing = -1;
            int chosen = 0;
            for (int k = 0; k < body.size(); k++) {
                float dy = Math.abs(body.get(k).box().y() - label.box().y());
                if (dy <= Math.max(tolerance, 0.6f * body.get(k).box().height())
                        && (facing < 0 || dy < Math.abs(body.get(facing).box().y() - label.box().y()))) {
                    facing = k;
                }
            }
            for (int i = 0; i < blockStarts.size(); i++) {
                if (body.get(blockStarts.get(i)).box().y() - tolerance <= label.box().y()) {
                    chosen = i;
                }
            }
            List<Line> slot;
            if (!digits && previousSlot != null && wrappedLabel(previousLabel, label)) {
                slot = previousSlot; // "EXPÉRIENCE" / "PROFESSIONNELLE": one label wrapped over two lines
            } else if (digits && facing >= 0 && (facing == blockStarts.get(blockOf[facing])
                    || body.get(facing).box().x() <= body.get(blockStarts.get(blockOf[facing])).box().x() + 1f)) {
                // the dates of an entry on the row of its title (a line not indented under the block's first, as
                // a description's bullets are): one line with it
                slot = onLine.get(facing);
            } else if (digits) {
                slot = afterLine.get(blockStarts.get(chosen)); // else after the block's first line
            } else if (facing >= 0 && (facing == blockStarts.get(blockOf[facing]) || headed[blockOf[facing]])) {
                // a heading on its block's first row, or a second label beside a headed block ("Autre(s)
                // langue(s)" beside the language grid): before the line it faces
                slot = beforeLine.get(facing);
                headed[blockOf[facing]] = true;
            } else if (facing >= 0) {
                // a heading centred on its block (paper theme): before the whole block
                slot = beforeLine.get(blockStarts.get(blockOf[facing]));
                headed[blockOf[facing]] = true;
            } else if (facing < 0 && chosen + 1 < blockStarts.size()
                    && label.box().y() >= blockBottoms[chosen] - tolerance) {
                slot = beforeLine.get(blockStarts.get(chosen + 1)); // facing the blank after a block: the next one's
                headed[chosen + 1] = true;
            } else if (!headed[chosen]) {
                slot = beforeLine.get(blockStarts.get(chosen));
                headed[chosen] = true;
            } else {
                // a second heading beside the same block labels what follows it (an empty section): after the block
                slot = trailing.get(chosen);
            }
            slot.add(label);
            previousLabel = label;
            previousSlot = slot;
        }
        for (int k = 0; k < body.size(); k++) {
            int block = body.get(k).block();
            for (Line l : beforeLine.get(k)) {
                out.add(new Line(l.text(), l.box(), l.style(), l.region(), block));
            }
            Line line = body.get(k);
            for (Line l : onLine.get(k)) {
                // "Développeur Android ⇥ 06/2022–Présent", as a title with its dates right-aligned
                line = new Line(line.text() + "\t" + l.text(), line.box().union(l.box()), line.style(),
                        line.region(), block);
            }
            out.add(line);
            for (Line l : afterLine.get(k)) {
                out.add(new Line(l.text(), l.box(), l.style(), l.region(), block));
            }
            boolean lastOfBlock = k + 1 == body.size() || blockOf[k + 1] != blockOf[k];
            if (lastOfBlock) {
                for (Line l : trailing.get(blockOf[k])) {
                    out.add(new Line(l.text(), l.box(), l.style(), l.region(), block));
                }
            }
        }
    }

    /**
     * Whether a label line continues the label above it: no digits in either, right below it (less than a line's
     * height between them, no blank line), as tall, both in capitals or neither, aligned with it on the left or the
     * right edge (Europass labels are right-aligned).
     */
    private static boolean wrappedLabel(Line above, Line below) {
        if (above.text().chars().anyMatch(Character::isDigit)) {
            return false;
        }
        BoundingBox a = above.box();
        BoundingBox b = below.box();
        float h = Math.max(4f, a.height());
        return b.y() > a.y() && b.y() - a.bottom() <= h && Math.abs(a.height() - b.height()) <= 1f
                && Texts.isAllCaps(above.text()) == Texts.isAllCaps(below.text())
                && (Math.abs(a.right() - b.right()) <= 2f || Math.abs(a.x() - b.x()) <= 2f);
    }

    /**
     * The widest column gutter of some segments, or with {@code any} the first found (only whether there is one
     * counts then).
     *
     * @param byX the same segments sorted by x, ties in their order in {@code segs}
     */
    private static VerticalCut findVerticalCut(List<Segment> segs, List<Segment> byX, float pageWidth,
            boolean any) {
        if (segs.size() < 4) {
            return null;
        }
        int total = 0;
        for (Segment s : segs) {
            total += s.weight();
        }
        VerticalCut best = null;
        float coveredRight = byX.get(0).right;
        for (int i = 1; i < byX.size(); i++) {
            Segment s = byX.get(i);
            float gap = s.x - coveredRight;
            if (gap >= MIN_GUTTER) {
                float gapStart = coveredRight;
                List<Segment> left = new ArrayList<>();
                List<Segment> right = new ArrayList<>();
                for (Segment t : segs) {
                    (t.right <= gapStart + 0.01f ? left : right).add(t);
                }
                if (isColumnSplit(left, right, total, pageWidth) && (best == null || gap > best.width)) {
                    best = new VerticalCut(left, right, gap);
                    if (any) {
                        return best;
                    }
                }
            }
            coveredRight = Math.max(coveredRight, s.right);
        }
        return best;
    }

    /**
     * Whether the segments above a horizontal gap, or those below it, could hold a column gutter: four segments or
     * more and a blank vertical band of {@link #MIN_GUTTER} between them, as {@link #findVerticalCut} looks for its
     * candidates. A necessary condition only, without building the two sides: the banner search tries every
     * horizontal gap of a region, and in a column of text (most regions) no side has such a band. Partitioning the
     * segments and searching both sides at every gap was half of the layout's time.
     *
     * @param byX the region's segments sorted by x
     * @param gap the horizontal gap (segments whose top is above it are above)
     */
    private static boolean mayHaveGutter(List<Segment> byX, float gap) {
        int aboveCount = 0;
        int belowCount = 0;
        boolean aboveGap = false;
        boolean belowGap = false;
        float aboveRight = 0f;
        float belowRight = 0f;
        for (Segment s : byX) {
            if (s.top < gap) {
                if (aboveCount > 0 && s.x - aboveRight >= MIN_GUTTER) {
                    aboveGap = true;
                }
                aboveRight = aboveCount == 0 ? s.right : Math.max(aboveRight, s.right);
                aboveCount++;
            } else {
                if (belowCount > 0 && s.x - belowRight >= MIN_GUTTER) {
                    belowGap = true;
                }
                belowRight = belowCount == 0 ? s.right : Math.max(belowRight, s.right);
                belowCount++;
            }
        }
        return aboveGap && aboveCount >= 4 || belowGap && belowCount >= 4;
    }

    private static boolean isColumnSplit(List<Segment> left, List<Segment> right, int total, float pageWidth) {
        if (distinctBaselines(left) < 2 || distinctBaselines(right) < 2) {
            return false;
        }
        int leftWeight = 0;
        for (Segment s : left) {
            leftWeight += s.weight();
        }
        int smaller = Math.min(leftWeight, total - leftWeight);
        if (smaller < 0.08 * total) {
            return false;
        }
        float overlap = Math.min(extentBottom(left), extentBottom(right)) - Math.max(extentTop(left), extentTop(right));
        float shorter = Math.min(extentBottom(left) - extentTop(left), extentBottom(right) - extentTop(right));
        if (overlap < 0.3f * shorter) {
            return false;
        }
        // row-aligned text (labels and values, titles and right-aligned dates, dates in a margin column beside their
        // entries) is one table, not two columns. Lines of the narrow side with nothing of the other side at their
        // height (a heading in the margin, facing the blank line before a section) say nothing either way.
        List<Segment> fewer = left.size() <= right.size() ? left : right;
        List<Segment> more = fewer == left ? right : left;
        int aligned = 0;
        int facing = 0;
        for (Segment s : fewer) {
            boolean faces = false;
            for (Segment t : more) {
                // same row: an 11 pt date beside a 13 pt title sits up to ~a quarter of the font size higher
                float tolerance = Math.max(1.5f, 0.25f * Math.min(s.fontSize, t.fontSize));
                if (Math.abs(s.baseline - t.baseline) <= tolerance) {
                    aligned++;
                    faces = true;
                    break;
                }
                faces |= t.top < s.bottom && s.top < t.bottom;
            }
            if (faces) {
                facing++;
            }
        }
        if (facing < 2) {
            return false;
        }
        if (aligned < 0.7f * facing) {
            return true;
        }
        // aligned by coincidence: a sidebar in the right part of the page set at the main text's leading. Its lines
        // follow each other row after row, where right-hand dates come one per entry
        // (but not a grid of cards, two a row, whose lines face lines of the same size on the very same baselines:
        // the even theme's skills and languages; a sidebar set at the main leading has its own, smaller type)
        if (fewer == right && extentX(right) > 0.55f * pageWidth && denseRows(fewer)
                && sameRowSameSizeShare(fewer, more) < 0.6f) {
            return true;
        }
        // two columns that both run row after row at about the same leading (a main column beside a sidebar of
        // many short lines): their rows face each other by coincidence, a few points apart, where the cells of a
        // table row share one baseline
        return denseRows(left) && denseRows(right) && sameBaselineShare(fewer, more) < 0.5f;
    }

    /** The share of a side's lines facing a line of the other side on the same baseline and in the same size. */
    private static float sameRowSameSizeShare(List<Segment> side, List<Segment> other) {
        int same = 0;
        for (Segment s : side) {
            for (Segment t : other) {
                if (Math.abs(s.baseline - t.baseline) <= 0.6f && Math.abs(s.fontSize - t.fontSize) < 0.3f) {
                    same++;
                    break;
                }
            }
        }
        return side.isEmpty() ? 0f : (float) same / side.size();
    }

    /** The share of a side's lines that have a line of the other side on the very same baseline (a table row). */
    private static float sameBaselineShare(List<Segment> side, List<Segment> other) {
        int same = 0;
        for (Segment s : side) {
            for (Segment t : other) {
                if (Math.abs(s.baseline - t.baseline) <= 0.6f) {
                    same++;
                    break;
                }
            }
        }
        return side.isEmpty() ? 0f : (float) same / side.size();
    }

    /** Whether most lines of a side sit on consecutive rows (a column of its own), at least four of them. */
    private static boolean denseRows(List<Segment> side) {
        if (side.size() < 4) {
            return false;
        }
        List<Segment> byBaseline = new ArrayList<>(side);
        byBaseline.sort(Comparator.comparingDouble(s -> s.baseline));
        int adjacent = 0;
        for (int i = 1; i < byBaseline.size(); i++) {
            Segment a = byBaseline.get(i - 1);
            Segment b = byBaseline.get(i);
            if (b.baseline - a.baseline <= 1.8f * Math.max(a.fontSize, b.fontSize)) {
                adjacent++;
            }
        }
        return adjacent >= 0.6f * (byBaseline.size() - 1);
    }

    private static int distinctBaselines(List<Segment> segs) {
        List<Float> baselines = new ArrayList<>();
        outer:
        for (Segment s : segs) {
            for (float b : baselines) {
                if (Math.abs(b - s.baseline) < 1.5f) {
                    continue outer;
                }
            }
            baselines.add(s.baseline);
            if (baselines.size() >= 3) {
                break;
            }
        }
        return baselines.size();
    }

    private static List<Float> horizontalGaps(List<Segment> segs) {
        List<Segment> byTop = new ArrayList<>(segs);
        byTop.sort(Comparator.comparingDouble(s -> s.top));
        List<Float> gaps = new ArrayList<>();
        float coveredBottom = byTop.get(0).bottom;
        for (int i = 1; i < byTop.size(); i++) {
            Segment s = byTop.get(i);
            if (s.top > coveredBottom + 0.5f) {
                gaps.add(s.top - 0.25f);
            }
            coveredBottom = Math.max(coveredBottom, s.bottom);
        }
        return gaps;
    }

    private static float extentX(List<Segment> segs) {
        float v = Float.MAX_VALUE;
        for (Segment s : segs) {
            v = Math.min(v, s.x);
        }
        return v;
    }

    private static float extentRight(List<Segment> segs) {
        float v = -Float.MAX_VALUE;
        for (Segment s : segs) {
            v = Math.max(v, s.right);
        }
        return v;
    }

    private static float extentTop(List<Segment> segs) {
        float v = Float.MAX_VALUE;
        for (Segment s : segs) {
            v = Math.min(v, s.top);
        }
        return v;
    }

    private static float extentBottom(List<Segment> segs) {
        float v = -Float.MAX_VALUE;
        for (Segment s : segs) {
            v = Math.max(v, s.bottom);
        }
        return v;
    }

    // ---------------------------------------------------------------- leaf -> lines

    private void emitLeaf(List<Segment> segs, Region region) {
        int block = blockCounter++;
        List<Segment> sorted = new ArrayList<>(segs);
        sorted.sort(Comparator.comparingDouble((Segment s) -> s.baseline).thenComparingDouble(s -> s.x));
        List<Segment> line = new ArrayList<>();
        for (Segment s : sorted) {
            if (!line.isEmpty()) {
                Segment first = line.get(0);
                float tolerance = Math.max(1.5f, 0.35f * Math.min(s.fontSize, first.fontSize));
                if (s.baseline - first.baseline > tolerance) {
                    emitLine(line, region, block);
                    line.clear();
                }
            }
            line.add(s);
        }
        if (!line.isEmpty()) {
            emitLine(line, region, block);
        }
    }

    private void emitLine(List<Segment> line, Region region, int block) {
        line.sort(Comparator.comparingDouble(s -> s.x));
        StringBuilder text = new StringBuilder();
        BoundingBox box = null;
        Segment main = line.get(0);
        int bold = 0;
        int italic = 0;
        int weight = 0;
        Segment prev = null;
        for (Segment s : line) {
            if (prev != null) {
                // segments are cut at gaps wider than a word space: a cell of a label column, a right-aligned
                // date, the next cell of a table row. Keep that boundary (a tab) for the parser
                float size = Math.max(4f, Math.min(s.fontSize, prev.fontSize));
                text.append(s.x - prev.right > Math.max(0.8f * size, 6f) ? '\t' : ' ');
            }
            text.append(s.text);
            BoundingBox b = new BoundingBox(s.x, s.top, Math.max(0, s.right - s.x), Math.max(0, s.bottom - s.top));
            box = box == null ? b : box.union(b);
            if (s.weight() > main.weight()) {
                main = s;
            }
            weight += s.weight();
            bold += s.bold ? s.weight() : 0;
            italic += s.italic ? s.weight() : 0;
            prev = s;
        }
        String value = text.toString();
        out.add(new Line(value, box, new TextStyle(main.fontName, main.fontSize, bold * 2 > weight,
                italic * 2 > weight, Texts.isAllCaps(value)), region, block));
    }
}
