package dev.cvmatch.internal.ocr;

import com.sun.jna.Pointer;
import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.OcrLine;
import dev.cvmatch.document.OcrWord;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * A pool of initialised Tesseract handles (the only class that touches tess4j).
 *
 * <p>A Tesseract handle is not thread-safe and takes about half a second to load French and English data, so handles
 * are created on demand up to {@code maxHandles}, reused, and each used by one thread at a time. Not part of the API.
 */
public final class TessApiPool implements AutoCloseable {

    private static final int LINE = ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;
    private static final int BLOCK = ITessAPI.TessPageIteratorLevel.RIL_BLOCK;
    private static final int WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;

    /** Interface mapping (functions looked up on first call), so a libtesseract 5.x older than tess4j's works. */
    private static final TessAPI API = load();

    private final String dataPath;
    private final String languages;
    private final int maxHandles;
    private final LinkedBlockingDeque<TessBaseAPI> idle = new LinkedBlockingDeque<>();
    private final AtomicInteger created = new AtomicInteger();
    private volatile boolean closed;

    /**
     * Creates the pool and one handle, so that a missing library or language fails here rather than on first use.
     *
     * @param dataPath the tessdata directory
     * @param languages Tesseract language codes joined by '+', e.g. {@code fra+eng}
     * @param maxHandles the most handles (and so concurrent recognitions) to hold
     * @throws IllegalStateException if Tesseract cannot be initialised
     * @throws UnsatisfiedLinkError if the native library is missing
     */
    public TessApiPool(String dataPath, String languages, int maxHandles) {
        this.dataPath = dataPath;
        this.languages = languages;
        this.maxHandles = maxHandles;
        idle.add(create());
    }

    private TessBaseAPI create() {
        TessBaseAPI handle = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(handle, dataPath, languages) != 0) {
            API.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load the languages " + languages + " from "
                    + dataPath);
        }
        API.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        // Tesseract's diagnostics ("Detected 157 diacritics"...) would go to the host's stderr
        API.TessBaseAPISetVariable(handle, "debug_file", System.getProperty("os.name", "").startsWith("Windows")
                ? "NUL" : "/dev/null");
        created.incrementAndGet();
        return handle;
    }

    private TessBaseAPI borrow() throws InterruptedException {
        TessBaseAPI handle = idle.pollFirst();
        if (handle != null) {
            return handle;
        }
        synchronized (this) {
            if (created.get() < maxHandles) {
                return create();
            }
        }
        return idle.takeFirst();
    }

    /**
     * Recognises the lines of an image.
     *
     * @param image the page image
     * @param dpi its resolution
     * @return lines in reading order, numbered by the Tesseract layout block they belong to
     */
    public List<OcrLine> recognize(BufferedImage image, int dpi) {
        if (closed) {
            throw new IllegalStateException("the OCR engine is closed");
        }
        BufferedImage gray = toGray(image);
        int width = gray.getWidth();
        int height = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        TessBaseAPI handle;
        try {
            handle = borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorruptDocumentException("OCR was interrupted", e);
        }
        try {
            API.TessBaseAPISetImage(handle, buffer, width, height, 1, width);
            API.TessBaseAPISetSourceResolution(handle, dpi);
            if (API.TessBaseAPIRecognize(handle, null) != 0) {
                throw new CorruptDocumentException("Tesseract could not recognise the page image");
            }
            return lines(handle);
        } finally {
            API.TessBaseAPIClear(handle);
            if (closed) {
                delete(handle);
            } else {
                idle.addFirst(handle);
            }
        }
    }

    private static List<OcrLine> lines(TessBaseAPI handle) {
        List<OcrLine> out = new ArrayList<>();
        TessResultIterator ri = API.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return out;
        }
        try {
            TessPageIterator pi = API.TessResultIteratorGetPageIterator(ri);
            API.TessPageIteratorBegin(pi);
            int block = -1;
            String lineText = null;
            BoundingBox lineBox = null;
            float lineConfidence = 0;
            List<OcrWord> words = new ArrayList<>();
            do {
                if (API.TessPageIteratorIsAtBeginningOf(pi, BLOCK) != 0 || block < 0) {
                    block++;
                }
                if (API.TessPageIteratorIsAtBeginningOf(pi, LINE) != 0 || lineText == null) {
                    add(out, lineText, lineBox, lineConfidence, block, words);
                    words = new ArrayList<>();
                    lineText = text(ri, LINE);
                    lineBox = box(pi, LINE);
                    lineConfidence = confidence(ri, LINE);
                }
                String word = text(ri, WORD);
                if (word != null && !word.isBlank()) {
                    words.add(new OcrWord(word.strip(), box(pi, WORD), confidence(ri, WORD)));
                }
            } while (API.TessPageIteratorNext(pi, WORD) != 0);
            add(out, lineText, lineBox, lineConfidence, block, words);
        } finally {
            API.TessResultIteratorDelete(ri);
        }
        return out;
    }

    private static void add(List<OcrLine> out, String text, BoundingBox box, float confidence, int block,
            List<OcrWord> words) {
        if (text != null && box != null && !text.isBlank()) {
            out.add(new OcrLine(text.strip(), box, confidence, Math.max(0, block), words));
        }
    }

    private static String text(TessResultIterator ri, int level) {
        Pointer text = API.TessResultIteratorGetUTF8Text(ri, level);
        if (text == null) {
            return null;
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            API.TessDeleteText(text);
        }
    }

    private static float confidence(TessResultIterator ri, int level) {
        return Math.max(0f, Math.min(1f, API.TessResultIteratorConfidence(ri, level) / 100f));
    }

    private static BoundingBox box(TessPageIterator pi, int level) {
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        API.TessPageIteratorBoundingBox(pi, level, left, top, right, bottom);
        return new BoundingBox(left.get(0), top.get(0), Math.max(0, right.get(0) - left.get(0)),
                Math.max(0, bottom.get(0) - top.get(0)));
    }

    private static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && ((DataBufferByte) image.getRaster().getDataBuffer()).getData().length
                        == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    /**
     * Loads libtesseract, first limiting OpenMP to one thread per recognition. Debian's Tesseract is built with
     * OpenMP, whose threads compete with each other and with the JVM: on 2 cores a page takes 10 s instead of 1 s.
     * cvmatch runs pages in parallel itself (one handle per thread), so, unless the host already set it or the system
     * property {@code cvmatch.ocr.limitOpenMp} is {@code false}, {@code OMP_THREAD_LIMIT=1} is set in the process
     * environment before libgomp reads it (it is read once, when the library loads).
     */
    private static TessAPI load() {
        if (System.getenv("OMP_THREAD_LIMIT") == null
                && !"false".equalsIgnoreCase(System.getProperty("cvmatch.ocr.limitOpenMp"))) {
            try {
                com.sun.jna.NativeLibrary.getInstance("c").getFunction("setenv")
                        .invoke(int.class, new Object[] {"OMP_THREAD_LIMIT", "1", 0});
            } catch (UnsatisfiedLinkError e) {
                // not a POSIX C library (Windows): leave OpenMP as it is
            }
        }
        return LoadLibs.getTessAPIInstance();
    }

    private static void delete(TessBaseAPI handle) {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }

    /** Releases the idle handles; handles in use are released when their recognition ends. */
    @Override
    public void close() {
        closed = true;
        TessBaseAPI handle;
        while ((handle = idle.pollFirst()) != null) {
            delete(handle);
        }
    }
}
