package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.Provenance;
import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.document.Region;
import dev.cvmatch.document.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A document line prepared for parsing: leading bullets and icons removed (remembered in {@link #bullet}), with a
 * flag for a visual gap before it, and helpers to report provenance of a substring. Internal.
 */
final class CvLine {
    final TextLine source;
    /** The cleaned text: no leading bullet/icon, no trailing decoration, trimmed. */
    final String text;
    /** Offset of {@link #text} within the source line's text. */
    final int shift;
    final boolean bullet;
    final boolean gapBefore;
    /** Decorated like a plain-text heading ("## X", "*** X ***", underlined by ===). */
    boolean decoratedHeading;
    final int index;

    private CvLine(TextLine source, String text, int shift, boolean bullet, boolean gapBefore, int index) {
        this.source = source;
        this.text = text;
        this.shift = shift;
        this.bullet = bullet;
        this.gapBefore = gapBefore;
        this.index = index;
    }

    boolean bold() {
        return source.style().bold();
    }

    float fontSize() {
        return source.style().fontSize();
    }

    boolean allCaps() {
        return source.style().allCaps() || Texts.isAllCaps(text);
    }

    Region region() {
        return source.region();
    }

    /**
     * Provenance of a substring of {@link #text}.
     */
    Provenance span(int from, int to, double confidence) {
        int start = source.offset() + shift + Math.max(0, from);
        int end = source.offset() + shift + Math.min(text.length(), Math.max(from, to));
        return new Provenance(source.page(), start, end, source.box(), confidence);
    }

    /**
     * Provenance of a value found in this line (located by search), or of the whole line.
     */
    Provenance find(String value, double confidence) {
        int i = value == null ? -1 : text.indexOf(value);
        if (i < 0) {
            return span(0, text.length(), confidence);
        }
        return span(i, i + value.length(), confidence);
    }

    /** Provenance covering several lines. */
    static Provenance cover(List<CvLine> lines, double confidence) {
        CvLine first = lines.get(0);
        CvLine last = lines.get(lines.size() - 1);
        BoundingBox box = null;
        for (CvLine l : lines) {
            if (l.source.box() != null && l.source.page() == first.source.page()) {
                box = box == null ? l.source.box() : box.union(l.source.box());
            }
        }
        int start = first.source.offset() + first.shift;
        int end = Math.max(start, last.source.offset() + last.shift + last.text.length());
        return new Provenance(first.source.page(), start, end, box, confidence);
    }

    @Override
    public String toString() {
        return (bullet ? "• " : "") + text;
    }

    /**
     * Prepares the lines of a document: skips blank lines and underline rules (marking the line above as a
     * heading), strips bullets and icons.
     */
    static List<CvLine> prepare(ExtractedDocument document) {
        List<TextLine> raw = document.lines();
        List<CvLine> lines = new ArrayList<>();
        boolean gap = true;
        TextLine previous = null;
        for (TextLine line : raw) {
            String t = line.text();
            if (t.isBlank()) {
                gap = true;
                continue;
            }
            if (isRule(t)) {
                if (!lines.isEmpty() && !gap) {
                    lines.get(lines.size() - 1).decoratedHeading = true;
                }
                gap = true;
                continue;
            }
            boolean visualGap = gap || previous != null && (previous.block() != line.block()
                    || previous.page() != line.page() || verticalGap(previous, line));
            int a = 0;
            boolean bullet = false;
            boolean hashes = false;
            boolean stars = false;
            while (a < t.length()) {
                int cp = t.codePointAt(a);
                if (Character.isWhitespace(cp)) {
                    a += Character.charCount(cp);
                } else if (Texts.isDecoration(cp)) {
                    bullet = true;
                    hashes |= cp == '#';
                    stars |= cp == '*';
                    a += Character.charCount(cp);
                } else if (Texts.isDash((char) cp) && a + 1 < t.length() && t.charAt(a + 1) == ' ') {
                    bullet = true;
                    a += 1;
                } else if ((cp == 'o' || cp == '-') && a + 1 < t.length() && t.charAt(a + 1) == '\t') {
                    bullet = true;
                    a += 1;
                } else {
                    break;
                }
            }
            int b = t.length();
            boolean trailingStars = false;
            while (b > a) {
                int cp = t.codePointBefore(b);
                if (Character.isWhitespace(cp) || Texts.isDecoration(cp) && cp != '#' && cp != '|') {
                    trailingStars |= cp == '*';
                    b -= Character.charCount(cp);
                } else {
                    break;
                }
            }
            if (a >= b) {
                gap = true;
                continue;
            }
            CvLine cvLine = new CvLine(line, t.substring(a, b), a, bullet && !hashes && !(stars && trailingStars),
                    visualGap, lines.size());
            cvLine.decoratedHeading = hashes || stars && trailingStars;
            lines.add(cvLine);
            gap = false;
            previous = line;
        }
        return lines;
    }

    private static boolean verticalGap(TextLine a, TextLine b) {
        if (a.box() == null || b.box() == null || a.page() != b.page()) {
            return false;
        }
        float height = Math.max(4f, Math.min(a.box().height(), b.box().height()));
        return b.box().y() - a.box().bottom() > 1.1f * height;
    }

    private static boolean isRule(String t) {
        String s = t.strip();
        if (s.length() < 3) {
            return false;
        }
        char c = s.charAt(0);
        if (c != '=' && c != '-' && c != '_' && c != '~' && c != '*' && c != '\u2500' && c != '\u2014'
                && c != '\u2013' && c != '.') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != c && s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    static boolean isFormatWithoutStyle(DocumentFormat format) {
        return format == DocumentFormat.TXT;
    }
}
