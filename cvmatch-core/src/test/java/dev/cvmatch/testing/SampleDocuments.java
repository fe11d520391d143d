package dev.cvmatch.testing;

import dev.cvmatch.testing.SampleCv.Certification;
import dev.cvmatch.testing.SampleCv.Education;
import dev.cvmatch.testing.SampleCv.Job;
import dev.cvmatch.testing.SampleCv.LanguageSkill;
import dev.cvmatch.testing.SampleCv.Person;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPicture;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Renders a {@link SampleCv} as PDF, DOCX or plain text in several realistic CV layouts.
 *
 * <p>Every layout prints the same facts; only the presentation changes:
 * <ul>
 *   <li>{@link #twoColumnPdf()}: A4, shaded left sidebar (contact, skills, languages) and a main column (name,
 *       headline, summary, experience with right-aligned dates, education, certifications). Both columns flow
 *       independently with different line spacings and the text is written to the content stream in top-to-bottom
 *       order across both columns, so extraction that ignores columns interleaves sidebar and main lines.</li>
 *   <li>{@link #singleColumnPdf(boolean)}: classic single column with capitalised headings, optionally drawn as
 *       synthesised small capitals (initial at 14 pt, rest upper case at 10 pt), and a "page n/m" footer.</li>
 *   <li>{@link #tableDocx()}: DOCX whose experience, education, languages and certifications are borderless
 *       two-column tables (dates left, content right); contact line in the page header, page note in the footer,
 *       LinkedIn URL in a floating VML text box.</li>
 *   <li>{@link #classicDocx()}: single-column DOCX, bold bordered headings, dates on a right tab stop, real Word
 *       bullet lists (numbering part, so the bullet glyph is not part of the paragraph text).</li>
 *   <li>{@link #plainText(Charset)}: plain text with upper-case underlined headings.</li>
 * </ul>
 *
 * <p>PDFs use the standard 14 Helvetica fonts (not embedded, WinAnsi encoding); characters those fonts cannot encode
 * are replaced by a close ASCII equivalent or {@code ?}. Output is deterministic: the same CV always gives the same
 * bytes.
 */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /**
     * A named way of turning a {@link SampleCv} into document bytes.
     */
    public static final class Renderer {

        private final String name;
        private final String extension;
        private final Function<SampleCv, byte[]> function;

        private Renderer(String name, String extension, Function<SampleCv, byte[]> function) {
            this.name = name;
            this.extension = extension;
            this.function = function;
        }

        /**
         * Renders the CV.
         *
         * @param cv the facts to print
         * @return the document bytes
         * @throws UncheckedIOException if the underlying library fails
         */
        public byte[] render(SampleCv cv) {
            return function.apply(Objects.requireNonNull(cv, "cv"));
        }

        /**
         * Returns the layout name, e.g. {@code two-column-pdf}.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the file extension without dot: {@code pdf}, {@code docx} or {@code txt}.
         *
         * @return the extension
         */
        public String extension() {
            return extension;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Two-column A4 PDF with a shaded sidebar.
     *
     * @return the renderer
     */
    public static Renderer twoColumnPdf() {
        return new Renderer("two-column-pdf", "pdf", cv -> new TwoColumnPdf(cv).render());
    }

    /**
     * Single-column A4 PDF with capitalised headings.
     *
     * @return the renderer
     */
    public static Renderer singleColumnPdf() {
        return singleColumnPdf(false);
    }

    /**
     * Single-column A4 PDF.
     *
     * @param smallCapsHeadings draw headings as synthesised small capitals (first letter of each word at 14 pt, the
     *                          rest upper case at 10 pt, as separate text runs) instead of plain capitals
     * @return the renderer
     */
    public static Renderer singleColumnPdf(boolean smallCapsHeadings) {
        return new Renderer(smallCapsHeadings ? "single-column-small-caps-pdf" : "single-column-pdf", "pdf",
                cv -> new SingleColumnPdf(cv, smallCapsHeadings).render());
    }

    /**
     * DOCX laid out with two-column tables, contact line in the header and LinkedIn URL in a text box.
     *
     * @return the renderer
     */
    public static Renderer tableDocx() {
        return new Renderer("table-docx", "docx", cv -> new TableDocx(cv).render());
    }

    /**
     * Classic single-column DOCX with bold headings and bullet lists.
     *
     * @return the renderer
     */
    public static Renderer classicDocx() {
        return new Renderer("classic-docx", "docx", cv -> new ClassicDocx(cv).render());
    }

    /**
     * Plain text. UTF-8 output has no byte-order mark and LF line ends; UTF-16 output always starts with a byte-order
     * mark ({@code UTF-16} gives big-endian as Java does, {@code UTF-16LE}/{@code UTF-16BE} get an explicit one) and
     * other charsets (e.g. windows-1252) use CRLF, as Windows editors write them. Characters the charset cannot encode
     * are replaced by a close equivalent or {@code ?}.
     *
     * @param charset the target charset
     * @return the renderer
     */
    public static Renderer plainText(Charset charset) {
        Objects.requireNonNull(charset, "charset");
        String suffix = charset.name().toLowerCase(Locale.ROOT);
        return new Renderer("text-" + suffix, "txt", cv -> PlainText.render(cv, charset));
    }

    /**
     * A scan of another PDF layout: every page rendered to a grey image at {@code dpi}, sprinkled with deterministic
     * speckle noise, JPEG-compressed as scanners do and stored in a PDF that has no text layer.
     *
     * @param pdf the PDF layout to scan
     * @param dpi the scan resolution, e.g. 200
     * @return the renderer
     */
    public static Renderer scannedPdf(Renderer pdf, int dpi) {
        return new Renderer("scanned-" + pdf.name(), "pdf", cv -> Scans.scannedPdf(pdf.render(cv), dpi));
    }

    /**
     * The first page of another PDF layout as an image file, as a candidate photographing or scanning a page.
     *
     * @param pdf the PDF layout
     * @param dpi the resolution
     * @param format {@code png} or {@code jpg}
     * @return the renderer
     */
    public static Renderer pageImage(Renderer pdf, int dpi, String format) {
        return new Renderer(format + "-" + pdf.name(), format, cv -> Scans.pageImage(pdf.render(cv), dpi, format));
    }

    /**
     * Returns one renderer of every layout (plain text in UTF-8), for parameterised tests.
     *
     * @return the renderers
     */
    public static List<Renderer> all() {
        return List.of(twoColumnPdf(), singleColumnPdf(false), singleColumnPdf(true), tableDocx(), classicDocx(),
                plainText(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Shared wording

    private static String colon(SampleCv cv) {
        return "fr".equals(cv.language()) ? " : " : ": ";
    }

    private static String countryName(SampleCv cv) {
        return new Locale.Builder().setRegion(cv.person().countryCode()).build().getDisplayCountry(cv.locale());
    }

    private static String cityLine(SampleCv cv) {
        return cv.person().city() + ", " + countryName(cv);
    }

    /** Strips the scheme and {@code www.}: {@code https://www.linkedin.com/in/x} becomes {@code linkedin.com/in/x}. */
    private static String displayUrl(String url) {
        return url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    }

    private static List<String> contactParts(SampleCv cv, boolean displayUrls) {
        Person p = cv.person();
        List<String> parts = new ArrayList<>(List.of(cityLine(cv), p.phonePrinted(), p.email()));
        if (p.linkedinUrl() != null) {
            parts.add(displayUrls ? displayUrl(p.linkedinUrl()) : p.linkedinUrl());
        }
        if (p.githubUrl() != null) {
            parts.add(displayUrls ? displayUrl(p.githubUrl()) : p.githubUrl());
        }
        return parts;
    }

    private static String employerAndLocation(Job job) {
        return job.location() == null ? job.employer() : job.employer() + ", " + job.location();
    }

    // ------------------------------------------------------------------------------------------------------------
    // PDF infrastructure

    /** An RGB colour with components in 0..1. */
    private record Rgb(float r, float g, float b) {
        static final Rgb BLACK = new Rgb(0.10f, 0.11f, 0.13f);
        static final Rgb GREY = new Rgb(0.38f, 0.40f, 0.44f);
        static final Rgb ACCENT = new Rgb(0.13f, 0.33f, 0.56f);
        static final Rgb SIDEBAR = new Rgb(0.918f, 0.937f, 0.961f);
        static final Rgb RULE = new Rgb(0.70f, 0.75f, 0.82f);
    }

    /** A piece of text in one font, size and colour. */
    private record Segment(PDType1Font font, float size, Rgb color, String text) {
    }

    /**
     * Collects drawing operations page by page, then writes them: shapes first, then text sorted by baseline (top to
     * bottom) and abscissa, which is the order a simple generator emits a multi-column page in.
     */
    private static final class PdfCanvas {

        static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
        static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

        private final List<TextOp> texts = new ArrayList<>();
        private final List<ShapeOp> shapes = new ArrayList<>();
        private final Map<PDType1Font, Map<Integer, String>> encodable = new HashMap<>();
        private int pageCount = 1;

        private record TextOp(int page, float x, float y, Segment segment) {
        }

        /** A filled rectangle, or a horizontal rule when {@code lineWidth > 0}. */
        private record ShapeOp(int page, float x, float y, float width, float height, Rgb color, float lineWidth) {
        }

        int pageCount() {
            return pageCount;
        }

        void usePage(int page) {
            pageCount = Math.max(pageCount, page + 1);
        }

        /** Draws a segment with its left end at x; returns the x after it. */
        float text(int page, float x, float y, Segment segment) {
            Segment safe = new Segment(segment.font(), segment.size(), segment.color(),
                    safe(segment.text(), segment.font()));
            if (!safe.text().isEmpty()) {
                texts.add(new TextOp(page, x, y, safe));
            }
            usePage(page);
            return x + width(safe.text(), safe.font(), safe.size());
        }

        /** Draws segments one after the other from x; returns the x after the last one. */
        float segments(int page, float x, float y, List<Segment> segments) {
            float cursor = x;
            for (Segment s : segments) {
                cursor = text(page, cursor, y, s);
            }
            return cursor;
        }

        void fill(int page, float x, float y, float width, float height, Rgb color) {
            shapes.add(new ShapeOp(page, x, y, width, height, color, 0));
        }

        void rule(int page, float x, float y, float width, Rgb color, float lineWidth) {
            shapes.add(new ShapeOp(page, x, y, width, 0, color, lineWidth));
        }

        float width(String text, PDType1Font font, float size) {
            try {
                return font.getStringWidth(safe(text, font)) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Greedy word wrap. The first line may be narrower than the following ones; a word wider than a line is cut
         * after its last fitting '/' or '-', else at the last fitting character.
         */
        List<String> wrap(String text, PDType1Font font, float size, float firstWidth, float otherWidth) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            List<String> words = new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
            while (!words.isEmpty()) {
                String word = words.remove(0);
                float limit = lines.isEmpty() ? firstWidth : otherWidth;
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= limit) {
                    line.setLength(0);
                    line.append(candidate);
                } else if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    words.add(0, word);
                } else {
                    int cut = cutPoint(word, font, size, limit);
                    lines.add(word.substring(0, cut));
                    words.add(0, word.substring(cut));
                }
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        /**
         * Joins parts with a separator into as few lines as fit, never splitting a part unless it is wider than a line
         * on its own.
         *
         * @param markBreak end a broken line with the separator's visible part (e.g. the comma of ", ")
         */
        List<String> joinParts(List<String> parts, String separator, boolean markBreak, PDType1Font font, float size,
                float maxWidth) {
            String mark = markBreak ? separator.stripTrailing() : "";
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String part : parts) {
                String candidate = line.length() == 0 ? part : line + separator + part;
                if (line.length() > 0 && width(candidate + mark, font, size) > maxWidth) {
                    lines.add(line + mark);
                    line.setLength(0);
                    line.append(part);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
                if (width(line + mark, font, size) > maxWidth) {
                    List<String> pieces = wrap(line.toString(), font, size, maxWidth, maxWidth);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    line.setLength(0);
                    line.append(pieces.get(pieces.size() - 1));
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private int cutPoint(String word, PDType1Font font, float size, float limit) {
            int fit = 1;
            while (fit < word.length() && width(word.substring(0, fit + 1), font, size) <= limit) {
                fit++;
            }
            for (int i = fit; i > fit / 2; i--) {
                char c = word.charAt(i - 1);
                if (c == '/' || c == '-') {
                    return i;
                }
            }
            return fit;
        }

        /** Replaces the characters the font cannot encode (WinAnsi) by close equivalents. */
        String safe(String text, PDType1Font font) {
            Map<Integer, String> cache = encodable.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder sb = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> sb.append(cache.computeIfAbsent(cp, c -> encodableForm(font, c))));
            return sb.toString();
        }

        private static String encodableForm(PDType1Font font, int codePoint) {
            if (Character.isISOControl(codePoint)) {
                return codePoint == '\t' ? " " : "";
            }
            String original = new String(Character.toChars(codePoint));
            if (canEncode(font, original)) {
                return original;
            }
            String replacement = fallback(codePoint);
            if (replacement != null && canEncode(font, replacement)) {
                return replacement;
            }
            String stripped = Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            if (!stripped.isEmpty() && canEncode(font, stripped)) {
                return stripped;
            }
            return "?";
        }

        private static boolean canEncode(PDType1Font font, String text) {
            try {
                font.encode(text);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        byte[] save(SampleCv cv) {
            try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                for (int page = 0; page < pageCount; page++) {
                    PDPage pdPage = new PDPage(PDRectangle.A4);
                    document.addPage(pdPage);
                    try (PDPageContentStream stream = new PDPageContentStream(document, pdPage)) {
                        writePage(stream, page);
                    }
                }
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(("fr".equals(cv.language()) ? "CV de " : "CV of ") + cv.person().fullName());
                info.setAuthor(cv.person().fullName());
                info.setCreator("cvmatch sample generator");
                document.setDocumentInformation(info);
                document.setDocumentId((long) cv.fileBaseName().hashCode());
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writePage(PDPageContentStream stream, int page) throws IOException {
            for (ShapeOp shape : shapes) {
                if (shape.page() != page) {
                    continue;
                }
                if (shape.lineWidth() > 0) {
                    stream.setStrokingColor(shape.color().r(), shape.color().g(), shape.color().b());
                    stream.setLineWidth(shape.lineWidth());
                    stream.moveTo(shape.x(), shape.y());
                    stream.lineTo(shape.x() + shape.width(), shape.y());
                    stream.stroke();
                } else {
                    stream.setNonStrokingColor(shape.color().r(), shape.color().g(), shape.color().b());
                    stream.addRect(shape.x(), shape.y(), shape.width(), shape.height());
                    stream.fill();
                }
            }
            List<TextOp> pageTexts = new ArrayList<>();
            for (TextOp op : texts) {
                if (op.page() == page) {
                    pageTexts.add(op);
                }
            }
            pageTexts.sort(Comparator.comparingDouble((TextOp op) -> -op.y()).thenComparingDouble(TextOp::x));
            for (TextOp op : pageTexts) {
                Segment s = op.segment();
                stream.beginText();
                stream.setFont(s.font(), s.size());
                stream.setNonStrokingColor(s.color().r(), s.color().g(), s.color().b());
                stream.newLineAtOffset(op.x(), op.y());
                stream.showText(s.text());
                stream.endText();
            }
        }
    }

    /** Replacement for a few common characters missing from WinAnsi or windows-1252, or null. */
    private static String fallback(int codePoint) {
        return switch (codePoint) {
            case 0x00A0, 0x2007, 0x2009, 0x202F -> " ";
            case 0x2010, 0x2011, 0x2012, 0x2212 -> "-";
            case 0x2190 -> "<-";
            case 0x2192 -> "->";
            case 0x2264 -> "<=";
            case 0x2265 -> ">=";
            case 0x2013 -> "-";
            case 0x2014 -> "--";
            case 0x2018, 0x2019 -> "'";
            case 0x201C, 0x201D -> "\"";
            case 0x2022 -> "*";
            case 0x00B7 -> "-";
            case 0x2026 -> "...";
            case 0x20AC -> "EUR";
            case 0x00A3 -> "GBP ";
            default -> null;
        };
    }

    /**
     * A vertical flow of lines in one column: tracks the page and the baseline, and starts a new page when the bottom
     * margin is reached.
     */
    private static final class Column {

        final PdfCanvas canvas;
        final float left;
        final float width;
        final float top;
        final float bottom;
        int page;
        float y;

        Column(PdfCanvas canvas, float left, float width, float top, float bottom) {
            this.canvas = canvas;
            this.left = left;
            this.width = width;
            this.top = top;
            this.bottom = bottom;
            this.y = top;
        }

        float right() {
            return left + width;
        }

        /** Moves to the next baseline, leading points below the current one, breaking the page if needed. */
        float nextLine(float leading) {
            if (y - leading < bottom) {
                page++;
                canvas.usePage(page);
                y = top;
            }
            y -= leading;
            return y;
        }

        void space(float points) {
            y -= points;
        }

        /** Starts a new page unless the given height still fits above the bottom margin. */
        void keep(float height) {
            if (y - height < bottom && y < top) {
                page++;
                canvas.usePage(page);
                y = top;
            }
        }

        void paragraph(String text, PDType1Font font, float size, float leading, Rgb color) {
            for (String line : canvas.wrap(text, font, size, width, width)) {
                canvas.text(page, left, nextLine(leading), new Segment(font, size, color, line));
            }
        }

        /** A bold label followed by regular text that wraps under the label. */
        void labelled(Segment label, Segment rest, float leading) {
            String text = rest.text();
            String lead = text.substring(0, text.length() - text.stripLeading().length());
            float labelWidth = canvas.width(label.text() + lead, label.font(), label.size());
            List<String> lines = canvas.wrap(text, rest.font(), rest.size(), width - labelWidth, width);
            float baseline = nextLine(leading);
            canvas.text(page, left, baseline, label);
            canvas.text(page, left + canvas.width(label.text(), label.font(), label.size()), baseline,
                    new Segment(rest.font(), rest.size(), rest.color(), lead + lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                canvas.text(page, left, nextLine(leading), new Segment(rest.font(), rest.size(), rest.color(), line));
            }
        }

        void bullet(String text, PDType1Font font, float size, float leading, Rgb color) {
            float indent = 4;
            float textIndent = 14;
            List<String> lines = canvas.wrap(text, font, size, width - textIndent, width - textIndent);
            float baseline = nextLine(leading);
            canvas.text(page, left + indent, baseline, new Segment(font, size, Rgb.ACCENT, "\u2022"));
            canvas.text(page, left + textIndent, baseline, new Segment(font, size, color, lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                canvas.text(page, left + textIndent, nextLine(leading), new Segment(font, size, color, line));
            }
        }

        /**
         * A left part (title, optionally followed by a secondary text when it fits) with a right-aligned text on the
         * same baseline; the title wraps under itself when too long.
         */
        void leftRight(Segment title, Segment secondary, Segment right, float leading) {
            float rightWidth = canvas.width(right.text(), right.font(), right.size());
            float available = width - rightWidth - 12;
            List<String> titleLines = canvas.wrap(title.text(), title.font(), title.size(), available, available);
            float baseline = nextLine(leading);
            float x = canvas.text(page, left, baseline, new Segment(title.font(), title.size(), title.color(),
                    titleLines.get(0)));
            boolean secondaryPlaced = secondary == null;
            if (!secondaryPlaced && titleLines.size() == 1
                    && x - left + canvas.width(secondary.text(), secondary.font(), secondary.size()) <= available) {
                canvas.text(page, x, baseline, secondary);
                secondaryPlaced = true;
            }
            canvas.text(page, right() - rightWidth, baseline, right);
            for (String line : titleLines.subList(1, titleLines.size())) {
                canvas.text(page, left, nextLine(leading), new Segment(title.font(), title.size(), title.color(),
                        line));
            }
            if (!secondaryPlaced) {
                String text = secondary.text().replaceFirst("^\\s*[\u2013,|-]\\s*", "");
                paragraph(text, secondary.font(), secondary.size(), leading, secondary.color());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Two-column PDF

    /** Lays out the two-column PDF. */
    private static final class TwoColumnPdf {

        private static final float SIDEBAR_WIDTH = 200;
        private static final float SIDE_LEADING = 12.4f;
        private static final float MAIN_LEADING = 13.6f;

        private final SampleCv cv;
        private final PdfCanvas canvas = new PdfCanvas();
        private final Column side;
        private final Column main;

        TwoColumnPdf(SampleCv cv) {
            this.cv = cv;
            this.side = new Column(canvas, 20, SIDEBAR_WIDTH - 38, 806, 40);
            this.main = new Column(canvas, SIDEBAR_WIDTH + 22, PdfCanvas.PAGE_WIDTH - SIDEBAR_WIDTH - 22 - 36, 812,
                    40);
        }

        byte[] render() {
            layoutMain();
            layoutSidebar();
            for (int page = 0; page < canvas.pageCount(); page++) {
                canvas.fill(page, 0, 0, SIDEBAR_WIDTH, PdfCanvas.PAGE_HEIGHT, Rgb.SIDEBAR);
            }
            return canvas.save(cv);
        }

        private void layoutSidebar() {
            sideHeading(cv.headings().contact());
            for (String part : contactParts(cv, true)) {
                for (String line : canvas.wrap(part, canvas.regular, 8.8f, side.width, side.width)) {
                    canvas.text(side.page, side.left, side.nextLine(SIDE_LEADING),
                            new Segment(canvas.regular, 8.8f, Rgb.BLACK, line));
                }
            }
            side.space(14);
            sideHeading(cv.headings().skills());
            cv.skills().forEach((group, items) -> {
                side.keep(3 * SIDE_LEADING);
                canvas.text(side.page, side.left, side.nextLine(SIDE_LEADING),
                        new Segment(canvas.bold, 9, Rgb.BLACK, group));
                for (String line : canvas.joinParts(items, ", ", true, canvas.regular, 9, side.width)) {
                    canvas.text(side.page, side.left, side.nextLine(SIDE_LEADING),
                            new Segment(canvas.regular, 9, Rgb.BLACK, line));
                }
                side.space(5);
            });
            side.space(9);
            sideHeading(cv.headings().languages());
            for (LanguageSkill language : cv.languages()) {
                side.keep(2 * SIDE_LEADING);
                side.labelled(new Segment(canvas.bold, 9, Rgb.BLACK, language.name()),
                        new Segment(canvas.regular, 9, Rgb.BLACK, colon(cv) + language.level()),
                        SIDE_LEADING);
            }
        }

        private void sideHeading(String text) {
            side.keep(4 * SIDE_LEADING);
            float baseline = side.nextLine(16);
            canvas.text(side.page, side.left, baseline,
                    new Segment(canvas.bold, 11, Rgb.ACCENT, text.toUpperCase(cv.locale())));
            side.space(4);
        }

        private void layoutMain() {
            Person p = cv.person();
            main.paragraph(p.printedName(), canvas.bold, 24, 26, Rgb.BLACK);
            main.paragraph(p.headline(), canvas.regular, 12.5f, 18, Rgb.ACCENT);
            main.space(10);

            mainHeading(cv.headings().summary());
            main.paragraph(cv.summary(), canvas.regular, 9.8f, MAIN_LEADING, Rgb.BLACK);
            main.space(10);

            mainHeading(cv.headings().experience());
            for (Job job : cv.jobs()) {
                main.keep(3 * MAIN_LEADING);
                main.leftRight(new Segment(canvas.bold, 10.5f, Rgb.BLACK, job.title()),
                        new Segment(canvas.regular, 10.5f, Rgb.BLACK, " \u2013 " + job.employer()),
                        new Segment(canvas.regular, 9.5f, Rgb.GREY, job.printedDates()), 14.2f);
                if (job.location() != null) {
                    main.paragraph(job.location(), canvas.italic, 9.2f, 12.2f, Rgb.GREY);
                }
                main.space(1.5f);
                for (String bullet : job.bullets()) {
                    main.bullet(bullet, canvas.regular, 9.5f, 12.8f, Rgb.BLACK);
                }
                main.space(7);
            }
            main.space(3);

            mainHeading(cv.headings().education());
            for (Education degree : cv.education()) {
                main.keep(2 * MAIN_LEADING);
                main.leftRight(new Segment(canvas.bold, 10, Rgb.BLACK, degree.printedTitle()), null,
                        new Segment(canvas.regular, 9.5f, Rgb.GREY, degree.printedDates()), 14.2f);
                main.paragraph(degree.institution(), canvas.italic, 9.2f, 12.2f, Rgb.GREY);
                main.space(5);
            }

            if (!cv.certifications().isEmpty()) {
                main.space(5);
                mainHeading(cv.headings().certifications());
                for (Certification certification : cv.certifications()) {
                    main.keep(2 * MAIN_LEADING);
                    main.leftRight(new Segment(canvas.bold, 9.8f, Rgb.BLACK, certification.name()), null,
                            new Segment(canvas.regular, 9.5f, Rgb.GREY, certification.printedDate()), 13.8f);
                    main.paragraph(certification.issuer(), canvas.italic, 9.2f, 12.2f, Rgb.GREY);
                    main.space(4);
                }
            }
        }

        private void mainHeading(String text) {
            main.keep(5 * MAIN_LEADING);
            float baseline = main.nextLine(17);
            canvas.text(main.page, main.left, baseline, new Segment(canvas.bold, 12.5f, Rgb.ACCENT, text));
            canvas.rule(main.page, main.left, baseline - 5, main.width, Rgb.RULE, 0.8f);
            main.space(7);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Single-column PDF

    /** Lays out the single-column PDF. */
    private static final class SingleColumnPdf {

        private static final float LEADING = 13.4f;

        private final SampleCv cv;
        private final boolean smallCaps;
        private final PdfCanvas canvas = new PdfCanvas();
        private final Column column;

        SingleColumnPdf(SampleCv cv, boolean smallCaps) {
            this.cv = cv;
            this.smallCaps = smallCaps;
            this.column = new Column(canvas, 56, PdfCanvas.PAGE_WIDTH - 112, 806, 56);
        }

        byte[] render() {
            Person p = cv.person();
            centred(p.printedName(), canvas.bold, 22, 26, Rgb.BLACK);
            centred(p.headline(), canvas.regular, 11.5f, 16, Rgb.ACCENT);
            column.space(2);
            for (String line : canvas.joinParts(contactParts(cv, true), "  \u00b7  ", false, canvas.regular, 9,
                    column.width)) {
                centred(line, canvas.regular, 9, 12.5f, Rgb.GREY);
            }
            column.space(8);

            heading(cv.headings().summary());
            column.paragraph(cv.summary(), canvas.regular, 10, LEADING, Rgb.BLACK);

            heading(cv.headings().experience());
            for (Job job : cv.jobs()) {
                column.keep(4 * LEADING);
                column.labelled(new Segment(canvas.bold, 10.5f, Rgb.BLACK, job.title()),
                        new Segment(canvas.regular, 10.5f, Rgb.BLACK, ", " + employerAndLocation(job)), 14.5f);
                column.paragraph(job.printedDates(), canvas.italic, 9.5f, 12.5f, Rgb.GREY);
                for (String bullet : job.bullets()) {
                    column.bullet(bullet, canvas.regular, 9.8f, 13, Rgb.BLACK);
                }
                column.space(6);
            }

            heading(cv.headings().education());
            for (Education degree : cv.education()) {
                column.keep(3 * LEADING);
                column.labelled(new Segment(canvas.bold, 10.2f, Rgb.BLACK, degree.printedTitle()),
                        new Segment(canvas.regular, 10.2f, Rgb.BLACK, ", " + degree.institution()), 14);
                column.paragraph(degree.printedDates(), canvas.italic, 9.5f, 12.5f, Rgb.GREY);
                column.space(4);
            }

            heading(cv.headings().skills());
            cv.skills().forEach((group, items) -> column.labelled(
                    new Segment(canvas.bold, 10, Rgb.BLACK, group + colon(cv)),
                    new Segment(canvas.regular, 10, Rgb.BLACK, String.join(", ", items)), LEADING));

            heading(cv.headings().languages());
            List<String> languages = new ArrayList<>();
            for (LanguageSkill language : cv.languages()) {
                languages.add(language.name() + colon(cv) + language.level());
            }
            for (String line : canvas.joinParts(languages, "   |   ", false, canvas.regular, 10,
                    column.width)) {
                canvas.text(column.page, column.left, column.nextLine(LEADING),
                        new Segment(canvas.regular, 10, Rgb.BLACK, line));
            }

            if (!cv.certifications().isEmpty()) {
                heading(cv.headings().certifications());
                for (Certification c : cv.certifications()) {
                    column.labelled(new Segment(canvas.bold, 10, Rgb.BLACK, c.name()),
                            new Segment(canvas.regular, 10, Rgb.BLACK, ", " + c.issuer() + " (" + c.printedDate()
                                    + ")"), LEADING);
                }
            }

            int pages = canvas.pageCount();
            for (int page = 0; page < pages; page++) {
                String footer = cv.person().fullName() + " \u2013 CV \u2013 " + "page " + (page + 1) + "/"
                        + pages;
                float w = canvas.width(footer, canvas.regular, 8);
                canvas.text(page, (PdfCanvas.PAGE_WIDTH - w) / 2, 30, new Segment(canvas.regular, 8, Rgb.GREY,
                        footer));
            }
            return canvas.save(cv);
        }

        private void centred(String text, PDType1Font font, float size, float leading, Rgb color) {
            for (String line : canvas.wrap(text, font, size, column.width, column.width)) {
                float w = canvas.width(line, font, size);
                canvas.text(column.page, column.left + (column.width - w) / 2, column.nextLine(leading),
                        new Segment(font, size, color, line));
            }
        }

        private void heading(String text) {
            column.space(8);
            column.keep(5 * LEADING);
            float baseline = column.nextLine(18);
            String upper = text.toUpperCase(cv.locale());
            if (smallCaps) {
                List<Segment> segments = new ArrayList<>();
                String[] words = upper.split(" ");
                for (int i = 0; i < words.length; i++) {
                    String word = words[i];
                    if (i > 0) {
                        segments.add(new Segment(canvas.bold, 10, Rgb.ACCENT, " "));
                    }
                    int first = word.offsetByCodePoints(0, 1);
                    segments.add(new Segment(canvas.bold, 14, Rgb.ACCENT, word.substring(0, first)));
                    if (first < word.length()) {
                        segments.add(new Segment(canvas.bold, 10, Rgb.ACCENT, word.substring(first)));
                    }
                }
                canvas.segments(column.page, column.left, baseline, segments);
            } else {
                canvas.text(column.page, column.left, baseline, new Segment(canvas.bold, 11.5f, Rgb.ACCENT, upper));
            }
            canvas.rule(column.page, column.left, baseline - 4.5f, column.width, Rgb.RULE, 0.7f);
            column.space(6);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // DOCX infrastructure

    /** A4 width and height, in twentieths of a point. */
    private static final int A4_WIDTH_TWIPS = 11906;
    private static final int A4_HEIGHT_TWIPS = 16838;
    /** Modification time written into DOCX archives and core properties. */
    private static final LocalDateTime FIXED_ZIP_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, double size,
            String color, String font) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        run.setFontFamily(font);
        if (color != null) {
            run.setColor(color);
        }
        return run;
    }

    private static void spacing(XWPFParagraph paragraph, int before, int after) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
    }

    /** Sets A4 size and the margins (in twips) on the body section. */
    private static void pageSetup(XWPFDocument document, int margin) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger m = BigInteger.valueOf(margin);
        margins.setTop(m);
        margins.setBottom(m);
        margins.setLeft(m);
        margins.setRight(m);
        margins.setHeader(BigInteger.valueOf(margin / 2));
        margins.setFooter(BigInteger.valueOf(margin / 2));
    }

    private static void properties(XWPFDocument document, SampleCv cv) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(("fr".equals(cv.language()) ? "CV de " : "CV of ") + cv.person().fullName());
        core.setCreator(cv.person().fullName());
        Date fixed = Date.from(FIXED_ZIP_TIME.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
    }

    private static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return withFixedZipTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Re-packs a ZIP container with a fixed, time-zone independent modification time on every entry (POI stamps the
     * current time), so that regenerated samples are byte-identical.
     */
    private static byte[] withFixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream repacked = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_ZIP_TIME);
                repacked.putNextEntry(copy);
                in.transferTo(repacked);
                repacked.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Table DOCX

    /** Builds the table-based DOCX. */
    private static final class TableDocx {

        private static final String FONT = "Calibri";
        private static final String ACCENT = "1F4E79";
        private static final String GREY = "5A6270";
        private static final int MARGIN = 1134;
        private static final int CONTENT_WIDTH = A4_WIDTH_TWIPS - 2 * MARGIN;
        private static final int DATE_WIDTH = 2268;

        private final SampleCv cv;
        private final XWPFDocument document = new XWPFDocument();

        TableDocx(SampleCv cv) {
            this.cv = cv;
        }

        byte[] render() {
            properties(document, cv);
            Person p = cv.person();

            XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph contact = header.createParagraph();
            contact.setAlignment(ParagraphAlignment.RIGHT);
            run(contact, String.join("  |  ", cityLine(cv), p.phonePrinted(), p.email()), false, false, 9, GREY, FONT);

            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph note = footer.createParagraph();
            note.setAlignment(ParagraphAlignment.CENTER);
            run(note, p.fullName() + " \u2013 CV \u2013 page ", false, false, 8, GREY, FONT);
            CTSimpleField pageField = note.getCTP().addNewFldSimple();
            pageField.setInstr(" PAGE ");
            pageField.addNewR().addNewT().setStringValue("1");
            pageSetup(document, MARGIN);

            XWPFParagraph name = document.createParagraph();
            spacing(name, 0, 40);
            run(name, p.printedName(), true, false, 22, "1A1F29", FONT);
            if (p.linkedinUrl() != null) {
                addTextBox(name.createRun(), "LinkedIn", displayUrl(p.linkedinUrl()));
            }
            XWPFParagraph headline = document.createParagraph();
            spacing(headline, 0, 120);
            run(headline, p.headline(), false, false, 12.5, ACCENT, FONT);
            if (p.githubUrl() != null) {
                XWPFParagraph github = document.createParagraph();
                run(github, "GitHub" + colon(cv) + displayUrl(p.githubUrl()), false, false, 9, GREY, FONT);
            }

            heading(cv.headings().summary());
            XWPFParagraph summary = document.createParagraph();
            summary.setAlignment(ParagraphAlignment.BOTH);
            run(summary, cv.summary(), false, false, 10.5, null, FONT);

            heading(cv.headings().experience());
            XWPFTable jobs = table(cv.jobs().size());
            for (int i = 0; i < cv.jobs().size(); i++) {
                Job job = cv.jobs().get(i);
                XWPFTableRow row = jobs.getRow(i);
                run(first(row.getCell(0)), job.printedDates(), true, false, 10, GREY, FONT);
                XWPFTableCell content = row.getCell(1);
                run(first(content), job.title(), true, false, 11, null, FONT);
                XWPFParagraph employer = content.addParagraph();
                run(employer, employerAndLocation(job), false, true, 10, GREY, FONT);
                for (String bullet : job.bullets()) {
                    XWPFParagraph b = content.addParagraph();
                    b.setIndentationLeft(284);
                    b.setIndentationHanging(284);
                    run(b, "\u2022\t" + bullet, false, false, 10, null, FONT);
                }
                lastParagraph(content).setSpacingAfter(160);
            }

            heading(cv.headings().education());
            XWPFTable degrees = table(cv.education().size());
            for (int i = 0; i < cv.education().size(); i++) {
                Education degree = cv.education().get(i);
                XWPFTableRow row = degrees.getRow(i);
                run(first(row.getCell(0)), degree.printedDates(), true, false, 10, GREY, FONT);
                run(first(row.getCell(1)), degree.printedTitle(), true, false, 10.5, null, FONT);
                XWPFParagraph school = row.getCell(1).addParagraph();
                run(school, degree.institution(), false, true, 10, GREY, FONT);
                school.setSpacingAfter(120);
            }

            heading(cv.headings().skills());
            cv.skills().forEach((group, items) -> {
                XWPFParagraph paragraph = document.createParagraph();
                spacing(paragraph, 0, 60);
                run(paragraph, group + colon(cv), true, false, 10, null, FONT);
                run(paragraph, String.join(", ", items), false, false, 10, null, FONT);
            });

            heading(cv.headings().languages());
            XWPFTable languages = table(cv.languages().size());
            for (int i = 0; i < cv.languages().size(); i++) {
                LanguageSkill language = cv.languages().get(i);
                run(first(languages.getRow(i).getCell(0)), language.name(), true, false, 10, null, FONT);
                run(first(languages.getRow(i).getCell(1)), language.level(), false, false, 10, null, FONT);
            }

            if (!cv.certifications().isEmpty()) {
                heading(cv.headings().certifications());
                XWPFTable certifications = table(cv.certifications().size());
                for (int i = 0; i < cv.certifications().size(); i++) {
                    Certification c = cv.certifications().get(i);
                    run(first(certifications.getRow(i).getCell(0)), c.printedDate(), true, false, 10, GREY, FONT);
                    XWPFParagraph text = first(certifications.getRow(i).getCell(1));
                    run(text, c.name(), false, false, 10, null, FONT);
                    run(text, " \u2013 " + c.issuer(), false, true, 10, GREY, FONT);
                }
            }
            return bytes(document);
        }

        private void heading(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            spacing(paragraph, 240, 100);
            paragraph.setBorderBottom(Borders.SINGLE);
            run(paragraph, text, true, false, 13, ACCENT, FONT);
        }

        /** A borderless, fixed-layout table: a narrow date column and a wide content column. */
        private XWPFTable table(int rows) {
            XWPFTable table = document.createTable(rows, 2);
            table.removeBorders();
            table.setWidth(String.valueOf(CONTENT_WIDTH));
            table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            grid.addNewGridCol().setW(BigInteger.valueOf(DATE_WIDTH));
            grid.addNewGridCol().setW(BigInteger.valueOf(CONTENT_WIDTH - DATE_WIDTH));
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(0).setWidth(String.valueOf(DATE_WIDTH));
                row.getCell(1).setWidth(String.valueOf(CONTENT_WIDTH - DATE_WIDTH));
            }
            return table;
        }

        private static XWPFParagraph first(XWPFTableCell cell) {
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            spacing(paragraph, 0, 20);
            return paragraph;
        }

        private static XWPFParagraph lastParagraph(XWPFTableCell cell) {
            return cell.getParagraphs().get(cell.getParagraphs().size() - 1);
        }

        /**
         * Appends a floating VML text box (top right of the text area, level with the name) holding a label and a
         * URL. VML text boxes are read by Word and LibreOffice and their text is reported by POI's extractors.
         */
        private static void addTextBox(XWPFRun anchor, String label, String url) {
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            // the content of <w:pict>; "xml-fragment" is XMLBeans' name for a root-less fragment
            String xml = "<xml-fragment xmlns:w=\"" + w + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
                    + " xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
                    + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
                    + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
                    + "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
                    + "<v:shape id=\"LinkedInBox\" o:spid=\"_x0000_s1025\" type=\"#_x0000_t202\""
                    + " style=\"position:absolute;margin-left:286pt;margin-top:-2pt;width:196pt;height:34pt;"
                    + "z-index:251659264;mso-position-horizontal-relative:margin;"
                    + "mso-position-vertical-relative:paragraph\" fillcolor=\"#EAF0F7\" strokecolor=\"#9DB0C8\">"
                    + "<v:textbox inset=\"5pt,3pt,5pt,3pt\"><w:txbxContent>"
                    + "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"16\"/>"
                    + "<w:color w:val=\"" + TableDocx.ACCENT + "\"/></w:rPr><w:t>" + escapeXml(label)
                    + "</w:t></w:r></w:p>"
                    + "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr>"
                    + "<w:t>" + escapeXml(url) + "</w:t></w:r></w:p>"
                    + "</w:txbxContent></v:textbox></v:shape></xml-fragment>";
            try {
                anchor.getCTR().addNewPict().set(CTPicture.Factory.parse(xml));
            } catch (XmlException e) {
                throw new IllegalStateException("invalid text box XML", e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Classic DOCX

    /** Builds the classic single-column DOCX. */
    private static final class ClassicDocx {

        private static final String FONT = "Cambria";
        private static final String ACCENT = "2E4057";
        private static final String GREY = "555555";
        private static final int MARGIN = 1247;
        private static final int CONTENT_WIDTH = A4_WIDTH_TWIPS - 2 * MARGIN;

        private final SampleCv cv;
        private final XWPFDocument document = new XWPFDocument();
        private BigInteger bulletNumId;

        ClassicDocx(SampleCv cv) {
            this.cv = cv;
        }

        byte[] render() {
            properties(document, cv);
            pageSetup(document, MARGIN);
            bulletNumId = createBulletNumbering();
            Person p = cv.person();

            XWPFParagraph name = document.createParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            spacing(name, 0, 0);
            run(name, p.printedName(), true, false, 20, ACCENT, FONT);
            XWPFParagraph headline = document.createParagraph();
            headline.setAlignment(ParagraphAlignment.CENTER);
            spacing(headline, 0, 60);
            run(headline, p.headline(), false, true, 12, null, FONT);
            XWPFParagraph contact = document.createParagraph();
            contact.setAlignment(ParagraphAlignment.CENTER);
            spacing(contact, 0, 120);
            run(contact, String.join("  |  ", contactParts(cv, false)), false, false, 9.5, GREY, FONT);

            heading(cv.headings().summary());
            XWPFParagraph summary = document.createParagraph();
            run(summary, cv.summary(), false, false, 11, null, FONT);

            heading(cv.headings().experience());
            for (Job job : cv.jobs()) {
                XWPFParagraph line = tabbedLine();
                run(line, job.title(), true, false, 11, null, FONT);
                run(line, ", " + employerAndLocation(job), false, false, 11, null, FONT);
                run(line, "", false, false, 11, null, FONT).addTab();
                run(line, job.printedDates(), false, true, 10.5, GREY, FONT);
                for (String bullet : job.bullets()) {
                    bulletParagraph(bullet);
                }
            }

            heading(cv.headings().education());
            for (Education degree : cv.education()) {
                XWPFParagraph line = tabbedLine();
                run(line, degree.printedTitle(), true, false, 11, null, FONT);
                run(line, ", " + degree.institution(), false, false, 11, null, FONT);
                run(line, "", false, false, 11, null, FONT).addTab();
                run(line, degree.printedDates(), false, true, 10.5, GREY, FONT);
            }

            heading(cv.headings().skills());
            cv.skills().forEach((group, items) -> {
                XWPFParagraph paragraph = document.createParagraph();
                spacing(paragraph, 0, 60);
                run(paragraph, group + colon(cv), true, false, 11, null, FONT);
                run(paragraph, String.join(", ", items), false, false, 11, null, FONT);
            });

            heading(cv.headings().languages());
            for (LanguageSkill language : cv.languages()) {
                bulletParagraph(language.name() + " \u2013 " + language.level());
            }

            if (!cv.certifications().isEmpty()) {
                heading(cv.headings().certifications());
                for (Certification c : cv.certifications()) {
                    XWPFParagraph line = tabbedLine();
                    run(line, c.name(), true, false, 11, null, FONT);
                    run(line, ", " + c.issuer(), false, false, 11, null, FONT);
                    run(line, "", false, false, 11, null, FONT).addTab();
                    run(line, c.printedDate(), false, true, 10.5, GREY, FONT);
                }
            }
            return bytes(document);
        }

        private void heading(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            spacing(paragraph, 280, 100);
            paragraph.setBorderBottom(Borders.SINGLE);
            run(paragraph, text, true, false, 13, ACCENT, FONT);
        }

        /** A paragraph with a right-aligned tab stop at the right margin, for dates. */
        private XWPFParagraph tabbedLine() {
            XWPFParagraph paragraph = document.createParagraph();
            spacing(paragraph, 120, 40);
            CTTabStop tab = paragraph.getCTP().addNewPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(CONTENT_WIDTH));
            return paragraph;
        }

        private void bulletParagraph(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setNumID(bulletNumId);
            paragraph.setNumILvl(BigInteger.ZERO);
            spacing(paragraph, 0, 20);
            run(paragraph, text, false, false, 10.5, null, FONT);
        }

        /** Creates a one-level bullet list definition ("•", hanging indent) in the numbering part. */
        private BigInteger createBulletNumbering() {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("\u2022");
            level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(567));
            level.getPPr().getInd().setHanging(BigInteger.valueOf(283));
            XWPFNumbering numbering = document.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
            return numbering.addNum(abstractId);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Plain text

    /** Builds the plain-text CV. */
    private static final class PlainText {

        private static final int WIDTH = 78;

        private PlainText() {
        }

        static byte[] render(SampleCv cv, Charset charset) {
            Person p = cv.person();
            boolean fr = "fr".equals(cv.language());
            List<String> lines = new ArrayList<>();
            lines.add(p.printedName());
            lines.add(p.headline());
            lines.add("");
            lines.add(cityLine(cv));
            lines.add((fr ? "Tél." : "Phone") + colon(cv) + p.phonePrinted());
            lines.add((fr ? "E-mail" : "Email") + colon(cv) + p.email());
            if (p.linkedinUrl() != null) {
                lines.add("LinkedIn" + colon(cv) + p.linkedinUrl());
            }
            if (p.githubUrl() != null) {
                lines.add("GitHub" + colon(cv) + p.githubUrl());
            }

            heading(lines, cv, cv.headings().summary());
            lines.addAll(wrap(cv.summary(), "", ""));

            heading(lines, cv, cv.headings().experience());
            for (Job job : cv.jobs()) {
                lines.add(job.printedDates());
                lines.addAll(wrap(job.title() + " \u2013 " + employerAndLocation(job), "", "  "));
                for (String bullet : job.bullets()) {
                    lines.addAll(wrap(bullet, "  - ", "    "));
                }
                lines.add("");
            }
            lines.remove(lines.size() - 1);

            heading(lines, cv, cv.headings().education());
            for (Education degree : cv.education()) {
                lines.add(degree.printedDates());
                lines.addAll(wrap(degree.printedTitle(), "", "  "));
                lines.addAll(wrap(degree.institution(), "", "  "));
                lines.add("");
            }
            lines.remove(lines.size() - 1);

            heading(lines, cv, cv.headings().skills());
            cv.skills().forEach((group, items) -> lines.addAll(
                    wrap(group + colon(cv) + String.join(", ", items), "", "    ")));

            heading(lines, cv, cv.headings().languages());
            for (LanguageSkill language : cv.languages()) {
                lines.add("  - " + language.name() + colon(cv) + language.level());
            }

            if (!cv.certifications().isEmpty()) {
                heading(lines, cv, cv.headings().certifications());
                for (Certification c : cv.certifications()) {
                    lines.addAll(wrap(c.name() + " \u2013 " + c.issuer() + " (" + c.printedDate() + ")", "  - ",
                            "    "));
                }
            }

            boolean windowsStyle = !StandardCharsets.UTF_8.equals(charset);
            String text = String.join(windowsStyle ? "\r\n" : "\n", lines) + (windowsStyle ? "\r\n" : "\n");
            return encode(text, charset);
        }

        private static void heading(List<String> lines, SampleCv cv, String text) {
            String upper = text.toUpperCase(cv.locale());
            lines.add("");
            lines.add(upper);
            lines.add("=".repeat(upper.length()));
        }

        private static List<String> wrap(String text, String firstPrefix, String nextPrefix) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder(firstPrefix);
            int prefixLength = firstPrefix.length();
            for (String word : text.trim().split("\\s+")) {
                if (line.length() > prefixLength && line.length() + 1 + word.length() > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(nextPrefix);
                    prefixLength = nextPrefix.length();
                }
                if (line.length() > prefixLength) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
            return lines;
        }

        /** Encodes, replacing unmappable characters; UTF-16 output always carries a byte-order mark. */
        private static byte[] encode(String text, Charset charset) {
            CharsetEncoder encoder = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            StringBuilder safe = new StringBuilder(text.length() + 1);
            String name = charset.name().toUpperCase(Locale.ROOT);
            if (name.equals("UTF-16LE") || name.equals("UTF-16BE")) {
                safe.append('\uFEFF');
            }
            text.codePoints().forEach(cp -> {
                String s = new String(Character.toChars(cp));
                if (encoder.canEncode(s)) {
                    safe.append(s);
                    return;
                }
                String replacement = fallback(cp);
                if (replacement == null || !encoder.canEncode(replacement)) {
                    replacement = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                }
                safe.append(!replacement.isEmpty() && encoder.canEncode(replacement) ? replacement : "?");
            });
            try {
                ByteBuffer buffer = encoder.reset().encode(CharBuffer.wrap(safe));
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return bytes;
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("unencodable text after replacement", e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Scans

    static final class Scans {

        private Scans() {
        }

        static java.awt.image.BufferedImage[] pages(byte[] pdf, int dpi) {
            try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
                java.awt.image.BufferedImage[] images = new java.awt.image.BufferedImage[document.getNumberOfPages()];
                java.util.Random random = new java.util.Random(42);
                for (int i = 0; i < images.length; i++) {
                    images[i] = renderer.renderImageWithDPI(i, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
                    java.awt.image.WritableRaster raster = images[i].getRaster();
                    int specks = images[i].getWidth() * images[i].getHeight() / 2000;
                    for (int k = 0; k < specks; k++) {
                        raster.setSample(random.nextInt(images[i].getWidth()), random.nextInt(images[i].getHeight()),
                                0, random.nextInt(160));
                    }
                }
                return images;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static byte[] scannedPdf(byte[] pdf, int dpi) {
            java.awt.image.BufferedImage[] images = pages(pdf, dpi);
            try (PDDocument scan = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                for (java.awt.image.BufferedImage image : images) {
                    float w = image.getWidth() * 72f / dpi;
                    float h = image.getHeight() * 72f / dpi;
                    PDPage page = new PDPage(new PDRectangle(w, h));
                    scan.addPage(page);
                    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x =
                            org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(scan, image, 0.8f);
                    try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                        content.drawImage(x, 0, 0, w, h);
                    }
                }
                scan.getDocumentInformation().setProducer("cvmatch sample scanner");
                scan.getDocumentInformation().setCreationDate(null);
                scan.setDocumentId(1L);
                scan.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static byte[] pageImage(byte[] pdf, int dpi, String format) {
            java.awt.image.BufferedImage image = pages(pdf, dpi)[0];
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                if (!javax.imageio.ImageIO.write(image, "jpg".equals(format) ? "jpeg" : format, out)) {
                    throw new IllegalArgumentException("no image writer for " + format);
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
