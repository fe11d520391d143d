package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.Provenance;
import dev.cvmatch.cv.SectionType;
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
    /** One physical line merged into a logical line: where its text starts in {@link #text}. */
    private record Piece(int textStart, TextLine source, int shift) {
    }

    final TextLine source;
    /** The cleaned text: no leading bullet/icon, no trailing decoration, trimmed. */
    final String text;
    /** Offset of {@link #text} within the source line's text. */
    final int shift;
    /** The physical lines, when a wrapped line was merged back (first piece = {@link #source}). */
    private final List<Piece> pieces;
    final boolean bullet;
    final boolean gapBefore;
    /** Decorated like a plain-text heading ("## X", "*** X ***", underlined by ===). */
    boolean decoratedHeading;
    /** Its leading decoration is an icon (an icon font's glyph, an emoji), not a list bullet. */
    boolean iconLed;
    /**
     * The type of the heading this label cell starts when the next line completes it ("CENTRES<TAB>Échecs" /
     * "D'INTÉRÊT": a label wrapped beside its content), or {@code null}.
     */
    SectionType wrappedLabel;
    /** The second row of a label cell that was a heading already ("EXPÉRIENCE" / "PROFESSIONNELLE<TAB>Lyon"). */
    boolean labelTail;
    /**
     * What the field label that led this line said its value is ("Position:", "Company:"), or {@code null} for a line
     * that had no label; set on the copies {@link FieldLabels#strip} makes.
     */
    FieldLabels.Role fieldRole;
    final int index;

    private CvLine(TextLine source, String text, int shift, boolean bullet, boolean gapBefore, int index) {
        this(source, text, shift, bullet, gapBefore, index, List.of(new Piece(0, source, shift)));
    }

    private CvLine(TextLine source, String text, int shift, boolean bullet, boolean gapBefore, int index,
            List<Piece> pieces) {
        this.source = source;
        this.text = text;
        this.shift = shift;
        this.pieces = pieces;
        this.bullet = bullet;
        this.gapBefore = gapBefore;
        this.index = index;
    }

    // the text's date range, date and degree, found once: the extractors ask for them several times per line
    private Dates.Found dateRange;
    private Dates.Found anyDate;
    private Degrees.Found degree;
    private byte found; // bits: 1 dateRange, 2 anyDate, 4 degree looked for

    /** {@code Dates.range(text)}, computed once. */
    Dates.Found dateRange() {
        if ((found & 1) == 0) {
            dateRange = Dates.range(text);
            found |= 1;
        }
        return dateRange;
    }

    /** {@code Dates.any(text)}, computed once. */
    Dates.Found anyDate() {
        if ((found & 2) == 0) {
            anyDate = Dates.any(text);
            found |= 2;
        }
        return anyDate;
    }

    /** {@code Degrees.find(text)}, computed once. */
    Degrees.Found degree() {
        if ((found & 4) == 0) {
            degree = Degrees.find(text);
            found |= 4;
        }
        return degree;
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
        int a = Math.max(0, Math.min(from, text.length()));
        int b = Math.min(text.length(), Math.max(a, to));
        Piece first = pieceAt(a);
        Piece last = pieceAt(Math.max(a, b - 1));
        int start = first.source.offset() + first.shift + Math.min(a - first.textStart, first.source.text().length());
        int end = last.source.offset() + last.shift + Math.min(b - last.textStart, last.source.text().length());
        BoundingBox box = first.source.box();
        if (last != first && box != null && last.source.box() != null && last.source.page() == first.source.page()) {
            box = box.union(last.source.box());
        }
        return new Provenance(first.source.page(), start, Math.max(start, end), box, confidence);
    }

    private Piece pieceAt(int textIndex) {
        Piece found = pieces.get(0);
        for (Piece p : pieces) {
            if (p.textStart <= textIndex) {
                found = p;
            }
        }
        return found;
    }

    /**
     * A copy of this line marked with the role of the label it had.
     *
     * @param role what the label said the value is
     * @return a new line with the same text and provenance
     */
    CvLine labelled(FieldLabels.Role role) {
        CvLine line = new CvLine(source, text, shift, bullet, gapBefore, index, pieces);
        line.decoratedHeading = decoratedHeading;
        line.iconLed = iconLed;
        line.fieldRole = role;
        return line;
    }

    /**
     * This line without its first {@code n} characters (a label such as "Name of employer"), provenance kept exact.
     *
     * @param n characters to drop, within the first physical line
     * @return the shorter line, or this line when nothing would be left
     */
    CvLine withoutPrefix(int n) {
        int cut = n;
        while (cut < text.length() && Character.isWhitespace(text.charAt(cut))) {
            cut++;
        }
        int firstEnd = pieces.size() > 1 ? pieces.get(1).textStart : text.length();
        if (cut <= 0 || cut >= text.length() || cut >= firstEnd) {
            return this;
        }
        List<Piece> moved = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            moved.add(i == 0 ? new Piece(0, p.source, p.shift + cut) : new Piece(p.textStart - cut, p.source, p.shift));
        }
        CvLine line = new CvLine(source, text.substring(cut), shift + cut, bullet, gapBefore, index, moved);
        line.decoratedHeading = decoratedHeading;
        line.iconLed = iconLed;
        return line;
    }

    /** This line with a wrapped continuation appended (joined by a space). */
    CvLine merge(CvLine continuation) {
        List<Piece> merged = new ArrayList<>(pieces);
        int start = text.length() + 1;
        merged.add(new Piece(start, continuation.source, continuation.shift));
        CvLine line = new CvLine(source, text + " " + continuation.text, shift, bullet, gapBefore, index, merged);
        line.decoratedHeading = decoratedHeading;
        line.iconLed = iconLed;
        return line;
    }

    /**
     * Two pieces of one flattened line that make one date range whose dash the flattening lost: each a date, the
     * second later than the first ("June 2004", "April 2005") or "Present": one range, "June 2004 – April 2005".
     * Also a year alone before a piece that opens with the range's end and goes on after a colon or comma ("2005",
     * "Present: Sound Engineer, Acme Records" read "2005 – Present: Sound Engineer, ..."), a piece that ends on a
     * start date before a piece that is the range's end alone ("Web Developer, March 2014", "Present"), and a month
     * alone before a piece that opens with a month and year ("Jun", "Aug 2006"). Otherwise {@code null}.
     */
    static CvLine splitRange(CvLine a, CvLine b) {
        if (a.pieces.size() != 1 || b.pieces.size() != 1 || a.source != b.source || b.bullet) {
            return null;
        }
        Dates.Found first = a.anyDate();
        if (first == null && !b.gapBefore && a.text.strip().length() <= 10
                && MONTH_ALONE.matcher(Texts.fold(a.text)).matches()) {
            // "Jun  Aug 2006": a month without its year, the range's end opening the next piece
            String joined = a.text + " – " + b.text;
            Dates.Found both = Dates.range(joined);
            if (both == null || !both.range() || both.from() != a.text.indexOf(a.text.strip())
                    || both.to() <= a.text.length() + 3) {
                return null;
            }
            List<Piece> merged = new ArrayList<>(a.pieces);
            merged.add(new Piece(a.text.length() + 3, b.source, b.shift));
            return new CvLine(a.source, joined, a.shift, a.bullet, a.gapBefore, a.index, merged);
        }
        if (first == null || first.range() || first.start() == null) {
            return null;
        }
        String at = a.text.strip();
        String bt = b.text.strip();
        boolean wholeA = first.from() == 0 && first.to() >= at.length();
        boolean monthA = first.start().month() != 0;
        // "Paralegal (2006", "2013)": the brackets around the range say the two dates are one
        boolean bracketed = first.from() > 0 && at.charAt(first.from() - 1) == '(' && bt.endsWith(")");
        if (bracketed) {
            bt = bt.substring(0, bt.length() - 1).strip();
        }
        boolean wholeB = bt.length() <= 20 && RANGE_END.matcher(bt).matches();
        // "2000  2011", "Acme, Texas 2002  2005": a later year alone right after a year, with no wider gap between
        // them than a lost dash leaves, is the range's end (a gap of four spaces or more is a line break)
        boolean closingYear = !b.gapBefore && YEAR.matcher(bt).matches();
        if (wholeA && (monthA || closingYear) && a.text.length() <= 20 && b.text.length() <= 20) {
            return joinRange(a, b, a.text.length() + 3 + b.text.length());
        }
        if (wholeA && a.text.length() <= 20) {
            java.util.regex.Matcher lead = LEADING_RANGE_END.matcher(bt);
            if (lead.lookingAt()) {
                return joinRange(a, b, a.text.length() + 3 + lead.end(1));
            }
            return null;
        }
        if (!wholeA && wholeB && first.to() >= at.length() && first.from() > 0 && a.text.length() <= 80
                && (monthA || bracketed || closingYear || !YEAR.matcher(bt).find())) {
            return joinRange(a, b, a.text.length() + 3 + b.text.indexOf(bt) + bt.length());
        }
        return null;
    }

    /**
     * {@code a} and {@code b} joined by a dash, when the range that ends at {@code rangeEnd} in the joined text
     * starts where {@code a}'s date does, ends there and does not end before it starts.
     */
    private static CvLine joinRange(CvLine a, CvLine b, int rangeEnd) {
        String joined = a.text + " – " + b.text;
        Dates.Found both = Dates.range(joined.substring(0, Math.min(joined.length(), rangeEnd)));
        if (both == null || !both.range() || both.from() != a.anyDate().from()
                || both.to() < joined.substring(0, rangeEnd).strip().length()
                || both.end() != null && both.end().compareTo(both.start()) < 0) {
            return null;
        }
        List<Piece> merged = new ArrayList<>(a.pieces);
        merged.add(new Piece(a.text.length() + 3, b.source, b.shift));
        return new CvLine(a.source, joined, a.shift, a.bullet, a.gapBefore, a.index, merged);
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
            for (Piece p : l.pieces) {
                if (p.source.box() != null && p.source.page() == first.source.page()) {
                    box = box == null ? p.source.box() : box.union(p.source.box());
                }
            }
        }
        int start = first.source.offset() + first.shift;
        Piece lastPiece = last.pieces.get(last.pieces.size() - 1);
        int end = Math.max(start, lastPiece.source.offset() + lastPiece.shift
                + (last.text.length() - lastPiece.textStart));
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
        int wrapWidth = 0;
        if (document.format() == DocumentFormat.TXT) {
            int[] lengths = raw.stream().mapToInt(l -> l.text().stripTrailing().length()).sorted().toArray();
            wrapWidth = lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.95)];
        }
        boolean gap = true;
        TextLine previous = null;
        CvLine lastLabel = null;
        for (int r = 0; r < raw.size(); r++) {
            TextLine line = raw.get(r);
            CvLine labelAbove = lastLabel;
            lastLabel = null;
            String following = r + 1 < raw.size() ? raw.get(r + 1).text().strip() : "";
            String whole = line.text();
            if (whole.isBlank()) {
                gap = true;
                continue;
            }
            for (int[] piece : flattenedPieces(whole)) {
                String t = whole.substring(0, piece[1]);
                int pieceStart = piece[0];
                if (piece[2] == 1) {
                    gap = true;
                }
                if (isRule(t.substring(pieceStart))) {
                    if (!lines.isEmpty() && !gap) {
                        lines.get(lines.size() - 1).decoratedHeading = true;
                    }
                    gap = true;
                    continue;
                }
                boolean visualGap = gap || previous != null && (previous.block() != line.block()
                        || previous.page() != line.page() || verticalGap(previous, line));
                int a = pieceStart;
                boolean bullet = false;
                boolean hashes = false;
                boolean stars = false;
                boolean icons = false;
                while (a < t.length()) {
                    int cp = t.codePointAt(a);
                    if (Character.isWhitespace(cp)) {
                        a += Character.charCount(cp);
                    } else if (Texts.isDecoration(cp)) {
                        bullet = true;
                        icons |= Texts.isIcon(cp);
                        hashes |= cp == '#';
                        stars |= cp == '*';
                        a += Character.charCount(cp);
                    } else if (Texts.isDash((char) cp) && a + 1 < t.length() && t.charAt(a + 1) == ' ') {
                        bullet = true;
                        a += 1;
                    } else if (cp == '{' && a + 1 < t.length() && t.charAt(a + 1) == ' ' && t.indexOf('}', a) < 0) {
                        bullet = true; // pdfTeX's \textbullet without a ToUnicode map reads as "{" (moderncv)
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
                int cell = labelCell(t, a, b);
                SectionType wrapped = cell > 0 ? null : wrappedLabelCell(t, a, b, following);
                if (wrapped != null) {
                    cell = t.indexOf('\t', a);
                }
                boolean tail = cell <= 0 && labelAbove != null && labelTail(labelAbove, t, a, b);
                if (tail) {
                    cell = t.indexOf('\t', a);
                }
                if (cell > 0) {
                    // a label column beside its content ("EXPERIENCE<TAB>Injective, Frontend Engineer<TAB>2025"):
                    // the label is a heading line of its own, the rest the first line of its section
                    CvLine label = new CvLine(line, t.substring(a, cell).strip(), a, false, visualGap, lines.size());
                    label.iconLed = icons;
                    label.wrappedLabel = wrapped;
                    label.labelTail = tail;
                    lastLabel = label;
                    lines.add(label);
                    a = cell;
                    while (a < b && Character.isWhitespace(t.charAt(a))) {
                        a++;
                    }
                    bullet = false;
                    visualGap = false;
                }
                CvLine cvLine = new CvLine(line, t.substring(a, b), a, bullet && !hashes && !(stars && trailingStars),
                        visualGap, lines.size());
                cvLine.decoratedHeading = hashes || stars && trailingStars;
                cvLine.iconLed = icons && cell <= 0;
                if (cell > 0) {
                    lines.add(cvLine);
                    gap = false;
                    previous = line;
                    continue;
                }
                CvLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                CvLine[] rejoined = last == null ? null : rejoinDateCell(last, cvLine);
                if (rejoined != null) {
                    // "Oct 2018 –<TAB>Staff Nurse" / "Sep 2021<TAB>Centre Hospitalier": a range wrapped in a margin
                    lines.set(lines.size() - 1, rejoined[0]);
                    if (rejoined[1] == null) {
                        gap = false;
                        previous = line;
                        continue;
                    }
                    cvLine = rejoined[1];
                }
                CvLine range = last == null ? null : splitRange(last, cvLine);
                if (range != null) {
                    // "June 2004  April 2005": a range whose dash the flattened text lost
                    lines.set(lines.size() - 1, range);
                    gap = false;
                    previous = line;
                    continue;
                }
                if (last != null && !visualGap && isContinuation(last, cvLine, wrapWidth)) {
                    lines.set(lines.size() - 1, last.merge(cvLine));
                } else {
                    lines.add(cvLine);
                }
                gap = false;
                previous = line;
            }
        }
        return lines;
    }

    /**
     * Text copied out of PDFs often loses its line breaks and keeps runs of spaces where the layout had columns or
     * line ends ("Shayne White  Justin Street  London  Phone: ..."). A long line with several such runs is read as
     * several lines, cut at runs of two or more spaces; a run of four or more counts as a visual gap.
     *
     * @return {start, end, gapBefore(0/1)} for each piece; the whole line when it is not such a line
     */
    private static List<int[]> flattenedPieces(String t) {
        List<int[]> pieces = new ArrayList<>();
        if (t.length() < 250 || DOUBLE_SPACE.matcher(t).results().count() < 3) {
            pieces.add(new int[] {0, t.length(), 0});
            return pieces;
        }
        java.util.regex.Matcher m = DOUBLE_SPACE.matcher(t);
        int start = 0;
        int gapBefore = 0;
        while (m.find()) {
            if (m.start() > start) {
                pieces.add(new int[] {start, m.start(), gapBefore});
            }
            gapBefore = m.end() - m.start() >= 4 ? 1 : 0;
            start = m.end();
        }
        if (start < t.length()) {
            pieces.add(new int[] {start, t.length(), gapBefore});
        }
        return pieces;
    }

    /**
     * Where the content starts after a label cell: the text before the first tab is a known section heading (with or
     * without a colon) and something follows it.
     *
     * @return the index of the tab, or -1
     */
    private static int labelCell(String t, int from, int to) {
        int tab = t.indexOf('\t', from);
        if (tab <= from || tab >= to - 1 || tab - from > 40) {
            return -1;
        }
        String label = t.substring(from, tab).strip();
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1);
        }
        String folded = Texts.fold(label);
        if (folded.isEmpty() || Texts.digits(folded) > 0 || t.substring(tab, to).isBlank()) {
            return -1;
        }
        Lexicons lexicons = Lexicons.get();
        return lexicons.heading(folded) != null || lexicons.heading(folded.replace(" ", "")) != null ? tab : -1;
    }

    /**
     * A label cell wrapped over two rows of a label column: "CENTRES<TAB>Échecs, Trail" over "D'INTÉRÊT", where
     * neither word is a heading but both together are. The next line must be the label's tail alone (in capitals,
     * two words at most, or its first cell).
     *
     * @return the heading's type, or {@code null}
     */
    private static SectionType wrappedLabelCell(String t, int from, int to, String following) {
        int tab = t.indexOf('\t', from);
        if (tab <= from || tab >= to - 1 || tab - from > 30 || following.isEmpty()) {
            return null;
        }
        String label = t.substring(from, tab).strip();
        int nextTab = following.indexOf('\t');
        String tail = (nextTab > 0 ? following.substring(0, nextTab) : following).strip();
        if (!Texts.isAllCaps(label) || !Texts.isAllCaps(tail) || Texts.words(label) > 2 || Texts.words(tail) > 2
                || Texts.digits(label) > 0 || Texts.digits(tail) > 0) {
            return null;
        }
        Lexicons lexicons = Lexicons.get();
        if (lexicons.heading(Texts.fold(label)) != null) {
            return null;
        }
        return lexicons.heading(Texts.fold(label + " " + tail));
    }

    /** Whether the first cell of a row completes the label cell of the row above into a longer heading. */
    private static boolean labelTail(CvLine labelAbove, String t, int from, int to) {
        int tab = t.indexOf('\t', from);
        if (tab <= from || tab >= to - 1 || tab - from > 30) {
            return false;
        }
        String cell = t.substring(from, tab).strip();
        if (!Texts.isAllCaps(cell) || !Texts.isAllCaps(labelAbove.text) || Texts.words(cell) > 2
                || Texts.digits(cell) > 0) {
            return false;
        }
        Lexicons lexicons = Lexicons.get();
        SectionType alone = lexicons.heading(Texts.fold(labelAbove.text));
        SectionType joined = lexicons.heading(Texts.fold(labelAbove.text + " " + cell));
        return joined != null && (alone == null || alone == joined);
    }

    /** The date parser's month names, matching their accented spellings too ("févr", "août", "déc"). */
    private static final String MONTH = dev.cvmatch.internal.date.DateRangeParser.monthNames().stream()
            .map(name -> name.replace("e", "[eéèê]").replace("a", "[aàâ]").replace("u", "[uûù]"))
            .collect(java.util.stream.Collectors.joining("|", "(?:", ")\\.?(?![\\p{L}])"));
    /** A date range cut after its connector, or after the end's month: "Oct 2018 –", "mars 2017 à mars". */
    private static final java.util.regex.Pattern UNFINISHED_RANGE = java.util.regex.Pattern.compile(
            "(?iu)((?:" + MONTH + "\\s+)?\\d{4}|\\d{1,2}/\\d{4})\\s*(?:–|—|-|à|au|to|until)\\s*(" + MONTH + ")?");
    /** The rest of such a range, alone in its cell: "Sep 2021", "2020", "aujourd'hui", "Present". */
    private static final java.util.regex.Pattern RANGE_END = java.util.regex.Pattern.compile(
            "(?iu)(?:(?:" + MONTH + "\\s+)?\\d{4}|\\d{1,2}/\\d{4}|present|now|current|today|aujourd['’]hui|"
            + "pr[ée]sent|en cours|ce jour|[àa] ce jour)");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    /** A month's name and nothing else, folded ("jun", "september"). */
    private static final java.util.regex.Pattern MONTH_ALONE = java.util.regex.Pattern.compile(
            "(?:" + String.join("|", dev.cvmatch.internal.date.DateRangeParser.monthNames()) + ")");
    /** A range's end opening a piece and followed by a colon or comma and more text: "Present: Sound Engineer". */
    private static final java.util.regex.Pattern LEADING_RANGE_END = java.util.regex.Pattern.compile(
            "(?iu)(\\d{4}|present|now|current|today|till date|to date)\\s*[:,]\\s*\\S");

    /**
     * A date range wrapped in a narrow margin column, its end on the next line: "Oct 2018 –<TAB>Staff Nurse" then
     * "Sep 2021<TAB>Centre Hospitalier", or "févr. 2012 à nov. Ingénieure SRE" then "2016<TAB>..." (moderncv,
     * timelines). The two lines become "Oct 2018 – Sep 2021<TAB>Staff Nurse" and "Centre Hospitalier" (or nothing,
     * when the second held only the date), provenance kept exact.
     *
     * @return the two lines, the second possibly {@code null}; {@code null} when the lines are not such a pair
     */
    private static CvLine[] rejoinDateCell(CvLine a, CvLine b) {
        if (a.pieces.size() != 1 || b.pieces.size() != 1 || a.source.page() != b.source.page() || b.bullet) {
            return null;
        }
        CvLine stacked = rejoinStackedDates(a, b);
        if (stacked != null) {
            return new CvLine[] {stacked, null};
        }
        int aTab = a.text.indexOf('\t');
        String a1 = aTab < 0 ? a.text : a.text.substring(0, aTab);
        if (!hasFourDigits(a1)) {
            return null; // UNFINISHED_RANGE starts with a year (four digits 0-9): no need to try its month names
        }
        java.util.regex.Matcher m = UNFINISHED_RANGE.matcher(a1);
        if (!m.lookingAt()) {
            return null;
        }
        int a1End;
        if (m.end() == a1.length()) {
            a1End = a1.length();
        } else if (aTab < 0 && (Character.isWhitespace(a1.charAt(m.end() - 1))
                || Character.isWhitespace(a1.charAt(m.end())))) {
            int rest = skipWhitespace(a1, m.end());
            if (rest >= a1.length() || !Character.isUpperCase(a1.codePointAt(rest))) {
                return null;
            }
            a1End = m.end(); // "févr. 2012 à nov. Ingénieure SRE": the title follows in the same cell
        } else {
            return null;
        }
        String head = a.text.substring(0, a1End).stripTrailing();
        int bTab = b.text.indexOf('\t');
        String b1 = (bTab < 0 ? b.text : b.text.substring(0, bTab)).strip();
        boolean monthPending = m.group(2) != null;
        if (monthPending ? !YEAR.matcher(b1).matches() : !RANGE_END.matcher(b1).matches()) {
            return null;
        }
        int restStart = skipWhitespace(a.text, a1End);
        String rest = a.text.substring(restStart);
        String joined = head + " " + b1 + (rest.isEmpty() ? "" : "\t" + rest);
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(0, a.source, a.shift));
        pieces.add(new Piece(head.length() + 1, b.source, b.shift + b.text.indexOf(b1)));
        if (!rest.isEmpty()) {
            pieces.add(new Piece(head.length() + 2 + b1.length(), a.source, a.shift + restStart));
        }
        CvLine first = new CvLine(a.source, joined, a.shift, a.bullet, a.gapBefore, a.index, pieces);
        first.decoratedHeading = a.decoratedHeading;
        first.iconLed = a.iconLed;
        if (bTab < 0) {
            return new CvLine[] {first, null};
        }
        int start = bTab + 1;
        boolean bullet = false;
        while (start < b.text.length() && (Character.isWhitespace(b.text.charAt(start))
                || Texts.isDecoration(b.text.codePointAt(start)) || b.text.charAt(start) == '{'
                && start + 1 < b.text.length() && b.text.charAt(start + 1) == ' ')) {
            bullet |= !Character.isWhitespace(b.text.charAt(start));
            start++;
        }
        if (start >= b.text.length()) {
            return new CvLine[] {first, null};
        }
        CvLine second = new CvLine(b.source, b.text.substring(start), b.shift + start, bullet, false, b.index);
        return new CvLine[] {first, second};
    }

    /** Whether a text holds four consecutive digits 0-9 (what {@code \d{4}} matches without flag U). */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /**
     * A start date and an end date stacked in a margin column, one per line, beside a name wrapped over the same two
     * lines ("2004<TAB>Institut Universitaire de" / "2005<TAB>Technologie de Lannion"), or beside a name on the
     * first line only ("2010<TAB>Université de Rennes" / "2012"): one line, "2004 – 2005<TAB>Institut Universitaire
     * de Technologie de Lannion". Two dated items of a list ("2019<TAB>AWS Certified" / "2020<TAB>CKA") stay apart:
     * the second line must sit tight under the first and its text, if any, must continue the first's.
     */
    private static CvLine rejoinStackedDates(CvLine a, CvLine b) {
        TextLine as = a.source;
        TextLine bs = b.source;
        int aTab = a.text.indexOf('\t');
        if (aTab <= 0 || as.box() == null || bs.box() == null || as.block() != bs.block()
                || bs.box().y() - as.box().y() > 1.4f * Math.max(a.fontSize(), b.fontSize())
                || bs.box().y() <= as.box().y() || Math.abs(bs.box().x() - as.box().x()) > 2f) {
            return null;
        }
        String a1 = a.text.substring(0, aTab).strip();
        int bTab = b.text.indexOf('\t');
        String b1 = (bTab < 0 ? b.text : b.text.substring(0, bTab)).strip();
        java.util.regex.Matcher ya = YEAR.matcher(a1);
        java.util.regex.Matcher yb = YEAR.matcher(b1);
        if (!RANGE_END.matcher(a1).matches() || !ya.find() || !RANGE_END.matcher(b1).matches()
                || yb.find() && Integer.parseInt(yb.group()) < Integer.parseInt(ya.group())) {
            return null;
        }
        int aRestStart = skipWhitespace(a.text, aTab);
        String aRest = a.text.substring(aRestStart);
        int bRestStart = skipWhitespace(b.text, bTab < 0 ? b.text.length() : bTab);
        String bRest = b.text.substring(bRestStart);
        if (aRest.isEmpty() || !bRest.isEmpty() && !Texts.endsWithLinkWord(aRest)
                && !Character.isLowerCase(bRest.codePointAt(0))) {
            return null;
        }
        String head = a1 + " – " + b1;
        String joined = head + "\t" + aRest + (bRest.isEmpty() ? "" : " " + bRest);
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(0, as, a.shift + a.text.indexOf(a1)));
        pieces.add(new Piece(a1.length() + 3, bs, b.shift + b.text.indexOf(b1)));
        pieces.add(new Piece(head.length() + 1, as, a.shift + aRestStart));
        if (!bRest.isEmpty()) {
            pieces.add(new Piece(head.length() + 2 + aRest.length(), bs, b.shift + bRestStart));
        }
        CvLine first = new CvLine(as, joined, a.shift, a.bullet, a.gapBefore, a.index, pieces);
        first.decoratedHeading = a.decoratedHeading;
        first.iconLed = a.iconLed;
        return first;
    }

    /** The index of the first character at or after {@code from} that is not white space. */
    private static int skipWhitespace(String t, int from) {
        int i = from;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static final java.util.regex.Pattern DOUBLE_SPACE = java.util.regex.Pattern.compile(" {2,}|\\t");

    /**
     * Whether a line continues the previous one, wrapped by the author's editor or a narrow column: in plain text,
     * a line aligned under the text of a bullet, or an indented line after a line that reached the wrap width; in
     * PDF, a non-bullet line of the same size indented under a bullet's text.
     */
    private static boolean isContinuation(CvLine previous, CvLine line, int wrapWidth) {
        if (line.bullet || line.decoratedHeading || previous.decoratedHeading || line.text.isEmpty()) {
            return false;
        }
        TextLine p = previous.pieces.get(previous.pieces.size() - 1).source;
        Piece lastPiece = previous.pieces.get(previous.pieces.size() - 1);
        if (p == line.source) {
            return false; // pieces of one flattened line were split on purpose
        }
        if (unclosedBracket(previous.text) && line.text.indexOf(')') >= 0 && line.text.indexOf('(') < 0
                && Texts.words(line.text) <= 6 && (line.source.box() == null) == (p.box() == null)
                && (p.box() == null || p.page() == line.source.page() && p.block() == line.source.block()
                && Math.abs(line.fontSize() - previous.fontSize()) < 0.6f)) {
            return true; // "Professional Bachelor's Degree (with" / "distinction)": the bracket closes below
        }
        if (Texts.endsWithLinkWord(previous.text) && !Texts.isAllCaps(line.text)
                && (line.source.box() == null) == (p.box() == null)
                && (p.box() == null || p.page() == line.source.page() && p.block() == line.source.block()
                && Math.abs(line.fontSize() - previous.fontSize()) < 0.6f && line.bold() == previous.bold()
                && line.source.box().x() > p.box().x() - 2f)) {
            return true; // "... des écarts sous" / "Excel": no sentence stops on "sous"
        }
        if (line.source.box() == null && p.box() == null && wrapWidth > 0) {
            if (previous.bullet) {
                return line.shift == lastPiece.shift && line.shift > 0;
            }
            return line.shift > lastPiece.shift && p.text().stripTrailing().length() >= wrapWidth * 0.8
                    && !Texts.isAllCaps(line.text);
        }
        if (line.source.box() != null && p.box() != null && previous.bullet && p.page() == line.source.page()
                && p.block() == line.source.block()) {
            return line.source.box().x() > p.box().x() + 2f
                    && Math.abs(line.fontSize() - previous.fontSize()) < 0.6f && line.bold() == previous.bold();
        }
        return false;
    }

    /** Whether a text opens a bracket it does not close. */
    private static boolean unclosedBracket(String t) {
        int open = t.lastIndexOf('(');
        return open >= 0 && t.indexOf(')', open) < 0 && t.length() - open <= 40;
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
}
