package dev.cvmatch.internal.pdf;

import dev.cvmatch.internal.io.LimitGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.filter.FlateFilterDecoderStream;

/**
 * Decodes every stream of a PDF against the decoded-bytes budget before PDFBox holds any of it, so that a stream bomb
 * is refused with a {@link dev.cvmatch.LimitExceededException} instead of filling the heap. Internal.
 *
 * <p>PDFBox 3 decodes a stream's filters into a heap buffer with no size limit ({@code Filter.decode}), for page
 * content, forms, fonts, images, object streams and cross-reference streams alike, and offers no hook to bound it.
 * So cvmatch decodes each stream first into a counting sink that keeps nothing, through the same PDFBox filter
 * implementations (Flate, LZW, RunLength, ASCIIHex, ASCII85), and stops as soon as the count passes the budget:
 * memory stays at a few buffers whatever the stream inflates to.
 *
 * <ul>
 *   <li>{@link #checkFile} runs on the file's bytes before {@code Loader.loadPDF}: it finds every {@code stream}
 *       keyword after a dictionary, reads the dictionary's {@code /Filter}, {@code /Subtype /Image}, {@code /Width}
 *       and {@code /Height}, and decodes the data. It covers the streams PDFBox decodes while loading
 *       (cross-reference and object streams) and every stream wherever it is referenced from. A filter given by
 *       indirect reference is not known here: such data is tried as Flate, which is how PDFBox would read it.</li>
 *   <li>{@link #checkLoaded} runs on a loaded, encrypted document, whose raw stream bytes are ciphertext: it decodes
 *       each top-level stream from PDFBox's decrypted raw data, without dereferencing objects held in object
 *       streams (those are checked as their object stream is).</li>
 * </ul>
 *
 * <p>Each stream may decode to at most {@link LimitGuard#maxDecodedBytes()}; streams that are not images, together,
 * to at most the same. Image streams are decoded only by {@link #checkImages()}, which the extractor calls before it
 * renders pages for OCR: text extraction never decodes an image, so a CV's photo costs nothing on that path. Images are also checked against the pixel limit from their declared dimensions and, for
 * JPEG and JPEG 2000 data, from the dimensions in the image's own header (what the decoder would allocate). Image
 * codecs (DCT, JPX, JBIG2, CCITT) are not run: their output is bounded by those dimensions.
 */
