package dev.cvmatch.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The extractor-neutral result of text extraction: pages of positioned lines in reading order.
 *
 * <p>Every {@link DocumentTextExtractor} (PDFBox, POI, OCR, a cloud service) produces this model, and the CV parser
 * reads only this model. {@link #text()} is the concatenation of all lines separated by {@code '\n'}; each line's
 * {@link TextLine#offset()} points into it, so that parsed fields can report their span.
 *
 * <p>Build instances with {@link #builder(DocumentFormat)}, which computes offsets.
 *
 * @param format the format the document was read from
 * @param pages the pages, in order
 * @param text the full text, lines separated by {@code '\n'}
 */
public record ExtractedDocument(DocumentFormat format, List<Page> pages, String text) {

    /**
     * Validates and copies.
     *
     * @param format the format the document was read from
     * @param pages the pages, in order
     * @param text the full text, lines separated by {@code '\n'}
     * @throws NullPointerException if an argument is null
     */
    public ExtractedDocument {
        Objects.requireNonNull(format, "format");
        pages = List.copyOf(pages);
        Objects.requireNonNull(text, "text");
    }

    /**
     * All lines of all pages, in reading order.
     *
     * @return an immutable list of lines
     */
    public List<TextLine> lines() {
        List<TextLine> all = new ArrayList<>();
        for (Page page : pages) {
            all.addAll(page.lines());
        }
        return List.copyOf(all);
    }

    /**
     * Whether the document holds any non-blank text.
     *
     * @return {@code true} when at least one line has a non-whitespace character
     */
    public boolean hasText() {
        return !text.isBlank();
    }

    /**
     * Starts building a document.
     *
     * @param format the source format
     * @return a new builder
     */
    public static Builder builder(DocumentFormat format) {
        return new Builder(format);
    }

    /**
     * Builds an {@link ExtractedDocument} page by page and line by line, computing text offsets. Not thread-safe.
     */
    public static final class Builder {
        private final DocumentFormat format;
        private final List<Page> pages = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private List<TextLine> current;
        private float width;
        private float height;
        private dev.cvmatch.internal.io.LimitGuard guard;

        private Builder(DocumentFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        /** Checks the extraction's limits on every page and line added (used by the embedded extractors). */
        Builder guard(dev.cvmatch.internal.io.LimitGuard limitGuard) {
            this.guard = limitGuard;
            return this;
        }

        /**
         * Starts a new page; the previous page, if any, is finished.
         *
         * @param pageWidth width in points, 0 when unknown
         * @param pageHeight height in points, 0 when unknown
         * @return this builder
         */
        public Builder startPage(float pageWidth, float pageHeight) {
            finishPage();
            if (guard != null) {
                guard.checkPages(pages.size() + 1);
                guard.checkTime();
            }
            current = new ArrayList<>();
            width = pageWidth;
            height = pageHeight;
            return this;
        }

        /**
         * Adds a line to the current page (a page is started if none is).
         *
         * @param lineText the text; line terminators inside it are replaced by spaces, and UTF-8 text that was decoded
         *     as Windows-1252 ("DÃ©veloppeur") is repaired
         * @param box the position, or {@code null}
         * @param style the style, or {@code null} for unknown
         * @param region the region, or {@code null} for {@link Region#BODY}
         * @param block the layout block index
         * @return this builder
         */
        public Builder addLine(String lineText, BoundingBox box, TextStyle style, Region region, int block) {
            if (current == null) {
                startPage(0, 0);
            }
            // "DÃ©veloppeur": UTF-8 read as Windows-1252 somewhere before us is read as the author wrote it
            String clean = dev.cvmatch.internal.io.Mojibake.repair(
                    lineText.replace('\r', ' ').replace('\n', ' ').replace('\f', ' '));
            if (text.length() > 0) {
                text.append('\n');
            }
            int offset = text.length();
            text.append(clean);
            current.add(new TextLine(clean, pages.size() + 1, offset, box,
                    style == null ? TextStyle.UNKNOWN : style, region == null ? Region.BODY : region, block));
            if (guard != null) {
                guard.checkCharacters(text.length());
                if ((current.size() & 0xFF) == 0) {
                    guard.checkTime();
                }
            }
            return this;
        }

        /**
         * The number of characters added so far.
         *
         * @return the current text length
         */
        public int length() {
            return text.length();
        }

        private void finishPage() {
            if (current != null) {
                pages.add(new Page(pages.size() + 1, width, height, current));
                current = null;
            }
        }

        /**
         * Finishes the document.
         *
         * @return the immutable document
         */
        public ExtractedDocument build() {
            finishPage();
            return new ExtractedDocument(format, pages, text.toString());
        }
    }
}
