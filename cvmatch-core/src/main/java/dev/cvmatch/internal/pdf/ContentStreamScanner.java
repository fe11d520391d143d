package dev.cvmatch.internal.pdf;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.internal.io.LimitGuard;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Checks a page's content streams (and the forms they draw) before PDFBox parses them, without building objects.
 *
 * <p>PDFBox keeps every operand it reads until the next operator: a few kilobytes of Flate-compressed {@code [1] [1]
 * ...} without an operator cost it about 100 MB of heap per decoded megabyte (an 8 KB PDF took 786 MB). Real content
 * has a handful of operands per operator (a {@code TJ} array a few hundred), so a run of more than
 * {@value #MAX_OPERANDS} operand tokens is refused as hostile. Decoded content is counted against the unzipped-bytes
 * cap and the time budget. Internal.
 */
final class ContentStreamScanner {

    /** Most operand tokens allowed between two operators. */
    static final int MAX_OPERANDS = 100_000;
    private static final int MAX_STREAMS = 2_000;
    private static final int MAX_DEPTH = 32;

    private final LimitGuard guard;
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long decoded;
    /** The read buffer of {@link #scan}, which scans one stream at a time. */
    private final byte[] buffer = new byte[1 << 16];

    ContentStreamScanner(LimitGuard guard) {
        this.guard = guard;
    }

    /**
     * Scans what drawing a page runs, recursively, each stream once: its content streams (one by one, so that a
     * page made of many streams never has them all decoded at once), the forms, Type 3 glyph procedures, tiling
     * patterns and soft masks of its resources, and its annotations' appearance streams.
     *
     * @param page the page
     * @throws CorruptDocumentException if a stream has an operand run no real content has
     * @throws dev.cvmatch.LimitExceededException if the streams decode past the budget or an inline image is too
     *     large
     * @throws IOException if a stream cannot be decoded
     */
    void checkPage(PDPage page) throws IOException {
        Iterator<PDStream> contents = page.getContentStreams();
        while (contents.hasNext()) {
            checkStream(contents.next().getCOSObject());
        }
        checkResources(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), 0);
        COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annotations != null) {
            for (int i = 0; i < annotations.size() && seen.size() < MAX_STREAMS; i++) {
                if (annotations.getObject(i) instanceof COSDictionary annotation) {
                    checkAppearances(annotation.getCOSDictionary(COSName.AP));
                }
            }
        }
    }

    private void checkAppearances(COSDictionary appearances) throws IOException {
        if (appearances == null) {
            return;
        }
        for (COSName kind : new COSName[] {COSName.N, COSName.R, COSName.D}) {
            COSBase entry = appearances.getDictionaryObject(kind);
            if (entry instanceof COSStream stream) {
                checkForm(stream, 0);
            } else if (entry instanceof COSDictionary states) {
                for (COSBase state : states.getValues()) {
                    COSBase resolved = state instanceof COSObject o ? o.getObject() : state;
                    if (resolved instanceof COSStream stream) {
                        checkForm(stream, 0);
                    }
                }
            }
        }
    }

    /** Works on the COS objects, so that no font is parsed and no image decoded here. */
    private void checkResources(COSDictionary resources, int depth) throws IOException {
        if (resources == null || depth > MAX_DEPTH) {
            return;
        }
        for (COSBase x : values(resources.getCOSDictionary(COSName.XOBJECT))) {
            if (x instanceof COSStream stream && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
                checkForm(stream, depth);
            }
        }
        for (COSBase pattern : values(resources.getCOSDictionary(COSName.PATTERN))) {
            if (pattern instanceof COSStream stream) { // a tiling pattern is a content stream
                checkForm(stream, depth);
            }
        }
        for (COSBase font : values(resources.getCOSDictionary(COSName.FONT))) {
            if (font instanceof COSDictionary dictionary && COSName.TYPE3.equals(
                    dictionary.getCOSName(COSName.SUBTYPE))) {
                for (COSBase procedure : values(dictionary.getCOSDictionary(COSName.CHAR_PROCS))) {
                    if (procedure instanceof COSStream stream) {
                        checkStream(stream);
                    }
                }
                checkResources(dictionary.getCOSDictionary(COSName.RESOURCES), depth + 1);
            }
        }
        for (COSBase state : values(resources.getCOSDictionary(COSName.EXT_G_STATE))) {
            if (state instanceof COSDictionary graphics
                    && graphics.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask
                    && mask.getDictionaryObject(COSName.G) instanceof COSStream group) {
                checkForm(group, depth);
            }
        }
    }

    private void checkForm(COSStream form, int depth) throws IOException {
        if (checkStream(form)) {
            checkResources(form.getCOSDictionary(COSName.RESOURCES), depth + 1);
        }
    }

    /** Scans a stream not seen before; false if it was seen (or too many were). */
    private boolean checkStream(COSStream stream) throws IOException {
        if (seen.size() >= MAX_STREAMS || !seen.add(stream)) {
            return false;
        }
        guard.checkTime();
        try (InputStream in = stream.createInputStream()) {
            scan(in);
        }
        return true;
    }

    private static Iterable<COSBase> values(COSDictionary dictionary) {
        if (dictionary == null) {
            return List.of();
        }
        List<COSBase> values = new ArrayList<>();
        for (COSBase value : dictionary.getValues()) {
            values.add(value instanceof COSObject o ? o.getObject() : value);
        }
        return values;
    }

    private void scan(InputStream raw) throws IOException {
        if (raw == null) {
            return;
        }
        Bytes in = new Bytes(raw, buffer);
        StringBuilder word = new StringBuilder(16);
        int operands = 0;
        boolean inlineImage = false;
        String name = "";
        long width = 0;
        long height = 0;
        int c = in.read();
        while (c >= 0) {
            if ((++decoded & 0xFFFFF) == 0) {
                guard.checkDecodedBytes(decoded, "The PDF's page content");
                guard.checkTime();
            }
            if (isWhite(c)) {
                c = in.read();
                continue;
            }
            switch (c) {
                case '%' -> {
                    while (c >= 0 && c != '\n' && c != '\r') {
                        c = in.read();
                    }
                    continue;
                }
                case '(' -> {
                    skipLiteralString(in);
                    operands++;
                    c = in.read();
                }
                case '<', '>', '[', ']', '{', '}' -> {
                    if (c == '<') {
                        int next = in.read();
                        if (next != '<') {
                            while (next >= 0 && next != '>') { // hex string
                                next = in.read();
                            }
                        }
                    }
                    operands++;
                    c = in.read();
                }
                case '/' -> {
                    StringBuilder key = new StringBuilder();
                    c = in.read();
                    while (c >= 0 && isRegular(c)) {
                        if (key.length() < 8) {
                            key.append((char) c);
                        }
                        c = in.read();
                    }
                    name = key.toString();
                    operands++;
                }
                default -> {
                    word.setLength(0);
                    while (c >= 0 && isRegular(c)) {
                        if (word.length() < 16) {
                            word.append((char) c);
                        }
                        c = in.read();
                    }
                    if (word.length() == 0) {
                        c = in.read(); // a stray delimiter
                        continue;
                    }
                    char first = word.charAt(0);
                    boolean number = first == '+' || first == '-' || first == '.' || Character.isDigit(first);
                    if (number || "true".contentEquals(word) || "false".contentEquals(word)
                            || "null".contentEquals(word)) {
                        operands++;
                        if (inlineImage && number) {
                            if ("W".equals(name) || "Width".equals(name)) {
                                width = parseSize(word.toString());
                            } else if ("H".equals(name) || "Height".equals(name)) {
                                height = parseSize(word.toString());
                            }
                        }
                    } else {
                        operands = 0; // an operator
                        if ("BI".contentEquals(word)) {
                            inlineImage = true;
                            width = 0;
                            height = 0;
                        } else if ("ID".contentEquals(word)) {
                            if (inlineImage && width > 0 && height > 0) {
                                guard.checkImagePixels(width, height); // the renderer allocates for these
                            }
                            inlineImage = false;
                            c = skipInlineImage(in);
                        }
                    }
                }
            }
            if (operands > MAX_OPERANDS) {
                throw new CorruptDocumentException("A page of the PDF has more than " + MAX_OPERANDS
                        + " operands without an operator; the file is malformed or hostile");
            }
        }
    }

    private static long parseSize(String number) {
        try {
            return (long) Math.min(Double.parseDouble(number), 1e12);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void skipLiteralString(Bytes in) throws IOException {
        int depth = 1;
        int c;
        while (depth > 0 && (c = in.read()) >= 0) {
            if (c == '\\') {
                in.read();
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
    }

    /** Skips inline image data up to its "EI" (white space before and after). */
    private static int skipInlineImage(Bytes in) throws IOException {
        int a = in.read();
        int b = in.read();
        int c = in.read();
        while (c >= 0) {
            if (isWhite(a) && b == 'E' && c == 'I') {
                int d = in.read();
                if (d < 0 || isWhite(d)) {
                    return d;
                }
                a = c;
                b = d;
                c = in.read();
                continue;
            }
            a = b;
            b = c;
            c = in.read();
        }
        return c;
    }

    /**
     * The bytes of a stream through a buffer, one at a time, as {@code BufferedInputStream.read()} gives them without
     * its lock: the scanner reads every byte of every content stream, and the synchronized read was most of its time.
     */
    private static final class Bytes {
        private final InputStream in;
        private final byte[] buffer;
        private int position;
        private int length;

        Bytes(InputStream in, byte[] buffer) {
            this.in = in;
            this.buffer = buffer;
        }

        int read() throws IOException {
            if (position < length) {
                return buffer[position++] & 0xFF;
            }
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) { // as BufferedInputStream, which reads no byte as the end
                length = 0;
                position = 0;
                return -1;
            }
            length = n;
            position = 1;
            return buffer[0] & 0xFF;
        }
    }

    private static boolean isWhite(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isRegular(int c) {
        return !isWhite(c) && c != '(' && c != ')' && c != '<' && c != '>' && c != '[' && c != ']' && c != '{'
                && c != '}' && c != '/' && c != '%';
    }
}