public final class PdfStreamBudget {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    /** The farthest back a stream's dictionary is looked for. */
    private static final int MAX_DICTIONARY = 1 << 20;
    /** The most bytes of an image read to find the dimensions in its header. */
    private static final int IMAGE_HEADER_PROBE = 256 * 1024;
    private static final Pattern FILTER = Pattern.compile(
            "/Filter\\s*(\\[[^\\]]*\\]|/[^\\s/\\[\\]<>()%]+|\\d+\\s+\\d+\\s+R)");
    private static final Pattern NAME = Pattern.compile("/([^\\s/\\[\\]<>()%]+)");
    private static final Pattern IMAGE = Pattern.compile("/Subtype\\s*/Image\\b");
    private static final Pattern WIDTH = Pattern.compile("/Width\\s+(\\d{1,12})\\b");
    private static final Pattern HEIGHT = Pattern.compile("/Height\\s+(\\d{1,12})\\b");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d{1,12})(?!\\s+\\d+\\s+R)\\b");
    private static final Map<String, String> ABBREVIATIONS = Map.of("Fl", "FlateDecode", "LZW", "LZWDecode",
            "RL", "RunLengthDecode", "AHx", "ASCIIHexDecode", "A85", "ASCII85Decode", "DCT", "DCTDecode",
            "CCF", "CCITTFaxDecode");

    private final LimitGuard guard;
    private long nonImageTotal;
    /** Image streams, decoded only when the document is rendered: text extraction never decodes an image. */
    private final List<Runnable> images = new ArrayList<>();

    private PdfStreamBudget(LimitGuard guard) {
        this.guard = guard;
    }

    /**
     * Checks every stream found in a PDF file's bytes.
     *
     * @param pdf the file
     * @param guard the limits of this extraction
     * @return the budget, whose {@link #checkImages()} decodes the image streams before the document is rendered
     * @throws dev.cvmatch.LimitExceededException if a stream that is not an image decodes past the budget, all of
     *     them together do, an image is declared larger than the pixel limit (or a JPEG's header says so), or the
     *     time budget runs out
     */
    public static PdfStreamBudget checkFile(byte[] pdf, LimitGuard guard) {
        PdfStreamBudget budget = new PdfStreamBudget(guard);
        budget.scanFile(pdf);
        return budget;
    }

    /**
     * Decodes the image streams found by {@link #checkFile} or {@link #checkLoaded} against the budget, one by one.
     * Call it before rendering pages: the renderer decodes every image it draws into memory.
     *
     * @throws dev.cvmatch.LimitExceededException if an image stream decodes past the budget
     */
    public void checkImages() {
        for (Runnable image : images) {
            image.run();
        }
        images.clear();
    }

    /**
     * Checks the top-level streams of a loaded document from PDFBox's (decrypted) raw data; meant for encrypted
     * documents, whose file bytes {@link #checkFile} cannot decode.
     *
     * @param document the loaded document
     * @param guard the limits of this extraction
     * @return the budget, whose {@link #checkImages()} decodes the image streams before the document is rendered
     * @throws IOException if PDFBox cannot read an object
     * @throws dev.cvmatch.LimitExceededException as {@link #checkFile}
     */
    public static PdfStreamBudget checkLoaded(COSDocument document, LimitGuard guard) throws IOException {
        PdfStreamBudget budget = new PdfStreamBudget(guard);
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue; // held in an object stream, or free: checked with its object stream
            }
            guard.checkTime();
            COSObject object = document.getObjectFromPool(entry.getKey());
            if (object != null && object.getObject() instanceof COSStream stream) {
                budget.checkStream(stream, entry.getKey().getNumber());
            }
        }
        return budget;
    }

    // ------------------------------------------------------------------------------------------------------------

    private void scanFile(byte[] pdf) {
        int from = 0;
        int found;
        while ((found = indexOf(pdf, STREAM, from, pdf.length)) >= 0) {
            from = found + STREAM.length;
            if (found >= 3 && pdf[found - 3] == 'e' && pdf[found - 2] == 'n' && pdf[found - 1] == 'd') {
                continue; // "endstream"
            }
            if (from < pdf.length && isRegular(pdf[from])) {
                continue; // "streams", a name
            }
            int close = found - 1;
            while (close >= 0 && isWhite(pdf[close])) {
                close--;
            }
            if (close < 1 || pdf[close] != '>' || pdf[close - 1] != '>') {
                continue; // not after a dictionary: text that happens to say "stream"
            }
            guard.checkTime();
            int open = dictionaryStart(pdf, close - 2);
            String dictionary = open < 0 ? ""
                    : new String(pdf, open, close + 1 - open, StandardCharsets.ISO_8859_1);
            int data = from;
            while (data < pdf.length && pdf[data] == ' ') {
                data++;
            }
            if (data < pdf.length && pdf[data] == '\r') {
                data++;
            }
            if (data < pdf.length && pdf[data] == '\n') {
                data++;
            }
            int end = dataEnd(pdf, data, dictionary);
            from = Math.max(from, end);
            checkRaw(pdf, data, end, dictionary, open < 0);
        }
    }

    private void checkRaw(byte[] pdf, int data, int end, String dictionary, boolean unknownDictionary) {
        boolean image = IMAGE.matcher(dictionary).find();
        if (image) {
            checkDeclaredSize(dictionary);
        }
        List<String> filters;
        Matcher m = FILTER.matcher(dictionary);
        if (m.find() && !m.group(1).endsWith("R")) {
            filters = new ArrayList<>();
            Matcher names = NAME.matcher(m.group(1));
            while (names.find()) {
                filters.add(ABBREVIATIONS.getOrDefault(names.group(1), names.group(1)));
            }
        } else if (m.find(0) || unknownDictionary) {
            filters = null; // given by reference (or the dictionary was not found): PDFBox may read it as Flate
        } else {
            filters = List.of();
        }
        String what = (image ? "A PDF image (at byte " : "A PDF stream (at byte ") + data + ")";
        List<String> chain = filters == null ? List.of("FlateDecode") : filters;
        if (chain.isEmpty()) {
            return;
        }
        Runnable check = () -> decode(new ByteArrayInputStream(pdf, data, Math.max(0, end - data)), chain, image,
                what);
        if (image && !isImageCodec(chain.get(0))) {
            images.add(check);
        } else {
            check.run(); // an image codec first only has its header read: cheap
        }
    }

    private void checkStream(COSStream stream, long objectNumber) throws IOException {
        boolean image = COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
        if (image) {
            checkImagePixels(stream.getLong(COSName.WIDTH, stream.getLong(COSName.W)),
                    stream.getLong(COSName.HEIGHT, stream.getLong(COSName.H)));
        }
        List<String> filters = new ArrayList<>();
        COSBase base = stream.getFilters();
        if (base instanceof COSName name) {
            filters.add(name.getName());
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    filters.add(name.getName());
                }
            }
        }
        if (filters.isEmpty()) {
            return;
        }
        filters.replaceAll(f -> ABBREVIATIONS.getOrDefault(f, f));
        String what = (image ? "A PDF image (object " : "A PDF stream (object ") + objectNumber + ")";
        Runnable check = () -> {
            try (InputStream in = stream.createRawInputStream()) {
                decode(in, filters, image, what);
            } catch (IOException e) {
                // unreadable raw data: PDFBox cannot decode it either
            }
        };
        if (image && !isImageCodec(filters.get(0))) {
            images.add(check);
        } else {
            check.run();
        }
    }

    /**
     * Decodes through the filters into a counting sink. Damaged data ends the decoding quietly (PDFBox reads what
     * it can of it too); only the budgets throw.
     */
    private void decode(InputStream raw, List<String> filters, boolean image, String what) {
        Counter counter = new Counter(guard, what, image ? 0 : nonImageTotal);
        try {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                String filter = filters.get(i);
                boolean last = i == filters.size() - 1;
                if (isImageCodec(filter)) {
                    if (i == 0) {
                        checkImageHeader(in, filter);
                    } else {
                        // PDFBox holds the earlier filters' whole output before the codec reads it: count it all
                        InputStream counted = new CountingInputStream(in, counter);
                        checkImageHeader(counted, filter);
                        counted.transferTo(OutputStream.nullOutputStream());
                    }
                    return;
                }
                if ("FlateDecode".equals(filter)) {
                    in = new FlateFilterDecoderStream(in);
                    if (last) {
                        in.transferTo(counter);
                    }
                } else if (isGeneric(filter)) {
                    if (last) {
                        FilterFactory.INSTANCE.getFilter(filter).decode(in, counter, new COSDictionary(), 0);
                    } else {
                        // an intermediate result, kept in chunks that are counted against the same budget
                        ChunkedBuffer buffer = new ChunkedBuffer(counter);
                        FilterFactory.INSTANCE.getFilter(filter).decode(in, buffer, new COSDictionary(), 0);
                        counter.reset();
                        in = buffer.toInputStream();
                    }
                } else {
                    return; // Crypt, or a filter PDFBox does not know (it refuses the stream)
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof dev.cvmatch.LimitExceededException limit) {
                throw limit;
            }
            // damaged or (when guessed) not Flate data: nothing more decodes from it
        } finally {
            if (!image) {
                nonImageTotal = counter.total();
            }
        }
    }

    private void checkDeclaredSize(String dictionary) {
        Matcher w = WIDTH.matcher(dictionary);
        Matcher h = HEIGHT.matcher(dictionary);
        if (w.find() && h.find()) {
            checkImagePixels(Long.parseLong(w.group(1)), Long.parseLong(h.group(1)));
        }
    }

    private void checkImagePixels(long width, long height) {
        if (width > 0 && height > 0) {
            guard.checkImagePixels(width, height);
        }
    }

    /** Reads the dimensions a JPEG or JPEG 2000 decoder would allocate for, from the image's own header. */
    private void checkImageHeader(InputStream in, String filter) throws IOException {
        if (!"DCTDecode".equals(filter) && !"JPXDecode".equals(filter)) {
            return;
        }
        byte[] head = in.readNBytes(IMAGE_HEADER_PROBE);
        long[] size = "DCTDecode".equals(filter) ? ImageHeaders.jpegSize(head) : ImageHeaders.jpeg2000Size(head);
        if (size != null) {
            checkImagePixels(size[0], size[1]);
        }
    }

    private static boolean isImageCodec(String filter) {
        return switch (filter) {
            case "DCTDecode", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode" -> true;
            default -> false;
        };
    }

    private static boolean isGeneric(String filter) {
        return switch (filter) {
            case "LZWDecode", "RunLengthDecode", "ASCIIHexDecode", "ASCII85Decode" -> true;
            default -> false;
        };
    }

    /** The end of a stream's data: its direct {@code /Length} when "endstream" follows it, else "endstream". */
    private static int dataEnd(byte[] pdf, int data, String dictionary) {
        Matcher length = LENGTH.matcher(dictionary);
        if (length.find()) {
            long declared = Long.parseLong(length.group(1));
            if (declared <= pdf.length - data) {
                int after = data + (int) declared;
                while (after < pdf.length && isWhite(pdf[after])) {
                    after++;
                }
                if (startsWith(pdf, after, ENDSTREAM)) {
                    return data + (int) declared;
                }
            }
        }
        int end = indexOf(pdf, ENDSTREAM, data, pdf.length);
        return end < 0 ? pdf.length : end;
    }

    /** The start of the dictionary whose closing "&gt;&gt;" ends just after {@code from}, or -1. */
    private static int dictionaryStart(byte[] pdf, int from) {
        int depth = 1;
        int stop = Math.max(0, from - MAX_DICTIONARY);
        for (int k = from; k > stop; k--) {
            if (pdf[k] == '>' && pdf[k - 1] == '>') {
                depth++;
                k--;
            } else if (pdf[k] == '<' && pdf[k - 1] == '<') {
                if (--depth == 0) {
                    return k - 1;
                }
                k--;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] content, byte[] needle, int from, int to) {
        int limit = to - needle.length;
        byte first = needle[0];
        outer:
        for (int i = from; i <= limit; i++) {
            if (content[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        if (at + prefix.length > content.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhite(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isRegular(byte c) {
        return !isWhite(c) && c != '(' && c != ')' && c != '<' && c != '>' && c != '[' && c != ']' && c != '{'
                && c != '}' && c != '/' && c != '%';
    }

    /** Counts decoded bytes (keeping none) against the per-stream and the non-image total budgets. */
    private static final class Counter extends OutputStream {
        private static final long CHECK_EVERY = 1 << 20;
        private final LimitGuard guard;
        private final String what;
        private final long totalBefore;
        private long bytes;
        private long counted;
        private long nextCheck = CHECK_EVERY;

        Counter(LimitGuard guard, String what, long totalBefore) {
            this.guard = guard;
            this.what = what;
            this.totalBefore = totalBefore;
        }

        @Override
        public void write(int b) {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            add(len);
        }

        void add(long n) {
            bytes += n;
            counted += n;
            if (bytes > guard.maxDecodedBytes()) {
                guard.checkDecodedBytes(bytes, what + " decodes");
            }
            if (totalBefore + bytes > guard.maxDecodedBytes()) {
                guard.checkDecodedBytes(totalBefore + bytes, "The PDF's streams decode");
            }
            if (counted >= nextCheck) {
                nextCheck += CHECK_EVERY;
                guard.checkTime();
            }
        }

        /** Starts the next filter stage: its output replaces the intermediate one in the stream's count. */
        void reset() {
            bytes = 0;
        }

        long total() {
            return totalBefore + bytes;
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private final Counter counter;

        CountingInputStream(InputStream in, Counter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.add(n);
            }
            return n;
        }
    }

    /** An intermediate decoding result in 64 KiB chunks (no doubling copies), counted as it grows. */
    private static final class ChunkedBuffer extends OutputStream {
        private static final int CHUNK = 64 * 1024;
        private final Counter counter;
        private final List<byte[]> chunks = new ArrayList<>();
        private int used = CHUNK;
        private long size;

        ChunkedBuffer(Counter counter) {
            this.counter = counter;
        }

        @Override
        public void write(int b) {
            counter.add(1); // PDFBox's ASCII and RunLength decoders write byte by byte
            if (used == CHUNK) {
                chunks.add(new byte[CHUNK]);
                used = 0;
            }
            chunks.get(chunks.size() - 1)[used++] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            counter.add(len);
            while (len > 0) {
                if (used == CHUNK) {
                    chunks.add(new byte[CHUNK]);
                    used = 0;
                }
                int n = Math.min(len, CHUNK - used);
                System.arraycopy(b, off, chunks.get(chunks.size() - 1), used, n);
                used += n;
                off += n;
                len -= n;
                size += n;
            }
        }

        InputStream toInputStream() {
            return new InputStream() {
                private long position;

                @Override
                public int read() {
                    if (position >= size) {
                        return -1;
                    }
                    byte b = chunks.get((int) (position / CHUNK))[(int) (position % CHUNK)];
                    position++;
                    return b & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (position >= size) {
                        return -1;
                    }
                    int n = (int) Math.min(len, Math.min(size - position, CHUNK - position % CHUNK));
                    System.arraycopy(chunks.get((int) (position / CHUNK)), (int) (position % CHUNK), b, off, n);
                    position += n;
                    return n;
                }
            };
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PdfStreamBudget[%d non-image bytes]", nonImageTotal);
    }
}
